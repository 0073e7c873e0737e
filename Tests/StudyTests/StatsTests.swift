import Deck
import ReviewLog
import SM2
import Study
import Testing

/// The stats figures on small hand-built logs, each worked out by hand.
@Suite struct StatsTests {
    let today = Fixtures.today

    func stats(_ library: DeckLibrary, _ events: [LogEvent], today: Int? = nil) -> StudyStats {
        let day = today ?? self.today
        let replay = Fixtures.replay(library, events, today: day)
        return StudyStats(library: library, replay: replay, answers: events, days: Fixtures.utcDays)
    }

    func review(_ id: String, _ grade: Int, day: Int, millis: Int = 1000) -> LogEvent {
        Fixtures.event(.review, id, grade, at: Fixtures.noon(day), millis: millis)
    }

    @Test func retentionSplitsYoungAndMatureByTheIntervalBeforeEachReview() {
        let library = Fixtures.library([Fixtures.card("A/formula"), Fixtures.card("B/formula")])
        let t = today
        let events = [
            // A: 5 5 5 5 gives intervals 1 6 17 48; its first review is learning and not counted.
            review("A/formula", 5, day: t - 100),
            review("A/formula", 5, day: t - 99),  // young (I 1 before), pass
            review("A/formula", 5, day: t - 93),  // young (I 6), pass
            review("A/formula", 5, day: t - 76),  // young (I 17), pass; now I 48
            review("A/formula", 1, day: t - 28),  // mature (I 48), fail, inside the last 30 days
            review("A/formula", 4, day: t - 27),  // young (I 1 after the lapse), pass, recent
            // B: first review failed (learning), then a pass 39 days ago and a fail 10 days ago.
            review("B/formula", 2, day: t - 40),
            review("B/formula", 3, day: t - 39),  // young, pass, older than 30 days
            review("B/formula", 2, day: t - 10),  // young, fail, recent
            Fixtures.event(.drill, "B/formula", 5, at: Fixtures.noon(t - 10, plusMinutes: 1), millis: 2500),
            Fixtures.event(.cram, "B/formula", 5, at: Fixtures.noon(t - 5)),
            review("GONE/formula", 5, day: t - 5),  // an orphan: counted as an answer, not in retention
        ]
        let figures = stats(library, events)
        #expect(figures.retention.youngAllTime == StatsPassRate(passed: 5, total: 6))
        #expect(figures.retention.youngLast30Days == StatsPassRate(passed: 1, total: 2))
        #expect(figures.retention.matureAllTime == StatsPassRate(passed: 0, total: 1))
        #expect(figures.retention.matureLast30Days == StatsPassRate(passed: 0, total: 1))
        #expect(figures.retention.youngAllTime.percent == 83)
        #expect(figures.retention.youngLast30Days.percent == 50)
        #expect(figures.retention.matureAllTime.percent == 0)
        #expect(figures.answers.reviews == 10)
        #expect(figures.answers.firstReviews == 2)
        #expect(figures.answers.drills == 1)
        #expect(figures.answers.crams == 1)
        #expect(figures.answers.total == 12)
        #expect(figures.answerMillis == 11 * 1000 + 2500)
    }

