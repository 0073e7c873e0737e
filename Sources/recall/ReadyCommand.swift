import ArgumentParser
import Memory
import Study

/// `recall ready`: readiness for the interview day, per phase and per card, and the plan.
struct ReadyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ready",
        abstract: "Show how ready you are for the interview day, and the plan to close the gap.",
        discussion: """
            A card is ready when FSRS-6 predicts a recall on the interview day of at least the \
            target (default 0.90); a card never answered is not ready. Per phase: cards, ready \
            cards and the mean predicted recall on the day. The cards not ready are listed weakest \
            first, and the plan brings each back as late as still helps, spread so that no day \
            holds more than it must (SM-2 reviews due plus the plan's cards). Sessions ask today's \
            plan cards after the due ones, logged as cram; recall cram --not-ready drills them now.

            The date comes from --interview, else RECALL_INTERVIEW, else the settings' interview; \
            the target from --target, else RECALL_TARGET_RECALL, else the settings' target_recall, \
            else 0.90. --json prints {"interview", "target", "daysLeft", "phases": \
            [{"deck", "phase", "cards", "ready", "meanRecall"}], "cards": [{"id", "phase", \
            "recall", "ready"}], "plan": [{"date", "due", "cards": [ids]}]}.
            """)

    @OptionGroup var options: GlobalOptions

    @OptionGroup var interview: InterviewOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Option(help: ArgumentHelp("Lay the text out for this many columns.", valueName: "n"))
    var width: Int?

    func run() throws {
        try reportingFailures {
            let settings = try interview.settings(options)
            guard let interviewDay = settings.interviewDay else {
                if json { throw CLIFailure(InterviewSettings.howToSet) }
                print(InterviewSettings.howToSet)
                return
            }
            let context = try options.loadContext()
            context.keepUntilExit()
            let outlook = InterviewOutlook(context: context, interviewDay: interviewDay, target: settings.target)
            if json {
                print(ReadyText.json(outlook, library: context.library), terminator: "")
            } else {
                print(ReadyText.text(outlook, library: context.library, width: width ?? TerminalWidth.current()), terminator: "")
            }
        }
    }
}
