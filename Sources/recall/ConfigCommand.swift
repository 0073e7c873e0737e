import ArgumentParser
import Settings

/// `recall config`: every setting in force and where it came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print every setting in force and where it came from.",
        discussion: """
            A setting comes from a flag, else an environment variable (RECALL_DECKS, RECALL_LOG, \
            RECALL_DEVICE, RECALL_NEW_PER_DAY, …), else the settings file (shown as file:line), \
            else the default. Problems in the settings are printed to standard error; a wrong \
            value exits 78 after the table.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let (settings, problems) = options.resolveSettings()
            print(Self.table(settings, problems: problems), terminator: "")
            try SettingsEdge.report(problems, consequence: "every command but this one refuses to run until they are fixed")
        }
    }

    /// The table; a setting whose given value is wrong says so beside the value used instead.
    static func table(_ settings: Settings, problems: [SettingsProblem] = []) -> String {
        let rows = settings.rows
        let keyWidth = max(7, rows.map { $0.key.rawValue.count }.max() ?? 0)
        let valueWidth = min(48, max(5, rows.map { $0.value.count }.max() ?? 0))
        var out = "settings file: \(settings.filePath)\(settings.fileFound ? "" : " (none)")\n"
        out += "SETTING".padding(keyWidth) + "  " + "VALUE".padding(valueWidth) + "  SOURCE\n"
        for row in rows {
            out += row.key.rawValue.padding(keyWidth) + "  " + row.value.padding(valueWidth) + "  \(row.source)"
            let wrong = problems.filter { $0.key == row.key && $0.severity == .error }.map { "\($0.place)" }
            if !wrong.isEmpty { out += " (the value at \(wrong.joined(separator: ", ")) is wrong, see below)" }
            out += "\n"
        }
        return out
    }
}