    @Test func forecastCountsOverdueCardsOnTodayAndStopsAfter30Days() {
        let ids = ["C", "D", "E", "F", "G", "H", "L", "M"].map { "\($0)/formula" }
        let library = Fixtures.library(ids.map { Fixtures.card($0) })
        let t = today
        let events = [
            review("C/formula", 4, day: t - 3),  // due t-2: overdue, counted today
            review("D/formula", 4, day: t),  // due t+1
            review("E/formula", 4, day: t - 1), review("E/formula", 4, day: t),  // I 6: due t+6
            // F stays new: never in the forecast.
            review("G/formula", 5, day: t - 30), review("G/formula", 5, day: t - 29),
            review("G/formula", 5, day: t - 23), review("G/formula", 5, day: t - 6),  // I 48: due t+42
            review("H/formula", 4, day: t - 1),  // due today, not overdue
            // 3 3 3 3 gives 1 6 14 30: L is due t+29 (the last day shown), M t+30 (not shown).
            review("L/formula", 3, day: t - 22), review("L/formula", 3, day: t - 21),
            review("L/formula", 3, day: t - 15), review("L/formula", 3, day: t - 1),
            review("M/formula", 3, day: t - 21), review("M/formula", 3, day: t - 20),
            review("M/formula", 3, day: t - 14), review("M/formula", 3, day: t),
        ]
        let figures = stats(library, events)
        var expected = [Int](repeating: 0, count: 30)
        expected[0] = 2
        expected[1] = 1
        expected[6] = 1
        expected[29] = 1
        #expect(figures.forecast == expected)
        #expect(figures.overdue == 1)
        // G has I 48, L and M I 30: mature; the others young; F new.
        #expect(figures.cards == StatsCardCounts(new: 1, young: 4, mature: 3))
    }

    @Test func cardsAreMatureFromAnIntervalOf21Days() {
        var counts = StatsCardCounts()
        counts.add(isNew: false, interval: 20)
        counts.add(isNew: false, interval: 21)
        counts.add(isNew: true, interval: 0)
        #expect(counts == StatsCardCounts(new: 1, young: 1, mature: 1))
        #expect(counts.total == 3)
    }

    @Test func aReviewAt0130CountsForTheDayBeforeInTheStreak() {
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let t = today
        let events = [
            review("A/formula", 4, day: t - 3),
            review("A/formula", 4, day: t - 2),
            // 01:30 on today's calendar date is before the 04:00 day start: study day t-1.
            Fixtures.event(.drill, "A/formula", 4, at: Int64(t) * 86_400_000 + 90 * 60_000),
        ]
        let figures = stats(library, events)
        #expect(figures.streak.studiedToday == false)
        #expect(figures.streak.current == 3)
        #expect(figures.streak.longest == 3)
        #expect(figures.streak.studyDays == 3)
        #expect(figures.calendar.count(on: t - 1) == 1)
        #expect(figures.calendar.count(on: t) == 0)

        let withToday = stats(library, events + [Fixtures.event(.cram, "A/formula", 5, at: Fixtures.noon(t))])
        #expect(withToday.streak.studiedToday)
        #expect(withToday.streak.current == 4)
    }

    @Test func aGapEndsTheStreakButNotTheLongestRun() {
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let t = today
        let events = [
            review("A/formula", 4, day: t - 9), review("A/formula", 4, day: t - 8),
            review("A/formula", 4, day: t - 7), review("A/formula", 4, day: t - 6),  // four days in a row
            // t-5 missed
            review("A/formula", 4, day: t - 4), review("A/formula", 4, day: t - 3),
        ]
        let figures = stats(library, events)
        // Nothing on t-2 or t-1: the current streak is broken even though today is not over.
        #expect(figures.streak.current == 0)
        #expect(figures.streak.longest == 4)
        #expect(figures.streak.studyDays == 6)

        let resumed = stats(library, events + [review("A/formula", 4, day: t - 2), review("A/formula", 4, day: t - 1)])
        #expect(resumed.streak.current == 4)  // t-4 … t-1, ending yesterday
        #expect(resumed.streak.longest == 4)
    }

