import Deck
import ReviewLog
import SM2
import Study
import Testing

@Suite struct CramQueueTests {
    let today = Fixtures.today

    /// Phase 1 holds W1–W6; W7 sits in another phase.
    var library: DeckLibrary {
        Fixtures.library((1...6).map { Fixtures.card("W\($0)/why", phase: "Phase 1") } + [Fixtures.card("W7/why", phase: "Phase 2")])
    }

    /// W1 EF 2.50 (grade 4), W2 EF 2.36 (grade 3), W3 EF 2.36 with a lapse,
    /// W4 never seen, W5 EF 2.60 and due long ago, W6 never seen; W7 EF 1.30-ish in another phase.
    var events: [LogEvent] {
        let day = Fixtures.noon(today - 30)
        return [
            Fixtures.event(.review, "W1/why", 4, at: day),
            Fixtures.event(.review, "W2/why", 3, at: day),
            Fixtures.event(.review, "W3/why", 3, at: day),
            Fixtures.event(.review, "W3/why", 1, at: Fixtures.noon(today - 29)),
            Fixtures.event(.review, "W5/why", 5, at: day),
            Fixtures.event(.review, "W7/why", 3, at: day),
            Fixtures.event(.cram, "W4/why", 0, at: day),
        ]
    }

    func ids(_ queue: CramQueue) -> [String] { queue.items.map(\.cardID.rawValue) }

    @Test func weakestFirstThenCardsNeverSeenInDeckOrder() {
        let queue = CramQueue(library: library, replay: Fixtures.replay(library, events), phase: "Phase 1")
        #expect(ids(queue) == ["W3/why", "W2/why", "W1/why", "W5/why", "W4/why", "W6/why"])
        #expect(queue.items.allSatisfy { $0.reason == .cram })
        #expect(queue.items.map(\.dueDay) == [today - 28, today - 29, today - 29, today - 29, nil, nil])
    }

    @Test func deckOrderTakesEveryCardOfThePhase() {
        let queue = CramQueue(library: library, replay: Fixtures.replay(library, events), phase: "Phase 1", order: .deck)
        #expect(ids(queue) == ["W1/why", "W2/why", "W3/why", "W4/why", "W5/why", "W6/why"])
        #expect(CramQueue(library: library, replay: Fixtures.replay(library, []), phase: "Phase 9").items.isEmpty)
    }

    @Test func randomOrderIsReproducibleFromItsSeed() {
        let replay = Fixtures.replay(library, events)
        let first = ids(CramQueue(library: library, replay: replay, phase: "Phase 1", order: .random(seed: 42)))
        let again = ids(CramQueue(library: library, replay: replay, phase: "Phase 1", order: .random(seed: 42)))
        #expect(first == again)
        #expect(first.sorted() == ["W1/why", "W2/why", "W3/why", "W4/why", "W5/why", "W6/why"])
        // Some seed among a few gives another order (720 orders are possible).
        let others = (1...5).map { ids(CramQueue(library: library, replay: replay, phase: "Phase 1", order: .random(seed: $0))) }
        #expect(others.contains { $0 != first })
    }

    @Test func splitMixMatchesItsReferenceOutput() {
        // The published SplitMix64 sequence for seed 0.
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func shufflesAreUniformEnoughAndStayInBounds() {
        var generator = SplitMix64(seed: 7)
        var firstCounts = [Int](repeating: 0, count: 4)
        for _ in 0..<4000 {
            let shuffled = [0, 1, 2, 3].shuffledReproducibly(using: &generator)
            #expect(shuffled.sorted() == [0, 1, 2, 3])
            firstCounts[shuffled[0]] += 1
        }
        // Each element comes first about 1000 times.
        #expect(firstCounts.allSatisfy { (850...1150).contains($0) })
    }
}

/// A cram resumes: cards graded 4 or 5 in today's cram of the phase stay done.
@Suite struct CramResumeTests {
    let library = Fixtures.library([
        Fixtures.card("M-1", phase: "Math"), Fixtures.card("M-2", phase: "Math"), Fixtures.card("M-3", phase: "Math"),
    ])
    let today = Fixtures.today

    func ids(_ events: [LogEvent], restart: Bool = false) -> [String] {
        CramQueue(
            library: library, replay: Fixtures.replay(library, events), phase: "Math", order: .deck, restart: restart
        ).items.map(\.cardID.rawValue)
    }

    @Test func cardsGradedWellTodayStayDoneAndTheRestComeBack() {
        let events = [
            Fixtures.event(.cram, "M-1", 5, at: Fixtures.noon(today)),
            Fixtures.event(.cram, "M-2", 2, at: Fixtures.noon(today, plusMinutes: 1)),
            Fixtures.event(.cram, "M-3", 4, at: Fixtures.noon(today, plusMinutes: 2)),
            Fixtures.event(.cram, "M-3", 1, at: Fixtures.noon(today, plusMinutes: 3)),
        ]
        #expect(ids(events) == ["M-2", "M-3"])
        #expect(ids(events, restart: true) == ["M-1", "M-2", "M-3"])
    }

    @Test func yesterdaysCramAndTodaysReviewsDoNotCount() {
        let events = [
            Fixtures.event(.cram, "M-1", 5, at: Fixtures.noon(today - 1)),
            Fixtures.event(.review, "M-2", 5, at: Fixtures.noon(today)),
        ]
        #expect(ids(events) == ["M-1", "M-2", "M-3"])
    }
}
