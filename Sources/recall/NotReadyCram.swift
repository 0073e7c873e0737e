import ArgumentParser
import Deck
import Settings
import Study

/// `--interview` and `--target`, for the commands that take them.
struct InterviewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The interview's date (else RECALL_INTERVIEW, else the settings' interview).", valueName: "YYYY-MM-DD"))
    var interview: String?

    @Option(help: ArgumentHelp("The recall a card needs on the day, 0-1 or a percentage (else RECALL_TARGET_RECALL, else the settings' target_recall, else 0.90).", valueName: "p"))
    var target: String?

    /// The interview settings in force with these flags over `options` (exit 78 on a bad value).
    func settings(_ options: GlobalOptions) throws(CLIFailure) -> InterviewSettings {
        var extra: [SettingKey: String] = [:]
        extra[.interview] = interview
        extra[.targetRecall] = target
        return InterviewSettings(settings: try options.loadSettings(extra: extra))
    }
}

/// The cards `recall cram --not-ready` asks: those not ready for the interview, weakest first.
struct NotReadyCram {
    /// The session's label, in place of a phase name.
    let label: String
    /// The cards, weakest first.
    let cards: [CardID]

    /// The not-ready cards of `phase` (every phase when nil); fails with a clear line when no
    /// date is set, the interview is past, or every card is ready.
    init(context: StudyContext, settings: InterviewSettings, phase: String?) throws(CLIFailure) {
        guard let day = settings.interviewDay, let date = settings.interviewDate else {
            throw CLIFailure(InterviewSettings.howToSet)
        }
        guard day >= context.today else {
            throw CLIFailure("the interview on \(date) is past; give the next one with --interview YYYY-MM-DD")
        }
        let outlook = context.outlook(interviewDay: day, target: settings.target)
        cards = outlook.readiness.notReady.filter { phase == nil || $0.phase == phase }.map(\.id)
        label = (phase.map { "\($0) · " } ?? "") + "not ready for \(date)"
        if cards.isEmpty {
            throw CLIFailure("every card\(phase.map { " of \($0)" } ?? "") is ready for \(date); nothing to cram", status: 0)
        }
    }
}