    @Test func eightLapsesMakeALeechAndSevenDoNot() {
        let library = Fixtures.library([
            Fixtures.card("X/formula"), Fixtures.card("Y/formula"), Fixtures.card("Z/formula"),
        ])
        let t = today
        var events: [LogEvent] = []
        var day = t - 60
        // X: a pass, then seven fail-and-pass rounds: 7 lapses. EF stays 2.50 (4s and fails keep it).
        events.append(review("X/formula", 4, day: day))
        for _ in 0..<7 {
            day += 1
            events.append(review("X/formula", 1, day: day))
            day += 1
            events.append(review("X/formula", 4, day: day))
        }
        // Y: eight fail-and-pass rounds after a first pass: 8 lapses.
        day = t - 60
        events.append(review("Y/formula", 4, day: day))
        for _ in 0..<8 {
            day += 1
            events.append(review("Y/formula", 0, day: day))
            day += 1
            events.append(review("Y/formula", 4, day: day))
        }
        // Z: two 3s: EF 2.36 then 2.22, no lapse.
        events += [review("Z/formula", 3, day: t - 2), review("Z/formula", 3, day: t - 1)]
        let figures = stats(library, events)
        #expect(figures.mostLapses.map(\.id.rawValue) == ["Y/formula", "X/formula"])
        #expect(figures.mostLapses.map(\.lapses) == [8, 7])
        #expect(figures.mostLapses.map(\.isLeech) == [true, false])
        #expect(figures.leeches.map(\.id.rawValue) == ["Y/formula"])
        #expect(figures.leechCount == 1)
        #expect(figures.lowestEasiness.map(\.id.rawValue) == ["Z/formula"])
        #expect(figures.lowestEasiness.first?.easiness == Easiness(hundredths: 222))
    }

    @Test func calendarStartsOnAMondayAndShadesDaysByQuarters() {
        let library = Fixtures.library([Fixtures.card("A/formula")])
        let t = today  // 2026-11-21, a Saturday
        #expect(StatsCalendar.weekday(t) == 5)
        let first = StatsCalendar.firstDay(today: t)
        #expect(LocalDays.dateString(ofDay: first) == "2026-05-25")
        #expect(StatsCalendar.weekday(first) == 0)
        var events: [LogEvent] = []
        for (offset, count) in [(1, 1), (2, 2), (3, 3), (4, 10)] {
            for minute in 0..<count {
                events.append(Fixtures.event(.cram, "A/formula", 5, at: Fixtures.noon(t - offset, plusMinutes: minute)))
            }
        }
        // Before the calendar: counted in the figures, not drawn.
        events.insert(Fixtures.event(.cram, "A/formula", 5, at: Fixtures.noon(first - 1)), at: 0)
        let calendar = stats(library, events).calendar
        #expect(calendar.counts.count == 26 * 7 - 1)  // Sunday after today is not there yet
        #expect(calendar.totalAnswers == 16)
        #expect(calendar.activeDays == 4)
        #expect([t - 1, t - 2, t - 3, t - 4, t].map(calendar.level(on:)) == [1, 2, 3, 4, 0])
        let flat = StatsCalendar(today: t, counts: Array(repeating: 5, count: 10))
        #expect(flat.level(ofCount: 5) == 4)
    }

    @Test func anEmptyLogGivesZerosEverywhere() {
        let library = Fixtures.library([Fixtures.card("A/formula"), Fixtures.card("B/formula")])
        let figures = stats(library, [])
        #expect(figures.cards == StatsCardCounts(new: 2, young: 0, mature: 0))
        #expect(figures.phases == [StatsPhaseCounts(deck: "Tracker", phase: "Math", counts: StatsCardCounts(new: 2))])
        #expect(figures.forecast == Array(repeating: 0, count: 30))
        #expect(figures.overdue == 0)
        #expect(figures.calendar.totalAnswers == 0)
        #expect(figures.calendar.level(on: today) == 0)
        #expect(figures.retention == StatsRetention())
        #expect(figures.retention.youngAllTime.rate == nil)
        #expect(figures.retention.matureLast30Days.percent == nil)
        #expect(figures.answers == StatsAnswerCounts())
        #expect(figures.streak == StatsStreak())
        #expect(figures.answerMillis == 0)
        #expect(figures.lowestEasiness.isEmpty && figures.mostLapses.isEmpty && figures.leeches.isEmpty)
        #expect(figures.leechCount == 0)

        let nothing = stats(Fixtures.library([Card]()), [])
        #expect(nothing.cards.total == 0)
        #expect(nothing.phases.isEmpty)
    }
}
