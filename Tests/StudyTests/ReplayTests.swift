import Deck
import Foundation
import ReviewLog
import SM2
import Study
import Testing

@Suite struct ReplayTests {
    /// One row of DESIGN §2's table: grades, then the intervals and EFs (hundredths) after each.
    struct TableRow: Sendable, CustomTestStringConvertible {
        let grades: [Int]
        let intervals: [Int]
        let easiness: [Int]
        var testDescription: String { grades.map(String.init).joined(separator: " ") }
    }

    static let table = [
        TableRow(grades: [5, 5, 5, 5], intervals: [1, 6, 17, 48], easiness: [260, 270, 280, 290]),
        TableRow(grades: [4, 4, 4, 4], intervals: [1, 6, 15, 38], easiness: [250, 250, 250, 250]),
        TableRow(grades: [3, 3, 3, 3], intervals: [1, 6, 14, 30], easiness: [236, 222, 208, 194]),
        TableRow(grades: [5, 5, 5, 1, 4, 4], intervals: [1, 6, 17, 1, 6, 17], easiness: [260, 270, 280, 280, 280, 280]),
        TableRow(grades: [0, 0, 4, 5, 5], intervals: [1, 1, 6, 15, 39], easiness: [250, 250, 250, 260, 270]),
    ]

    @Test(arguments: table)
    func everyRowOfTheDesignTableReplays(row: TableRow) throws {
        let library = Fixtures.library([Fixtures.card("MATH-011/formula")])
        let firstDay = Fixtures.today - 200
        var events: [LogEvent] = []
        var day = firstDay
        for (index, grade) in row.grades.enumerated() {
            events.append(Fixtures.event(.review, "MATH-011/formula", grade, at: Fixtures.noon(day)))
            let schedule = Fixtures.replay(library, events).cards[0].schedule
            #expect(schedule.interval == row.intervals[index], "interval after review \(index + 1)")
            #expect(schedule.easiness.hundredths == row.easiness[index], "EF after review \(index + 1)")
            #expect(schedule.lastReviewDay == day)
            #expect(schedule.dueDay == day + row.intervals[index])
            #expect(schedule.reviews == index + 1)
            // The next review is given on the day this one made the card due.
            day += row.intervals[index]
        }
    }

    @Test func lapsesCountOnlyFailuresAfterAPass() {
        let library = Fixtures.library([Fixtures.card("A/formula"), Fixtures.card("B/formula")])
        let a = [5, 5, 5, 1, 4, 4].enumerated().map { Fixtures.event(.review, "A/formula", $1, at: Fixtures.noon(Fixtures.today - 100 + $0 * 10)) }
        let b = [0, 0, 4, 5, 5].enumerated().map { Fixtures.event(.review, "B/formula", $1, at: Fixtures.noon(Fixtures.today - 100 + $0 * 10)) }
        let replay = Fixtures.replay(library, a + b)
        #expect(replay.cards[0].schedule.lapses == 1)
        #expect(replay.cards[1].schedule.lapses == 0)
    }

    @Test func lateReviewsGrowFromTheScheduledInterval() {
        // 5 then 5 gives I = 6; answered 20 days late with 4, the next interval is ⌈6 × 2.70⌉ = 17.
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let start = Fixtures.today - 100
        let events = [
            Fixtures.event(.review, "A/formula", 5, at: Fixtures.noon(start)),
            Fixtures.event(.review, "A/formula", 5, at: Fixtures.noon(start + 1)),
            Fixtures.event(.review, "A/formula", 4, at: Fixtures.noon(start + 27)),
        ]
        let schedule = Fixtures.replay(library, events).cards[0].schedule
        #expect(schedule.interval == 17)
        #expect(schedule.dueDay == start + 27 + 17)
    }

    @Test func eachReviewCountsOnItsOwnStudyDay() {
        // A review at 01:30 on the 21st belongs to the 20th: due on the 21st, not the 22nd.
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let time = Int64(Fixtures.today) * 86_400_000 + 90 * 60_000
        let replay = Fixtures.replay(library, [Fixtures.event(.review, "A/formula", 4, at: time)])
        #expect(replay.cards[0].schedule.lastReviewDay == Fixtures.today - 1)
        #expect(replay.cards[0].schedule.dueDay == Fixtures.today)
        #expect(replay.cards[0].firstReviewDay == Fixtures.today - 1)
        #expect(replay.todaysAnswers.isEmpty)
    }

