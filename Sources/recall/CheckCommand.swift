import ArgumentParser
import Deck
import ReviewLog

/// `recall check`: every problem in the decks and the log.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List every problem in the decks and the log as file:line: message.",
        discussion: """
            Exits 1 when a deck has an error or the log has a line it cannot read, else 0. \
            Warnings (such as an unknown field) and orphan events (answers for cards no deck has) \
            are listed but do not fail. Nothing is ever rewritten.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let context = try options.loadContext(quiet: true)
            context.keepUntilExit()
            var out = ""
            for diagnostic in context.library.diagnostics { out += "\(diagnostic)\n" }
            for problem in context.log.problems { out += problem.described(in: context.logPath) + "\n" }
            let errors = context.library.diagnostics.filter { $0.severity == .error }.count
            let warnings = context.library.diagnostics.count - errors
            out += "decks: \(counted(context.library.cards.count, "card")) in \(counted(context.library.decks.count, "deck")) "
                + "under \(context.decksPath); \(counted(errors, "error")), \(counted(warnings, "warning"))\n"
            let actions = context.log.actions.isEmpty ? "" : " and \(counted(context.log.actions.count, "action"))"
            out += "log: \(counted(context.log.answers.count, "answer"))\(actions) in \(context.logPath); "
                + "\(counted(context.log.problems.count, "unreadable line"))"
            if context.replay.orphanEventCount > 0 {
                out += "; \(counted(context.replay.orphanEventCount, "orphan event")) for "
                    + "\(counted(context.replay.orphanCardIDs.count, "card")) no deck has (kept)"
            }
            print(out)
            if errors > 0 || !context.log.problems.isEmpty { throw ExitCode.failure }
        }
    }
}
