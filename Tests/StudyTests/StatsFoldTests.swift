import Deck
import Memory
import ReviewLog
import SM2
import Study
import Testing

/// The per-day table and the stats fold: rows by day whatever the order of the log, each
/// answer in its day's row, orphans' shares kept apart, and the figures from the fold equal
/// to the walk over every answer.
@Suite struct StatsFoldTests {
    let today = Fixtures.today

    func review(_ id: String, _ grade: Int, day: Int, millis: Int = 1000) -> LogEvent {
        Fixtures.event(.review, id, grade, at: Fixtures.noon(day), millis: millis)
    }

    func fold(_ events: [LogEvent], actions: [LogAction] = [], recentFrom: Int) -> LogFold {
        var fold = LogFold(days: Fixtures.utcDays, recentFrom: recentFrom, tracksStats: true)
        fold.apply(answers: events, actions: actions)
        return fold
    }

    @Test func theTableKeepsDaysAscendingAndFindsThemInAnyOrder() {
        var table = StatsDayTable()
        for day in [10, 12, 12, 11, 3, 12, 20, 3] { table.update(day) { $0.answers += 1 } }
        #expect(table.days.map(\.day) == [3, 10, 11, 12, 20])
        #expect(table.days.map(\.answers) == [2, 1, 1, 3, 1])
        #expect(table.rows(in: 11...19).map(\.day) == [11, 12])
        #expect(table.rows(in: 13...19).isEmpty)
        #expect(table.rows(in: 0...2).isEmpty)
        #expect(table.rows(in: 20...Int.max).map(\.day) == [20])
        #expect(table.total.answers == 8)
        #expect(StatsDayTable(days: [StatsDay(day: 2), StatsDay(day: 1)]) == nil)
        #expect(StatsDayTable(days: [StatsDay(day: 1), StatsDay(day: 1)]) == nil)
        #expect(StatsDayTable(days: table.days) == table)
    }

    @Test func eachAnswerCountsInItsDaysRow() {
        let t = today
        let events = [
            review("A/formula", 5, day: t - 3, millis: 100),  // first review
            review("A/formula", 2, day: t - 2, millis: 200),  // young, failed
            Fixtures.event(.drill, "A/formula", 4, at: Fixtures.noon(t - 2, plusMinutes: 5), millis: 300),
            Fixtures.event(.cram, "B/formula", 5, at: Fixtures.noon(t - 1), millis: 400),
            review("A/formula", 4, day: t - 1, millis: 500),  // young (interval 1 after the lapse), passed
        ]
        let rows = fold(events, recentFrom: t).stats.table.days
        #expect(rows.map(\.day) == [t - 3, t - 2, t - 1])
        #expect(rows.map(\.answers) == [1, 2, 2])
        #expect(rows.map(\.reviews) == [1, 1, 1])
        #expect(rows.map(\.firstReviews) == [1, 0, 0])
        #expect(rows.map(\.drills) == [0, 1, 0])
        #expect(rows.map(\.crams) == [0, 0, 1])
        #expect(rows.map(\.youngFailed) == [0, 1, 0])
        #expect(rows.map(\.youngPassed) == [0, 0, 1])
        #expect(rows.map(\.millis) == [100, 500, 900])
    }

    @Test func orphansAreTakenOutOfRetentionAndFirstReviewsAgain() {
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let t = today
        var events: [LogEvent] = []
        for id in ["A/formula", "GONE/formula"] {
            for (offset, grade) in [(-80, 5), (-79, 5), (-73, 5), (-56, 5), (-10, 1), (-9, 4)] {
                events.append(review(id, grade, day: t + offset))
            }
        }
        events.sort { $0.time < $1.time }
        let folded = fold(events, recentFrom: t)
        let replay = Replay(library: library, fold: folded, today: t)
        let figures = StudyStats(library: library, replay: replay, fold: folded)
        let walked = StudyStats(
            library: library, replay: Fixtures.replay(library, events, today: t), answers: events, days: Fixtures.utcDays)
        #expect(figures == walked)
        #expect(figures.answers.reviews == 12)
        #expect(figures.answers.firstReviews == 1)
        #expect(figures.retention.matureLast30Days == StatsPassRate(passed: 0, total: 1))
        #expect(figures.retention.youngAllTime == StatsPassRate(passed: 4, total: 4))
        // The orphan had answers scored for calibration: the fold cannot take them out.
        #expect(Calibration(fold: folded, replay: replay) == nil)
    }

    @Test func theLastThirtyDaysMoveWithALaterToday() {
        let library = Fixtures.library([Fixtures.card("A/formula"), Fixtures.card("B/formula")])
        let t = today
        var events: [LogEvent] = []
        for day in stride(from: t - 60, to: t, by: 3) {
            events.append(review("A/formula", day % 2 == 0 ? 4 : 2, day: day))
            events.append(review("GONE/formula", 4, day: day))
        }
        // Folded as a snapshot made on `t` keeps it, then asked for later days.
        let folded = fold(events, recentFrom: t - 5).keepingWhole(from: t)
        for later in [t, t + 1, t + 7, t + 29, t + 40] {
            let replay = Replay(library: library, fold: folded, today: later)
            let walked = StudyStats(
                library: library, replay: Fixtures.replay(library, events, today: later), answers: events,
                days: Fixtures.utcDays)
            #expect(StudyStats(library: library, replay: replay, fold: folded) == walked, "today + \(later - t)")
        }
    }

    @Test func calibrationAndMemoryStatesAreTheWalksOwn() {
        let library = Fixtures.library([Fixtures.card("A/formula"), Fixtures.card("B/formula")])
        let t = today
        var events: [LogEvent] = []
        for day in stride(from: t - 90, to: t, by: 2) {
            events.append(review("A/formula", day % 3 == 0 ? 2 : 4, day: day))
            events.append(Fixtures.event(.drill, "B/formula", day % 5 == 0 ? 1 : 5, at: Fixtures.noon(day)))
        }
        let forget = LogAction(
            event: LogEvent(time: Fixtures.noon(t - 40), kind: .forget, cardID: "B/formula", grade: nil, answerMillis: nil),
            answersBefore: 50)
        let folded = fold(events, actions: [forget], recentFrom: t)
        let replay = Replay(library: library, fold: folded, today: t)
        let calibration = Calibration(library: library, events: events, days: Fixtures.utcDays)
        let fromFold = Calibration(fold: fold(events, recentFrom: t), replay: replay)
        #expect(fromFold?.scoredCount == calibration.scoredCount)
        #expect(fromFold?.sm2 == calibration.sm2)
        #expect(fromFold?.fsrs == calibration.fsrs)
        #expect(calibration.scoredCount > 20)
        var log = LogContents()
        log.answers = events
        log.actions = [forget]
        #expect(MemoryReplay(library: library, fold: folded).states == MemoryReplay(library: library, log: log, days: Fixtures.utcDays).states)
        #expect(folded.stats.memoryState(ofNumber: 1) != nil)
    }
}
