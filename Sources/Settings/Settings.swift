/// Every setting in force, each with where it came from (DESIGN.md §13).
public struct Settings: Sendable {
    /// The decks studied: a folder, or the decks built into the binary.
    public var decks: Resolved<DecksChoice>
    /// The review log's path (a file, or a folder of one log per device).
    public var log: Resolved<String>
    /// This machine's name in a log folder: letters, digits, `.`, `_`, `-`.
    public var device: Resolved<String>
    /// New cards introduced a day at most.
    public var newPerDay: Resolved<Int>
    /// Scheduled reviews a day at most.
    public var reviewsPerDay: Resolved<Int>
    /// The local hour, 0–23, at which a study day starts.
    public var dayStartsAt: Resolved<Int>
    /// The interview day, when one is set.
    public var interview: Resolved<CalendarDate?>
    /// The probability of recall a card must reach to count as ready, strictly between 0 and 1.
    public var targetRecall: Resolved<Double>
    /// The command that edits a deck (may carry arguments, such as `code -w`).
    public var editor: Resolved<String>
    /// Which keys grade a revealed card: `"0-5"` or `"anki"` (one of `SettingDefaults.gradeKeyLayouts`;
    /// the app's `GradeKeys` gives them their meaning).
    public var gradeKeys: Resolved<String>

    /// The settings file that was read (or would be), for `recall config`.
    public var filePath: String
    /// Whether that file exists and was read.
    public var fileFound: Bool

    /// Each setting as `recall config` prints it: key, value, source.
    public var rows: [(key: SettingKey, value: String, source: SettingSource)] {
        [
            (.decks, decks.value.description, decks.source),
            (.log, log.value, log.source),
            (.device, device.value, device.source),
            (.newPerDay, String(newPerDay.value), newPerDay.source),
            (.reviewsPerDay, String(reviewsPerDay.value), reviewsPerDay.source),
            (.dayStartsAt, String(dayStartsAt.value), dayStartsAt.source),
            (.interview, interview.value?.description ?? "(none)", interview.source),
            (.targetRecall, Self.decimal(targetRecall.value), targetRecall.source),
            (.editor, editor.value, editor.source),
            (.gradeKeys, gradeKeys.value, gradeKeys.source),
        ]
    }

    /// `0.9`, `0.85`: the shortest form Swift prints.
    static func decimal(_ value: Double) -> String { "\(value)" }
}

/// The defaults that need no environment (the others depend on `HOME`, `XDG_*` and the host).
public enum SettingDefaults {
    /// New cards a day.
    public static let newPerDay = 20
    /// Scheduled reviews a day.
    public static let reviewsPerDay = 200
    /// The hour a study day starts.
    public static let dayStartsAt = 4
    /// The recall a card needs on the interview day to count as ready.
    public static let targetRecall = 0.9
    /// The editor when neither the settings nor `VISUAL`/`EDITOR` name one.
    public static let editor = "vi"
    /// The grade keys.
    public static let gradeKeys = "0-5"
    /// Every layout of grade keys: keys 0–5 are the grades, or Anki's 1–4 (Again, Hard, Good,
    /// Easy, recorded as grades 2, 3, 4, 5).
    public static let gradeKeyLayouts = ["0-5", "anki"]
}
