import Deck
import ReviewLog
import SM2
import Study
import Testing

/// Suspend, unsuspend, bury and forget, folded by the replay into queues, cram and stats.
@Suite struct CardActionTests {
    let today = Fixtures.today

    func action(_ kind: EventKind, _ id: String, at time: Int64, after answers: Int) -> LogAction {
        LogAction(event: LogEvent(time: time, kind: kind, cardID: id, grade: nil, answerMillis: nil), answersBefore: answers)
    }

    var library: DeckLibrary {
        Fixtures.library(["A", "B", "C"].map { (id: String) in Fixtures.card(id + "/formula", note: id) })
    }

    func replay(_ answers: [LogEvent], _ actions: [LogAction], today: Int? = nil, policy: LeechPolicy = .mark) -> Replay {
        Replay(
            library: library, answers: answers, actions: actions, days: Fixtures.utcDays, today: today ?? self.today,
            leechPolicy: policy)
    }

    @Test func aSuspendedCardLeavesTheDueNewAndCramQueuesUntilUnsuspendedWithItsStateKept() {
        let yesterday = today - 1
        let answers = [Fixtures.event(.review, "A/formula", 4, at: Fixtures.noon(yesterday - 1))]
        let suspended = replay(answers, [action(.suspend, "A/formula", at: Fixtures.noon(yesterday), after: 1)])
        #expect(suspended.cards[0].isSuspended)
        #expect(suspended.cards[0].schedule.dueDay == yesterday)
        let queue = DailyQueue(library: library, replay: suspended)
        #expect(!queue.items.map(\.cardID.rawValue).contains("A/formula"))
        #expect(queue.dueTotal == 0)
        let cram = CramQueue(library: library, replay: suspended, phase: "Math")
        #expect(cram.items.map(\.cardID.rawValue) == ["B/formula", "C/formula"])

        let back = replay(answers, [
            action(.suspend, "A/formula", at: Fixtures.noon(yesterday), after: 1),
            action(.unsuspend, "A/formula", at: Fixtures.noon(today), after: 1),
        ])
        #expect(!back.cards[0].isSuspended)
        #expect(back.cards[0].schedule == suspended.cards[0].schedule)
        #expect(DailyQueue(library: library, replay: back).items.first?.cardID.rawValue == "A/formula")
    }

    @Test func aSuspendedNewCardIsNotIntroduced() {
        let queue = DailyQueue(library: library, replay: replay([], [action(.suspend, "B/formula", at: 0, after: 0)]))
        #expect(queue.items.map(\.cardID.rawValue) == ["A/formula", "C/formula"])
        #expect(queue.newTotal == 2)
    }

    @Test func aBuriedCardIsLeftOutForTheRestOfThatStudyDayOnly() {
        let buried = [action(.bury, "A/formula", at: Fixtures.noon(today, plusMinutes: -60), after: 0)]
        #expect(!DailyQueue(library: library, replay: replay([], buried)).items.map(\.cardID.rawValue).contains("A/formula"))
        #expect(CramQueue(library: library, replay: replay([], buried), phase: "Math").items.count == 2)
        let tomorrow = replay([], buried, today: today + 1)
        #expect(DailyQueue(library: library, replay: tomorrow).items.first?.cardID.rawValue == "A/formula")
        // An unsuspend lifts a bury (how an undone bury is written).
        let lifted = replay([], buried + [action(.unsuspend, "A/formula", at: Fixtures.noon(today), after: 0)])
        #expect(DailyQueue(library: library, replay: lifted).items.first?.cardID.rawValue == "A/formula")
    }

    @Test func aBuriedCardWithAPendingDrillIsNotDrilledToday() {
        let answers = [Fixtures.event(.review, "A/formula", 2, at: Fixtures.noon(today))]
        let plain = DailyQueue(library: library, replay: replay(answers, []))
        #expect(plain.drillCount == 1)
        let buried = DailyQueue(library: library, replay: replay(answers, [
            action(.bury, "A/formula", at: Fixtures.noon(today, plusMinutes: 1), after: 1),
        ]))
        #expect(buried.drillCount == 0)
        #expect(!buried.items.map(\.cardID.rawValue).contains("A/formula"))
    }

    @Test func forgetMakesTheCardNewAtItsPlaceInTheLogAndKeepsItsCounts() {
        let answers = [
            Fixtures.event(.review, "A/formula", 5, at: Fixtures.noon(today - 20)),
            Fixtures.event(.review, "A/formula", 5, at: Fixtures.noon(today - 19)),
            Fixtures.event(.drill, "A/formula", 4, at: Fixtures.noon(today - 19, plusMinutes: 1)),
            Fixtures.event(.review, "A/formula", 3, at: Fixtures.noon(today - 10)),
        ]
        let forgotten = replay(answers, [action(.forget, "A/formula", at: Fixtures.noon(today - 15), after: 3)])
        let history = forgotten.cards[0]
        // The review after the forget counts as the first of a new run.
        #expect(history.schedule.repetitions == 1)
        #expect(history.schedule.interval == 1)
        #expect(history.schedule.reviews == 1)
        #expect(history.schedule.easiness == Easiness.initial.adjusted(by: Grade(3)!))
        #expect(history.drills == 1)
        #expect(history.forgets == 1)

        let atTheEnd = replay(answers, [action(.forget, "A/formula", at: Fixtures.noon(today - 1), after: 4)])
        #expect(atTheEnd.cards[0].isNew)
        #expect(atTheEnd.cards[0].schedule == .new)
        #expect(DailyQueue(library: library, replay: atTheEnd).items.map(\.reason) == [.new, .new, .new])
    }

