import Deck
import ReviewLog
import SM2
import Study
import Testing

@Suite struct StudySessionTests {
    let today = Fixtures.today

    /// Five new cards of different notes, in deck order.
    func freshSession() -> (DeckLibrary, StudySession) {
        let library = Fixtures.library((1...5).map { Fixtures.card("N\($0)/formula") })
        let replay = Fixtures.replay(library, [])
        let queue = DailyQueue(library: library, replay: replay)
        return (library, StudySession(library: library, replay: replay, queue: queue.items, mode: .review))
    }

    func upcomingIDs(_ session: StudySession) -> [String] { session.upcoming.map(\.cardID.rawValue) }

    @Test func answeringNeedsNoRevealAndReturnsTheEventToLog() throws {
        var (_, session) = freshSession()
        let current = try #require(session.current)
        #expect(current.card.id.rawValue == "N1/formula")
        #expect(current.changesSchedule)
        let preview = try #require(current.preview)
        #expect(preview.failInterval == 1 && preview.passInterval == 1)
        let event = session.answer(.good, at: 1_000, answerMillis: 2_500)
        #expect(event == LogEvent(time: 1_000, kind: .review, cardID: "N1/formula", grade: .good, answerMillis: 2_500))
        #expect(session.current?.card.id.rawValue == "N2/formula")
        #expect(session.schedule(at: 0).dueDay == today + 1)
        #expect(session.progress == SessionProgress(answered: 1, remaining: 4))
    }

    @Test func aGradeBelowFourComesBackAsADrillThreeCardsLater() throws {
        var (_, session) = freshSession()
        _ = session.answer(.hard, at: 1, answerMillis: 100)
        #expect(upcomingIDs(session) == ["N2/formula", "N3/formula", "N4/formula", "N1/formula", "N5/formula"])
        let drill = session.upcoming[3]
        #expect(drill.reason == .drill && drill.dueDay == today + 1)
        #expect(session.progress.total == 6)
        // The drill changes nothing and is logged as a drill.
        for _ in 0..<3 { _ = session.answer(.easy, at: 2, answerMillis: 100) }
        let current = try #require(session.current)
        #expect(current.card.id.rawValue == "N1/formula" && !current.changesSchedule && current.preview == nil)
        let scheduleBefore = session.schedule(at: 0)
        let event = session.answer(.almost, at: 3, answerMillis: 100)
        #expect(event?.kind == .drill)
        #expect(session.schedule(at: 0) == scheduleBefore)
        // Failed again with one card left: it goes to the end, then a 4 lets it go.
        #expect(upcomingIDs(session) == ["N5/formula", "N1/formula"])
        _ = session.answer(.good, at: 4, answerMillis: 100)
        #expect(session.answer(.good, at: 5, answerMillis: 100)?.kind == .drill)
        #expect(session.isFinished && session.current == nil)
        #expect(session.answer(.good, at: 6, answerMillis: 100) == nil)
    }

    @Test func undoRestoresTheSessionExactly() throws {
        var (_, session) = freshSession()
        #expect(session.undo(at: 0) == nil)
        _ = session.answer(.easy, at: 1, answerMillis: 1_000)
        let before = session
        let beforeCurrent = session.current
        _ = session.answer(.blackout, at: 2, answerMillis: 7_000)
        _ = session.answer(.good, at: 3, answerMillis: 2_000)
        #expect(session.undo(at: 10) == LogEvent(time: 10, kind: .undo, cardID: "N3/formula", grade: nil, answerMillis: nil))
        #expect(session.undo(at: 11)?.cardID == "N2/formula")
        #expect(session.current == beforeCurrent)
        #expect(session.upcoming == before.upcoming)
        #expect(session.answers == before.answers)
        #expect(session.progress == before.progress)
        #expect(session.summary == before.summary)
        #expect(session.schedule(at: 1) == .new)
        #expect((0..<5).allSatisfy { session.schedule(at: $0) == before.schedule(at: $0) })
        // Undo back to the start, then nothing more.
        #expect(session.undo(at: 12)?.cardID == "N1/formula")
        #expect(!session.canUndo && session.undo(at: 13) == nil)
        #expect(session.progress == SessionProgress(answered: 0, remaining: 5))
    }

    @Test func undoingADrillPutsItBackAsADrill() throws {
        var (_, session) = freshSession()
        _ = session.answer(.wrong, at: 1, answerMillis: 1)
        for _ in 0..<3 { _ = session.answer(.good, at: 2, answerMillis: 1) }
        let drillSchedule = session.schedule(at: 0)
        _ = session.answer(.good, at: 3, answerMillis: 1)
        #expect(session.undo(at: 4)?.cardID == "N1/formula")
        #expect(session.current?.item.reason == .drill)
        #expect(session.schedule(at: 0) == drillSchedule)
    }

