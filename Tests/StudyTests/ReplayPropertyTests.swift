import Deck
import ReviewLog
import SM2
import Study
import Testing

@Suite struct ReplayPropertyTests {
    /// Thousands of random logs for two cards: reviews on random days (early, on time or late)
    /// with random grades, and random drills and crams in between.
    @Test func randomLogsKeepSM2sInvariants() {
        let library = Fixtures.library([Fixtures.card("A/formula"), Fixtures.card("B/formula")])
        let ids = ["A/formula", "B/formula"]
        var generator = SplitMix64(seed: 2026)
        var reviewsChecked = 0
        for _ in 0..<3000 {
            var withExtras: [LogEvent] = []
            var reviewsOnly: [LogEvent] = []
            var previous = [CardSchedule.new, .new]
            var day = 19_000
            for _ in 0..<(1 + generator.next(below: 12)) {
                let card = generator.next(below: 2)
                day += generator.next(below: 2 * max(previous[card].interval, 1) + 1)
                let grade = generator.next(below: 6)
                let review = Fixtures.event(.review, ids[card], grade, at: Fixtures.noon(day))
                withExtras.append(review)
                reviewsOnly.append(review)
                for _ in 0..<generator.next(below: 3) {
                    let kind: EventKind = generator.next(below: 2) == 0 ? .drill : .cram
                    withExtras.append(Fixtures.event(
                        kind, ids[generator.next(below: 2)], generator.next(below: 6),
                        at: Fixtures.noon(day + generator.next(below: 3), plusMinutes: 1)))
                }

                let replay = Fixtures.replay(library, withExtras, today: day)
                let plain = Fixtures.replay(library, reviewsOnly, today: day)
                let after = replay.cards[card].schedule
                let before = previous[card]
                #expect(after.easiness >= Easiness.minimum)
                #expect(after.interval >= 1 && after.interval <= CardSchedule.maximumInterval)
                #expect(after.dueDay == day + after.interval)
                if grade < 3 {
                    #expect(after.interval == 1 && after.repetitions == 1)
                    #expect(after.easiness == before.easiness)
                } else {
                    #expect(after.repetitions == before.repetitions + 1)
                    #expect(after.interval >= before.interval)
                }
                // Drills and crams are counted but the schedules are the reviews' alone.
                #expect(replay.cards.map(\.schedule) == plain.cards.map(\.schedule))
                previous = replay.cards.map(\.schedule)
                reviewsChecked += 1
            }
        }
        #expect(reviewsChecked > 10_000)
    }
}
