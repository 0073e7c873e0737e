import ArgumentParser
import Foundation
import Settings

/// `recall`: the command line. With no subcommand it opens the home screen.
@main
struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "A terminal flashcard trainer for ML interview preparation, scheduled with SM-2.",
        discussion: """
            Decks are Markdown files (every *.md below --decks; with nothing set up, the decks built \
            into recall). Every answer is appended to the review log, and the schedule is rebuilt \
            from that log at every start. Settings: ~/.config/recall/config.toml (see 'recall config'). \
            Exit status: 0 done, 1 failure, 64 wrong usage, 78 bad settings.
            """,
        version: RecallVersion.text,
        subcommands: [
            HomeCommand.self, ReviewCommand.self, CramCommand.self,
            DueCommand.self, CardsCommand.self, DecksCommand.self, CheckCommand.self,
            StatsCommand.self, ProgressCommand.self,
            InitCommand.self, ConfigCommand.self, SyncCommand.self, ReadyCommand.self, ShowCommand.self,
            SuspendCommand.self, UnsuspendCommand.self, ForgetCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )

    /// Puts options typed before the subcommand after it, reads `--opt -1` as a value, and
    /// stops a mistyped command with the nearest one, before the parser sees the line.
    static func main() {
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        switch ArgumentOrder.normalise(
            Array(CommandLine.arguments.dropFirst()), commands: commands,
            globalValueOptions: GlobalOptions.valueOptionNames)
        {
        case .arguments(let arguments):
            parseAndRun(arguments)
        case .unknownCommand(let word, let nearest):
            var message = "Error: Unknown command '\(word)'."
            if let nearest { message += " Did you mean '\(nearest)'?" }
            printError(message + "\nRun 'recall --help' for the commands.")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
    }
}

/// Recall's version, as `recall --version` prints it.
enum RecallVersion {
    static let text = "0.2.0"
}