    @Test func cramAnswersNeverChangeSchedulesAndRepeatUntilGood() throws {
        let library = Fixtures.library((1...4).map { Fixtures.card("P\($0)/why", phase: "Phase 1") })
        let replay = Fixtures.replay(library, [Fixtures.event(.review, "P2/why", 5, at: Fixtures.noon(today - 3))])
        let queue = CramQueue(library: library, replay: replay, phase: "Phase 1", order: .deck)
        var session = StudySession(library: library, replay: replay, queue: queue.items, mode: .cram(phase: "Phase 1"))
        #expect(session.current?.preview == nil)
        #expect(session.answer(.wrong, at: 1, answerMillis: 1)?.kind == .cram)
        #expect(upcomingIDs(session) == ["P2/why", "P3/why", "P4/why", "P1/why"])
        #expect(session.upcoming[3].reason == .cram)
        _ = session.answer(.hard, at: 2, answerMillis: 1)
        #expect(upcomingIDs(session) == ["P3/why", "P4/why", "P1/why", "P2/why"])
        while let current = session.current {
            let grade: Grade = current.card.id.rawValue == "P1/why" ? .easy : .good
            #expect(session.answer(grade, at: 3, answerMillis: 1)?.kind == .cram)
        }
        #expect((0..<4).allSatisfy { session.schedule(at: $0) == replay.cards[$0].schedule })
        #expect(session.summary.answerCount == 6 && session.summary.cardsAnswered == 4)
    }

    @Test func theSummaryCountsAnswersPassesTimeAndTomorrowsCards() throws {
        // X due today, Y due tomorrow, Z due in 15 days, W new.
        let library = Fixtures.library(["X", "Y", "Z", "W"].map { Fixtures.card("\($0)/formula") })
        let replay = Fixtures.replay(library, [
            Fixtures.event(.review, "X/formula", 4, at: Fixtures.noon(today - 1)),
            Fixtures.event(.review, "Y/formula", 4, at: Fixtures.noon(today)),
            Fixtures.event(.review, "Z/formula", 4, at: Fixtures.noon(today - 7)),
            Fixtures.event(.review, "Z/formula", 4, at: Fixtures.noon(today - 6)),
            Fixtures.event(.review, "Z/formula", 4, at: Fixtures.noon(today)),
        ])
        let queue = DailyQueue(library: library, replay: replay)
        #expect(queue.items.map(\.cardID.rawValue) == ["X/formula", "W/formula"])
        var session = StudySession(library: library, replay: replay, queue: queue.items, mode: .review)
        #expect(session.summary.dueTomorrow == 2) // X and Y
        _ = session.answer(.almost, at: 1, answerMillis: 4_000) // X: I = 1, drill later
        _ = session.answer(.easy, at: 2, answerMillis: 1_500) // W: new, I = 1
        _ = session.answer(.hard, at: 3, answerMillis: 2_500) // X drill, 3: again
        _ = session.answer(.good, at: 4, answerMillis: 1_000) // X drill, done
        #expect(session.isFinished)
        let summary = session.summary
        #expect(summary.answerCount == 4 && summary.cardsAnswered == 2)
        #expect(summary.passedCount == 3 && summary.passShare == 0.75)
        #expect(summary.timeSpentMillis == 9_000)
        #expect(summary.dueTomorrow == 3) // X, Y and W
        // Passing X instead moves it to six days out: only Y and W are due tomorrow.
        var passing = StudySession(library: library, replay: replay, queue: queue.items, mode: .review)
        _ = passing.answer(.easy, at: 1, answerMillis: 1)
        _ = passing.answer(.easy, at: 2, answerMillis: 1)
        #expect(passing.schedule(at: 0).dueDay == today + 6)
        #expect(passing.summary.dueTomorrow == 2 && passing.summary.passShare == 1)
    }

    @Test func queueItemsOutsideTheLibraryAreLeftOut() {
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let replay = Fixtures.replay(library, [])
        let stray = QueueItem(cardID: CardID("B/formula"), position: 7, reason: .new, dueDay: nil)
        let good = QueueItem(cardID: CardID("A/formula"), position: 0, reason: .new, dueDay: nil)
        let session = StudySession(library: library, replay: replay, queue: [stray, good], mode: .review)
        #expect(session.upcoming == [good])
    }
}
