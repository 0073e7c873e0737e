import Deck
import ReviewLog
import SM2
import Study
import Testing

@Suite struct DailyQueueTests {
    let today = Fixtures.today

    /// A tracker deck with concepts in a deliberately mixed order, and a curriculum deck
    /// whose file name sorts after it.
    var smallLibrary: DeckLibrary {
        let tracker = Fixtures.concept("C1", week: 2, priority: .high)
            + Fixtures.concept("C2", week: 1, priority: .low)
            + Fixtures.concept("C3", week: 1, priority: .high)
            + Fixtures.concept("C4", week: 1, priority: .medium)
            + Fixtures.concept("C5", week: 1, priority: nil)
            + Fixtures.concept("C6", week: nil, priority: .high)
            + Fixtures.concept("C7", week: 1, priority: .high)
        let curriculum = ["concepts", "why", "skills"].map {
            Fixtures.card("TOPIC-01/\($0)", note: "TOPIC-01", deck: "Curriculum", phase: "Phase 1")
        }
        // Given out of order: the library sorts decks by file name.
        return Fixtures.library([(file: "b-curriculum.md", cards: curriculum), (file: "a-tracker.md", cards: tracker)])
    }

    func ids(_ queue: DailyQueue) -> [String] { queue.items.map(\.cardID.rawValue) }

