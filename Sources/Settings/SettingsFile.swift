/// A settings file as read: the known keys' values with their lines, and what was wrong.
///
/// Parsing is pure: the caller reads the bytes (or fails to) and hands them over.
public struct SettingsFile: Hashable, Sendable {
    /// The file's path, as messages name it.
    public let path: String
    /// Every known key the file sets, with its value and line.
    public let entries: [SettingKey: FileEntry]
    /// Unknown keys and tables (warnings), and errors that make the whole file unusable
    /// (not UTF-8, not TOML, unreadable). A wrong value for a known key is found later, by
    /// `SettingsResolver`, since only then is it known whether a flag or variable overrides it.
    public let problems: [SettingsProblem]

    /// A file's entries and problems as given (for tests and for a file that could not be read).
    public init(path: String, entries: [SettingKey: FileEntry] = [:], problems: [SettingsProblem] = []) {
        self.path = path
        self.entries = entries
        self.problems = problems
    }

    /// A file that could not be read at all: one error, no entries.
    public static func unreadable(path: String, reason: String) -> SettingsFile {
        SettingsFile(path: path, problems: [
            SettingsProblem(.error, at: .file(path: path, line: 0), "cannot read the settings file: \(reason)"),
        ])
    }
}
