/// Something wrong in the settings: in the file (with its line), in the environment, or a flag.
public struct SettingsProblem: Hashable, Sendable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: Hashable, Sendable {
        /// Recall refuses to go on (exit 78): it would otherwise work on a setting the user did not mean.
        case error
        /// Said, then ignored (an unknown key).
        case warning
    }

    /// How bad it is.
    public let severity: Severity
    /// Where: the file and line (line 0 for the whole file), an environment variable or a flag.
    public let place: SettingSource
    /// The key concerned, when there is one.
    public let key: SettingKey?
    /// What is wrong, in words a user can act on.
    public let message: String

    /// A problem at `place`.
    public init(_ severity: Severity, at place: SettingSource, key: SettingKey? = nil, _ message: String) {
        self.severity = severity
        self.place = place
        self.key = key
        self.message = message
    }

    /// `config.toml:3: new_per_day: must be …`, `config.toml:7: warning: unknown key …`,
    /// `environment RECALL_LOG: …`, or `config.toml: cannot read …` for the whole file.
    public var description: String {
        let where_: String
        switch place {
        case .file(let path, let line): where_ = line > 0 ? "\(path):\(line)" : path
        default: where_ = place.description
        }
        var text = where_ + ": "
        if severity == .warning { text += "warning: " }
        if let key { text += "\(key): " }
        return text + message
    }
}
