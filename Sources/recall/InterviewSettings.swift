import Foundation
import Settings
import Study

/// The interview date and the target recall in force, as the settings resolve them: a flag
/// (`--interview`, `--target`) beats the environment (`RECALL_INTERVIEW`, `RECALL_TARGET_RECALL`),
/// which beats the settings file (`interview`, `target_recall`), which beats the default (no
/// date, 0.90).
struct InterviewSettings {
    /// The interview's study day, nil when no date is set.
    let interviewDay: Int?
    /// The date as given, `YYYY-MM-DD`.
    let interviewDate: String?
    /// The recall a card needs on the day to count as ready.
    let target: Double

    /// The interview date and target of `settings`.
    init(settings: Settings) {
        if let date = settings.interview.value {
            interviewDay = LocalDays.dayNumber(year: date.year, month: date.month, day: date.day)
            interviewDate = date.description
        } else {
            interviewDay = nil
            interviewDate = nil
        }
        target = settings.targetRecall.value
    }

    /// The interview and target for the interactive screens, nil when no date is set.
    var interviewTarget: InterviewTarget? {
        interviewDay.map { InterviewTarget(day: $0, recall: target) }
    }

    /// The advice printed when no date is set.
    static let howToSet = """
        No interview date is set. Give one with --interview YYYY-MM-DD (for example \
        recall ready --interview 2026-12-15), set RECALL_INTERVIEW=YYYY-MM-DD in the environment, \
        or add interview = 2026-12-15 to the settings file ('recall config' says where it is).
        """
}
