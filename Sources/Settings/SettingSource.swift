/// Where a setting in force came from, from strongest to weakest.
public enum SettingSource: Hashable, Sendable, CustomStringConvertible {
    /// A command-line option, such as `--new-per-day`.
    case flag(String)
    /// An environment variable, such as `RECALL_LOG`.
    case environment(String)
    /// A line of the settings file.
    case file(path: String, line: Int)
    /// Recall's own default.
    case builtInDefault

    /// `flag --log`, `environment RECALL_LOG`, `/home/me/.config/recall/config.toml:3`, `default`.
    public var description: String {
        switch self {
        case .flag(let name): "flag \(name)"
        case .environment(let name): "environment \(name)"
        case .file(let path, let line): "\(path):\(line)"
        case .builtInDefault: "default"
        }
    }
}

/// A setting's value and where it came from.
public struct Resolved<Value: Sendable>: Sendable {
    /// The value in force.
    public let value: Value
    /// Where it came from.
    public let source: SettingSource

    /// A value from `source`.
    public init(_ value: Value, from source: SettingSource) {
        self.value = value
        self.source = source
    }
}

extension Resolved: Equatable where Value: Equatable {}