    @Test func theReaderPlacesActionsSoThatTheReplayAppliesThemInLogOrder() {
        let text = [
            "2026-11-01T12:00:00.000Z\treview\tA/formula\t5\t1000",
            "2026-11-02T12:00:00.000Z\tforget\tA/formula\t-\t-",
            "2026-11-03T12:00:00.000Z\treview\tA/formula\t5\t1000",
            "2026-11-04T12:00:00.000Z\tsuspend\tB/formula\t-\t-",
            "2026-11-05T12:00:00.000Z\tsuspend\tGONE/formula\t-\t-",
        ].map { $0 + "\n" }.joined()
        let log = LogReader.read(Array(text.utf8))
        let fold = Replay(library: library, log: log, days: Fixtures.utcDays, today: today)
        #expect(fold.cards[0].schedule.reviews == 1)
        #expect(fold.cards[0].firstReviewDay == LocalDays.dayNumber(year: 2026, month: 11, day: 3))
        #expect(fold.cards[1].isSuspended)
        #expect(fold.orphanCardIDs == ["GONE/formula"])
    }

    @Test func leechesAreMarkedAndSuspendedOnlyWhenThePolicySaysSo() {
        var answers: [LogEvent] = []
        var day = today - 40
        for _ in 0..<7 {
            answers.append(Fixtures.event(.review, "A/formula", 5, at: Fixtures.noon(day)))
            answers.append(Fixtures.event(.review, "A/formula", 1, at: Fixtures.noon(day + 1)))
            day += 2
        }
        let marked = replay(answers, [])
        #expect(marked.cards[0].schedule.lapses == 7)
        #expect(!marked.cards[0].isLeech)
        answers.append(Fixtures.event(.review, "A/formula", 5, at: Fixtures.noon(day)))
        answers.append(Fixtures.event(.review, "A/formula", 0, at: Fixtures.noon(day + 1)))
        #expect(replay(answers, []).cards[0].isLeech)
        #expect(!replay(answers, []).cards[0].isSuspended)
        let suspended = replay(answers, [], policy: .suspend)
        #expect(suspended.cards[0].isSuspended)
        let unsuspended = replay(answers, [action(.unsuspend, "A/formula", at: Fixtures.noon(day + 2), after: answers.count)], policy: .suspend)
        #expect(!unsuspended.cards[0].isSuspended)
        #expect(unsuspended.cards[0].isLeech)
    }

    @Test func statsCountSuspendedCardsApartAndLeaveThemOutOfTheForecast() {
        let answers = [Fixtures.event(.review, "A/formula", 4, at: Fixtures.noon(today - 1))]
        let fold = replay(answers, [action(.suspend, "A/formula", at: Fixtures.noon(today - 1), after: 1),
                                    action(.suspend, "C/formula", at: Fixtures.noon(today - 1), after: 1)])
        let stats = StudyStats(library: library, replay: fold, answers: answers, days: Fixtures.utcDays)
        #expect(stats.cards == StatsCardCounts(new: 1, young: 0, mature: 0, suspended: 2))
        #expect(stats.cards.total == 3)
        #expect(stats.forecast[0] == 0)
    }

    @Test func aSessionSetsACardAsideAndItsUndoIsAnUnsuspend() {
        let fold = replay([], [])
        let queue = DailyQueue(library: library, replay: fold)
        var session = StudySession(library: library, replay: fold, queue: queue.items, mode: .review)
        #expect(session.current?.item.cardID.rawValue == "A/formula")
        let bury = session.setAside(.bury, at: 10)
        #expect(bury?.kind == .bury && bury?.cardID == "A/formula" && bury?.grade == nil)
        #expect(session.current?.item.cardID.rawValue == "B/formula")
        #expect(session.progress.remaining == 2)
        #expect(session.lastStepIsAction)
        let undo = session.undo(at: 11)
        #expect(undo?.kind == .unsuspend && undo?.cardID == "A/formula")
        #expect(session.current?.item.cardID.rawValue == "A/formula")
        #expect(!session.canUndo)
        _ = session.answer(Grade(2)!, at: 12, answerMillis: 100)
        // A suspension takes the card and its drill repeat out.
        for _ in 0..<3 where session.current?.item.cardID.rawValue != "A/formula" {
            _ = session.answer(Grade(5)!, at: 13, answerMillis: 1)
        }
        #expect(session.current?.item.cardID.rawValue == "A/formula")
        #expect(session.setAside(.suspend, at: 14)?.kind == .suspend)
        #expect(!session.upcoming.contains { $0.cardID.rawValue == "A/formula" })
        #expect(session.setAside(.forget, at: 15) == nil)
    }
}
