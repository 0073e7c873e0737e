/// One setting of `config.toml` (DESIGN.md §13), in the order `recall config` lists them.
public enum SettingKey: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The decks folder (`decks`).
    case decks
    /// The review log (`log`).
    case log
    /// This machine's name in a log folder (`device`).
    case device
    /// New cards a day (`new_per_day`).
    case newPerDay = "new_per_day"
    /// Scheduled reviews a day (`reviews_per_day`).
    case reviewsPerDay = "reviews_per_day"
    /// The hour a study day starts (`day_starts_at`).
    case dayStartsAt = "day_starts_at"
    /// The interview day (`interview`).
    case interview
    /// The recall a card needs to count as ready (`target_recall`).
    case targetRecall = "target_recall"
    /// The command that edits a deck (`editor`).
    case editor
    /// Which keys grade (`grade_keys`).
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
