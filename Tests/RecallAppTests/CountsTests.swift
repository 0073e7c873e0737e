import Deck
import RecallApp
import ReviewLog
import SM2
import Study
import Testing

/// Home and `due` agree, and say when a card waits for its sibling.
@Suite struct CountsTests {
    @Test func aDueCardHeldBackForItsSiblingIsSaidOnHome() {
        // Both cards of the Chain Rule were reviewed long ago and are due today: one is asked,
        // its sibling waits until tomorrow.
        let library = Fixture.library()
        let longAgo = Fixture.morning - 10 * 86_400_000
        let answers = ["MATH-011/formula", "MATH-011/interview"].map {
            LogEvent(time: longAgo, kind: .review, cardID: $0, grade: .good, answerMillis: 1000)
        }
        let driver = Driver(Fixture.model(.home, answers: answers))
        let lines = driver.lines()
        #expect(lines[2].hasPrefix(" Today  1 due"))
        // The Chain Rule's interview card (due) and the Gradient's (new) wait for their siblings.
        #expect(lines[3] == " 2 cards wait for their siblings until tomorrow (one card of a concept a day)")
        // Math has 2 cards due by schedule and 2 in today's queue (a due one and a new one): the
        // phase's today column adds up with the 中文 phase's to the queue's 3.
        #expect(lines[5].hasSuffix("cards   new   due today"))
        #expect(lines[6].hasPrefix("   Math") && lines[6].hasSuffix("4     2     2     2"))
        #expect(lines[7].hasPrefix("   中文") && lines[7].hasSuffix("1     1     0     1"))
        #expect(lines[2].hasSuffix("3 cards to review"))
        let queue = DailyQueue(library: library, replay: Fixture.replay(library, answers: answers))
        #expect(queue.dueWaitingForSibling == 1)
        #expect(queue.newWaitingForSibling == 1)
        #expect(queue.dueCount == 1)
    }
}

/// Due cards over the daily review limit are said too.
@Suite struct CountsOverLimitTests {
    @Test func dueCardsOverTheReviewLimitAreCounted() {
        let library = Fixture.library()
        let longAgo = Fixture.morning - 10 * 86_400_000
        let answers = ["MATH-011/formula", "MATH-012/formula", "Q-CJK"].map {
            LogEvent(time: longAgo, kind: .review, cardID: $0, grade: .good, answerMillis: 1000)
        }
        let queue = DailyQueue(
            library: library, replay: Fixture.replay(library, answers: answers),
            limits: DailyLimits(newPerDay: 20, reviewsPerDay: 1))
        #expect(queue.dueCount == 1)
        #expect(queue.dueOverLimit == 2)
        #expect(queue.heldBackNote?.contains("2 due cards over today's review limit (1)") == true)
    }

    @Test func aSuspendedDueCardIsNotCountedDueOnHome() {
        let library = Fixture.library()
        let longAgo = Fixture.morning - 10 * 86_400_000
        let answers = [LogEvent(time: longAgo, kind: .review, cardID: "MATH-011/formula", grade: .good, answerMillis: 1000)]
        let suspend = LogAction(
            event: LogEvent(time: longAgo + 1000, kind: .suspend, cardID: "MATH-011/formula", grade: nil, answerMillis: nil),
            answersBefore: 1)
        let replay = Replay(library: library, answers: answers, actions: [suspend], days: .utc(), today: Fixture.today)
        let figures = HomeFigures(library: library, replay: replay, limits: DailyLimits())
        // The phase row agrees with today's "0 due": a suspended card is not due.
        #expect(figures.due == 0)
        #expect(figures.phases.first { $0.name == "Math" }?.due == 0)
    }
}
