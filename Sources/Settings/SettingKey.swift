/// One setting of `config.toml` (DESIGN.md §13), in the order `recall config` lists them.
public enum SettingKey: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case decks
    case log
    case device
    case newPerDay = "new_per_day"
    case reviewsPerDay = "reviews_per_day"
    case dayStartsAt = "day_starts_at"
    case interview
    case targetRecall = "target_recall"
    case editor
    case gradeKeys = "grade_keys"

    /// The key as written in `config.toml`.
    public var description: String { rawValue }

    /// The environment variable that sets it, which beats the file.
    public var environmentVariable: String { "RECALL_" + rawValue.uppercased() }

    /// The command-line option that sets it, which beats everything, when there is one.
    public var flag: String { "--" + String(rawValue.map { $0 == "_" ? "-" : $0 }) }

    /// A key of `config.toml` by its name.
    public init?(fileKey: String) {
        self.init(rawValue: fileKey)
    }
}
