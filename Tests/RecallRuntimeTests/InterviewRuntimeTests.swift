import Deck
import RecallApp
import RecallRuntime
import ReviewLog
import SM2
import Study
import Testing
import TerminalUI

/// The interview plan through the whole loop: the home countdown, and a review that asks
/// today's plan cards after the due ones and logs them as cram.
@Suite struct InterviewRuntimeTests {
    /// Every card answered well yesterday: all are due today (SM-2 interval 1); none is ready for
    /// an interview in three days.
    static let yesterday: [LogEvent] = ["MATH-011/formula", "MATH-012/formula"].enumerated().map { index, id in
        LogEvent(time: Rig.morning - 86_400_000 + Int64(index) * 1000, kind: .review, cardID: id, grade: .good, answerMillis: 900)
    }

    @Test func theHomeScreenCountsDownWhenTheRuntimeHasADate() throws {
        let rig = Rig(events: Self.yesterday)
        rig.runtime.interview = InterviewTarget(day: Rig.today + 3, recall: 0.9)
        let terminal = try rig.run(.home, keys: keys("q"))
        #expect(terminal.showed("Interview in 3 days · 0% ready · 4 cards to bring back"))
        let without = try Rig(events: Self.yesterday).run(.home, keys: keys("q"))
        #expect(!without.showed("Interview in"))
    }

    @Test func aReviewAsksThePlanCardsAfterTheDueOnesAndLogsThemAsCram() throws {
        let rig = Rig(events: Self.yesterday)
        // Tomorrow's interview: every card not ready is planned for today.
        rig.runtime.interview = InterviewTarget(day: Rig.today + 1, recall: 0.9)
        // Two due reviews, then the plan's two interview cards (never answered): reveal and 5 each.
        try rig.run(.review, keys: Array(repeating: [Key.character(" "), .character("5")], count: 4).flatMap { $0 } + keys("q"))
        let answers = rig.logged.suffix(4)
        #expect(answers.prefix(2).allSatisfy { $0.hasPrefix("review ") })
        #expect(answers.suffix(2).allSatisfy { $0.hasPrefix("cram ") && $0.contains("/interview") })
    }
}