    @Test func anEmptyLogIntroducesOneCardPerConceptWeekOneHighFirst() {
        let library = smallLibrary
        let queue = DailyQueue(library: library, replay: Fixtures.replay(library, []))
        #expect(ids(queue) == [
            "C3/formula", "C7/formula", // week 1 High, in deck order
            "C4/formula", "C2/formula", "C5/formula", // week 1 Medium, Low, no priority
            "C1/formula", // week 2
            "C6/formula", "TOPIC-01/concepts", // no week: deck order, tracker before curriculum
        ])
        #expect(queue.items.allSatisfy { $0.reason == .new && $0.dueDay == nil })
        #expect(queue.newCount == 8 && queue.dueCount == 0 && queue.drillCount == 0)
        #expect(queue.newTotal == 17)
    }

    @Test func theNewLimitTakesTheFirstInOrder() {
        let library = smallLibrary
        let queue = DailyQueue(library: library, replay: Fixtures.replay(library, []), limits: DailyLimits(newPerDay: 3))
        #expect(ids(queue) == ["C3/formula", "C7/formula", "C4/formula"])
    }

    @Test func twentyNewCardsAreTwentyDifferentConcepts() {
        // 30 concepts of two cards each, weeks 1–3 and priorities cycling Low, Medium, High.
        let priorities: [Priority] = [.low, .medium, .high]
        let cards = (0..<30).flatMap { index in
            Fixtures.concept("ML-\(100 + index)", week: 3 - index % 3, priority: priorities[(index / 3) % 3])
        }
        let library = Fixtures.library(cards)
        let queue = DailyQueue(library: library, replay: Fixtures.replay(library, []))
        #expect(queue.items.count == 20)
        let notes = queue.items.map { library.cards[$0.position].noteID }
        #expect(Set(notes).count == 20)
        // Week 1 is every third concept from ML-102; High are indexes 6–8, 15–17, 24–26.
        #expect(notes.prefix(3) == ["ML-108", "ML-117", "ML-126"])
        let weeks = queue.items.compactMap { library.cards[$0.position].week }
        #expect(weeks == weeks.sorted())
    }

    @Test func dueCardsComeMostOverdueFirstThenInDeckOrder() {
        let cards = ["A", "B", "C", "D", "E"].map { Fixtures.card("\($0)/formula") }
        let library = Fixtures.library(cards)
        // Each card seen once with grade 4 gets I = 1: due the day after the review.
        let reviewDays = ["A": today - 2, "B": today - 6, "C": today - 1, "D": today - 6, "E": today]
        let events = reviewDays.sorted { $0.key < $1.key }.map {
            Fixtures.event(.review, "\($0.key)/formula", 4, at: Fixtures.noon($0.value))
        }
        let queue = DailyQueue(library: library, replay: Fixtures.replay(library, events))
        #expect(ids(queue) == ["B/formula", "D/formula", "A/formula", "C/formula"])
        #expect(queue.items.map(\.dueDay) == [today - 5, today - 5, today - 1, today])
        #expect(queue.items.allSatisfy { $0.reason == .due })
    }

    @Test func reviewsAreLimitedAndCountWhatWasDoneToday() {
        let cards = (1...6).map { Fixtures.card("R\($0)/formula") }
        let library = Fixtures.library(cards)
        var events = (1...6).map { Fixtures.event(.review, "R\($0)/formula", 4, at: Fixtures.noon(today - 10 + $0)) }
        let limits = DailyLimits(newPerDay: 20, reviewsPerDay: 4)
        let before = DailyQueue(library: library, replay: Fixtures.replay(library, events), limits: limits)
        #expect(ids(before) == ["R1/formula", "R2/formula", "R3/formula", "R4/formula"])
        #expect(before.dueTotal == 6)
        // R1 reviewed today: one scheduled review done, so three more.
        events.append(Fixtures.event(.review, "R1/formula", 5, at: Fixtures.noon(today)))
        let after = DailyQueue(library: library, replay: Fixtures.replay(library, events), limits: limits)
        #expect(after.reviewsDoneToday == 1)
        #expect(ids(after) == ["R2/formula", "R3/formula", "R4/formula"])
    }

    @Test func newCardsIntroducedTodayCountAgainstTheNewLimit() {
        let library = Fixtures.library((1...5).map { Fixtures.card("N\($0)/formula") })
        let events = [
            Fixtures.event(.review, "N1/formula", 5, at: Fixtures.noon(today)),
            Fixtures.event(.review, "N2/formula", 4, at: Fixtures.noon(today, plusMinutes: 1)),
        ]
        let queue = DailyQueue(library: library, replay: Fixtures.replay(library, events), limits: DailyLimits(newPerDay: 3))
        #expect(queue.introducedToday == 2)
        #expect(ids(queue) == ["N3/formula"])
    }

    @Test func siblingsWaitForALaterDay() {
        // S1 and S2 are both due; their siblings are new. Only one card of each note today.
        let cards = Fixtures.concept("S1", week: 1, priority: .high)
            + Fixtures.concept("S2", week: 1, priority: .high)
            + Fixtures.concept("S3", week: 1, priority: .high)
        let library = Fixtures.library(cards)
        let events = [
            Fixtures.event(.review, "S1/interview", 4, at: Fixtures.noon(today - 3)),
            Fixtures.event(.review, "S1/formula", 4, at: Fixtures.noon(today - 2)),
            // S2/formula was reviewed today: S2's other card waits.
            Fixtures.event(.review, "S2/formula", 5, at: Fixtures.noon(today)),
        ]
        let queue = DailyQueue(library: library, replay: Fixtures.replay(library, events))
        #expect(ids(queue) == ["S1/interview", "S3/formula"])
        #expect(queue.dueTotal == 2)
    }

    @Test func newCardsAreSpreadAmongTheReviews() {
        let cards = (1...4).map { Fixtures.card("D\($0)/formula") } + (1...2).map { Fixtures.card("N\($0)/formula") }
        let library = Fixtures.library(cards)
        let events = (1...4).map { Fixtures.event(.review, "D\($0)/formula", 4, at: Fixtures.noon(today - 1)) }
        let queue = DailyQueue(library: library, replay: Fixtures.replay(library, events))
        #expect(ids(queue) == ["D1/formula", "D2/formula", "N1/formula", "D3/formula", "D4/formula", "N2/formula"])
        // One due card and five new ones (D2–D4 were never seen): the due card, then the rest.
        let few = DailyQueue(library: library, replay: Fixtures.replay(library, Array(events.prefix(1))))
        #expect(ids(few) == ["D1/formula", "D2/formula", "D3/formula", "D4/formula", "N1/formula", "N2/formula"])
        #expect(few.items.map(\.reason) == [.due, .new, .new, .new, .new, .new])
        // Three due, one new: the new card after all three (⌈3 ÷ 1⌉ = 3).
        let one = DailyQueue(
            library: library, replay: Fixtures.replay(library, Array(events.prefix(3))), limits: DailyLimits(newPerDay: 1))
        #expect(ids(one) == ["D1/formula", "D2/formula", "D3/formula", "D4/formula"])
        #expect(one.items.map(\.reason) == [.due, .due, .due, .new])
    }

    @Test func resumingTheSameDayShowsPendingDrillsFirstAndNotWhatWasAnswered() {
        let cards = ["A", "B", "C", "D", "E"].map { Fixtures.card("\($0)/formula") }
            + [Fixtures.card("B/interview", note: "B")]
        let library = Fixtures.library(cards)
        var events = ["A", "C", "D", "E"].map { Fixtures.event(.review, "\($0)/formula", 4, at: Fixtures.noon(today - 1)) }
        events += [
            Fixtures.event(.review, "A/formula", 5, at: Fixtures.noon(today, plusMinutes: 1)), // done
            Fixtures.event(.review, "C/formula", 2, at: Fixtures.noon(today, plusMinutes: 2)), // fails
            Fixtures.event(.review, "B/formula", 3, at: Fixtures.noon(today, plusMinutes: 3)), // new, hard
            Fixtures.event(.drill, "C/formula", 4, at: Fixtures.noon(today, plusMinutes: 4)), // drilled well
            Fixtures.event(.review, "D/formula", 1, at: Fixtures.noon(today, plusMinutes: 5)), // fails
            Fixtures.event(.drill, "D/formula", 5, at: Fixtures.noon(today, plusMinutes: 6)),
            Fixtures.event(.drill, "D/formula", 2, at: Fixtures.noon(today, plusMinutes: 7)), // latest is 2
            Fixtures.event(.cram, "E/formula", 0, at: Fixtures.noon(today, plusMinutes: 8)), // crams never drill
        ]
        let queue = DailyQueue(library: library, replay: Fixtures.replay(library, events))
        // B (latest 3) then D (latest 2), in the order of their latest answers; then E, still due.
        // B's sibling waits; A and C were answered today.
        #expect(ids(queue) == ["B/formula", "D/formula", "E/formula"])
        #expect(queue.items.map(\.reason) == [.drill, .drill, .due])
        #expect(queue.items[0].dueDay == today + 1)
        #expect(queue.drillCount == 2 && queue.reviewsDoneToday == 3 && queue.introducedToday == 1)
    }
}