    @Test func replayedDaysMatchLocalDaysAcrossDaylightSavingChanges() throws {
        // Events every 5 h 47 min from March 2026 to March 2027 in Berlin, one card each,
        // with every tenth event a day earlier than the one before (file order is not time order).
        let days = LocalDays(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        let start = Int64(LocalDays.dayNumber(year: 2026, month: 3, day: 1)) * 86_400_000
        let times = (0..<1500).map { start + Int64($0) * 347 * 60_000 - ($0 % 10 == 9 ? 86_400_000 : 0) }
        let library = Fixtures.library(times.indices.map { Fixtures.card("C\($0)/formula") })
        let events = times.enumerated().map { Fixtures.event(.review, "C\($0)/formula", 4, at: $1) }
        let replay = Replay(library: library, answers: events, days: days, today: Fixtures.today)
        for (position, time) in times.enumerated() {
            #expect(replay.cards[position].lastReviewDay == days.day(atMillis: time))
        }
    }

    @Test func theDayStartFollowsTheClockChangeInTheReplay() throws {
        // Berlin moves from UTC+1 to UTC+2 at 2026-03-29T01:00Z.
        // 00:59Z is 01:59 CET and 01:30Z is 03:30 CEST: both before 04:00, so March 28.
        // 02:30Z is 04:30 CEST: March 29 (it would be 03:30, March 28, with the old offset).
        let days = LocalDays(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        let march29 = LocalDays.dayNumber(year: 2026, month: 3, day: 29)
        let midnight = Int64(march29) * 86_400_000
        let library = Fixtures.library([Fixtures.card("A/formula"), Fixtures.card("B/formula"), Fixtures.card("C/formula")])
        let replay = Replay(library: library, answers: [
            Fixtures.event(.review, "A/formula", 4, at: midnight + 59 * 60_000),
            Fixtures.event(.review, "B/formula", 4, at: midnight + 90 * 60_000),
            Fixtures.event(.review, "C/formula", 4, at: midnight + 150 * 60_000),
        ], days: days, today: march29)
        #expect(replay.cards.map(\.lastReviewDay) == [march29 - 1, march29 - 1, march29])
        #expect(replay.todaysAnswers.map(\.event.cardID) == ["C/formula"])
    }

    @Test func drillsAndCramsAreCountedButNeverChangeTheSchedule() {
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let reviews = [
            Fixtures.event(.review, "A/formula", 5, at: Fixtures.noon(Fixtures.today - 7)),
            Fixtures.event(.review, "A/formula", 2, at: Fixtures.noon(Fixtures.today - 1)),
        ]
        let extras = [
            Fixtures.event(.drill, "A/formula", 0, at: Fixtures.noon(Fixtures.today - 1, plusMinutes: 5)),
            Fixtures.event(.drill, "A/formula", 5, at: Fixtures.noon(Fixtures.today - 1, plusMinutes: 9)),
            Fixtures.event(.cram, "A/formula", 0, at: Fixtures.noon(Fixtures.today, plusMinutes: 1)),
            Fixtures.event(.cram, "A/formula", 5, at: Fixtures.noon(Fixtures.today, plusMinutes: 2)),
            Fixtures.event(.cram, "A/formula", 3, at: Fixtures.noon(Fixtures.today, plusMinutes: 3)),
        ]
        let plain = Fixtures.replay(library, reviews).cards[0]
        let busy = Fixtures.replay(library, [reviews[0]] + extras.prefix(2) + [reviews[1]] + extras.suffix(3)).cards[0]
        #expect(busy.schedule == plain.schedule)
        #expect(busy.drills == 2)
        #expect(busy.crams == 3)
        #expect(plain.drills == 0 && plain.crams == 0)
    }

    @Test func cramsAndDrillsAloneLeaveACardNew() {
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let replay = Fixtures.replay(library, [
            Fixtures.event(.cram, "A/formula", 1, at: Fixtures.noon(Fixtures.today - 3)),
            Fixtures.event(.drill, "A/formula", 4, at: Fixtures.noon(Fixtures.today - 2)),
        ])
        #expect(replay.cards[0].isNew)
        #expect(replay.cards[0].schedule == .new)
    }

    @Test func orphansAreCountedAndListedNotDropped() {
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let replay = Fixtures.replay(library, [
            Fixtures.event(.review, "GONE-2/formula", 4, at: Fixtures.noon(Fixtures.today - 3)),
            Fixtures.event(.review, "A/formula", 4, at: Fixtures.noon(Fixtures.today - 3)),
            Fixtures.event(.drill, "GONE-1/why", 4, at: Fixtures.noon(Fixtures.today - 2)),
            Fixtures.event(.cram, "GONE-2/formula", 1, at: Fixtures.noon(Fixtures.today)),
        ])
        #expect(replay.orphanEventCount == 3)
        #expect(replay.orphanCardIDs == ["GONE-1/why", "GONE-2/formula"])
        #expect(replay.cards[0].schedule.reviews == 1)
        // Today's orphan answer is still listed among today's answers, without a position.
        #expect(replay.todaysAnswers.count == 1)
        #expect(replay.todaysAnswers[0].position == nil)
    }

    @Test func todaysAnswersAreListedInFileOrderWithWhetherTheyIntroducedACard() {
        let library = Fixtures.library([Fixtures.card("A/formula"), Fixtures.card("B/formula")])
        let replay = Fixtures.replay(library, [
            Fixtures.event(.review, "A/formula", 4, at: Fixtures.noon(Fixtures.today - 1)),
            Fixtures.event(.review, "A/formula", 2, at: Fixtures.noon(Fixtures.today)),
            Fixtures.event(.review, "B/formula", 5, at: Fixtures.noon(Fixtures.today, plusMinutes: 1)),
            Fixtures.event(.drill, "A/formula", 4, at: Fixtures.noon(Fixtures.today, plusMinutes: 2)),
        ])
        #expect(replay.todaysAnswers.map(\.event.cardID) == ["A/formula", "B/formula", "A/formula"])
        #expect(replay.todaysAnswers.map(\.introducedCard) == [false, true, false])
        #expect(replay.todaysAnswers.map(\.position) == [0, 1, 0])
        #expect(replay.history(of: CardID("B/formula"), in: library)?.firstReviewDay == Fixtures.today)
        #expect(replay.history(of: CardID("nope"), in: library) == nil)
    }

    @Test func cardRowsReportTheReplayedState() {
        let library = Fixtures.library([
            Fixtures.card("A/formula", phase: "Math"), Fixtures.card("B/why", phase: "Phase 1"),
        ])
        let replay = Fixtures.replay(library, [
            Fixtures.event(.review, "A/formula", 5, at: Fixtures.noon(Fixtures.today - 7)),
            Fixtures.event(.review, "A/formula", 3, at: Fixtures.noon(Fixtures.today - 6)),
            Fixtures.event(.drill, "A/formula", 4, at: Fixtures.noon(Fixtures.today - 6, plusMinutes: 3)),
        ])
        let rows = CardRow.rows(library: library, replay: replay)
        #expect(rows.map(\.id.rawValue) == ["A/formula", "B/why"])
        let a = rows[0]
        #expect(!a.isNew && a.repetitions == 2 && a.interval == 6 && a.reviews == 2 && a.drills == 1)
        #expect(a.easiness.description == "2.46")
        #expect(a.dueDay == Fixtures.today && a.lastReviewedDay == Fixtures.today - 6 && a.lapses == 0)
        #expect(a.deck == "Tracker" && a.phase == "Math")
        let b = rows[1]
        #expect(b.isNew && b.dueDay == nil && b.lastReviewedDay == nil && b.easiness.description == "2.50")
        #expect(CardRow.rows(library: library, replay: replay, phase: "Phase 1").map(\.id.rawValue) == ["B/why"])
    }
}
