import ArgumentParser

/// `recall`: the command line. With no subcommand it opens the home screen.
@main
struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "A terminal flashcard trainer for ML interview preparation, scheduled with SM-2.",
        discussion: """
            Decks are Markdown files (every *.md below --decks). Every answer is appended to the \
            review log, and the schedule is rebuilt from that log at every start.
            """,
        subcommands: [
            HomeCommand.self, ReviewCommand.self, CramCommand.self,
            DueCommand.self, CardsCommand.self, DecksCommand.self, CheckCommand.self,
            StatsCommand.self, ProgressCommand.self,
            SuspendCommand.self, UnsuspendCommand.self, ForgetCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )
}
