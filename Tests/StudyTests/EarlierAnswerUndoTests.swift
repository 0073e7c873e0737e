import Deck
import ReviewLog
import Study
import Testing

/// The undo-from-log rule: only today's latest answer, of the session's kind, to a card it could ask.
@Suite struct EarlierAnswerUndoTests {
    let library = Fixtures.library([
        Fixtures.card("M-1", phase: "Math"), Fixtures.card("M-2", phase: "Math"), Fixtures.card("P-1", phase: "Physics"),
    ])
    let today = Fixtures.today

    func pick(_ answers: [LogEvent], cram: String? = nil) -> LogEvent? {
        EarlierAnswerUndo.answerToTakeBack(
            answers: answers, library: library, days: Fixtures.utcDays, today: today, cramPhase: cram)
    }

    @Test func aReviewTakesBackTodaysLatestReviewOrDrill() {
        let review = Fixtures.event(.review, "M-1", 4, at: Fixtures.noon(today))
        let drill = Fixtures.event(.drill, "M-2", 3, at: Fixtures.noon(today, plusMinutes: 1))
        #expect(pick([review]) == review)
        #expect(pick([review, drill]) == drill)
    }

    @Test func onlyTheLatestAnswerCountsEvenWhenItIsOfAnotherKind() {
        let review = Fixtures.event(.review, "M-1", 4, at: Fixtures.noon(today))
        let cram = Fixtures.event(.cram, "M-2", 4, at: Fixtures.noon(today, plusMinutes: 1))
        #expect(pick([review, cram]) == nil)
        #expect(pick([review, cram], cram: "Math") == cram)
    }

    @Test func yesterdaysAnswerIsLeftAlone() {
        let yesterday = Fixtures.event(.review, "M-1", 4, at: Fixtures.noon(today - 1))
        #expect(pick([yesterday]) == nil)
    }

    @Test func aCramTakesBackOnlyItsOwnPhase() {
        let physics = Fixtures.event(.cram, "P-1", 5, at: Fixtures.noon(today))
        #expect(pick([physics], cram: "Math") == nil)
        #expect(pick([physics], cram: "Physics") == physics)
    }

    @Test func aCardNoDeckHasIsLeftAlone() {
        let orphan = Fixtures.event(.review, "GONE-1", 4, at: Fixtures.noon(today))
        #expect(pick([orphan]) == nil)
        #expect(pick([]) == nil)
    }
}
