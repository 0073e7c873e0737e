import ArgumentParser
import Deck
import ReviewLog
import SafeText

/// `recall check`: every problem in the decks and the log.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List every problem in the decks and the log as file:line: message.",
        discussion: """
            Exits 1 when a deck has an error or the log has a line it cannot read, else 0. \
            Warnings (such as an unknown field, or clock trouble: a log whose times go backwards, \
            times more than five minutes after now) and orphan events (answers for cards no deck \
            has) are listed but do not fail. For a log folder, every file is checked and named. \
            Nothing is ever rewritten.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let context = try options.loadContext(quiet: true)
            context.keepUntilExit()
            var out = ""
            for diagnostic in context.library.diagnostics { out += "\(diagnostic)\n" }
            for problem in context.log.problems { out += problem.described(in: context.logPath) + "\n" }
            let loaded = LoadedLog(contents: context.log, folder: context.logSource.folder)
            for warning in LogClockCheck.warnings(for: loaded, now: context.now) {
                out += warning.described(in: context.logPath) + "\n"
            }
            let errors = context.library.diagnostics.filter { $0.severity == .error }.count
            let warnings = context.library.diagnostics.count - errors
            out += "decks: \(counted(context.library.cards.count, "card")) in \(counted(context.library.decks.count, "deck")) "
                + "under \(VisibleText.line(context.decksPath)); \(counted(errors, "error")), \(counted(warnings, "warning"))\n"
            let actions = context.log.actions.isEmpty ? "" : " and \(counted(context.log.actions.count, "action"))"
            out += "log: \(counted(context.log.answers.count, "answer"))\(actions) in \(VisibleText.line(context.logPath)); "
                + "\(counted(context.log.problems.count, "unreadable line"))"
            if let folder = context.logSource.folder { out += "; " + Self.folderSummary(folder) }
            if context.replay.orphanEventCount > 0 {
                out += "; \(counted(context.replay.orphanEventCount, "orphan event")) for "
                    + "\(counted(context.replay.orphanCardIDs.count, "card")) no deck has (kept)"
            }
            Console.print(out)
            if errors > 0 || !context.log.problems.isEmpty { throw ExitCode.failure }
        }
    }

    /// For a log folder: its files, and the lines found in several and counted once.
    static func folderSummary(_ folder: MergedLog) -> String {
        let names = folder.files.map(\.name)
        let shown = names.count > 6 ? names.prefix(5) + ["and \(names.count - 5) more"] : names[...]
        var text = "\(counted(folder.files.count, "file")) (\(shown.joined(separator: ", ")))"
        if folder.duplicateCount > 0 { text += "; \(counted(folder.duplicateCount, "line")) found in several files, counted once" }
        return text
    }
}
