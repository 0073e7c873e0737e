import ArgumentParser
import Study

/// `recall progress`: the curriculum's progress tracker, worked out from the log.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Print the curriculum's progress tracker, worked out from the log, as Markdown.",
        discussion: """
            The output can replace the curriculum's "## Progress Tracker" section. A topic (a \
            TOPIC-NN card group) is ⬜ Not Started while none of its cards has been reviewed, \
            🟡 In Progress once one has, and ✅ Completed when all its cards are mature (interval \
            of 21 days or more); drills and crams do not count as reviews. A "## Concepts Tracker" \
            section follows with each category's concepts as Not Started, In Progress or Mastered \
            by the same rule. Read-only: the log is read without the lock and never changed.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let context = try options.loadContext()
            context.keepUntilExit()
            Console.print(ProgressTracker(library: context.library, replay: context.replay).markdown, terminator: "")
        }
    }
}
