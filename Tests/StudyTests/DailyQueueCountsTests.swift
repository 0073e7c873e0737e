import Deck
import ReviewLog
import SM2
import Study
import Testing

/// Today's queue in numbers for part of the cards (a deck, a phase): the parts add up to the
/// whole, and each says which of its cards wait and why.
@Suite struct DailyQueueCountsTests {
    let today = Fixtures.today

    @Test func eachNoteSaysWhichOfItsCardsWaitForASibling() {
        let cards = Fixtures.concept("S1", week: 1, priority: .high)
            + Fixtures.concept("S2", week: 1, priority: .high)
            + Fixtures.concept("S3", week: 1, priority: .high)
        let library = Fixtures.library(cards)
        let events = [
            Fixtures.event(.review, "S1/interview", 4, at: Fixtures.noon(today - 3)),
            Fixtures.event(.review, "S1/formula", 4, at: Fixtures.noon(today - 2)),
            Fixtures.event(.review, "S2/formula", 5, at: Fixtures.noon(today)),
        ]
        let queue = DailyQueue(library: library, replay: Fixtures.replay(library, events))
        func counts(_ note: String) -> DailyQueueCounts {
            queue.counts { library.cards[$0].id.rawValue.hasPrefix(note + "/") }
        }
        // S1: one due card asked, its due sibling waits. S2: answered today, its new card
        // waits. S3: one new card asked, the other waits.
        #expect(counts("S1") == DailyQueueCounts(due: 1, waitingForSibling: 1))
        #expect(counts("S2") == DailyQueueCounts(waitingForSibling: 1))
        #expect(counts("S3") == DailyQueueCounts(new: 1, waitingForSibling: 1))
        #expect(queue.counts == DailyQueueCounts(due: 1, new: 1, waitingForSibling: 3))
        #expect(queue.counts.summary == "0 drills · 1 due · 1 new")
        #expect(queue.heldBackNote == "3 cards wait for their siblings until tomorrow (one card of a concept a day)")
    }

    @Test func theCardsOverTheReviewLimitAreTheLeastOverdue() {
        let library = Fixtures.library((1...3).map { Fixtures.card("D\($0)/formula") })
        // D1 is the most overdue: it is asked; D2 and D3 are over the limit of 1.
        let events = (1...3).map { Fixtures.event(.review, "D\($0)/formula", 4, at: Fixtures.noon(today - 5 + $0)) }
        let queue = DailyQueue(
            library: library, replay: Fixtures.replay(library, events), limits: DailyLimits(reviewsPerDay: 1))
        #expect(queue.counts { $0 == 0 } == DailyQueueCounts(due: 1, reviewsPerDay: 1))
        #expect(queue.counts { $0 != 0 } == DailyQueueCounts(overReviewLimit: 2, reviewsPerDay: 1))
        #expect(queue.counts.heldBackNote == "2 due cards over today's review limit (1)")
    }
}
