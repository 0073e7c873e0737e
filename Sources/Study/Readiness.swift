import Deck
import Memory

/// How ready the person is for the interview day (DESIGN §10): per card and per phase, whether
/// they would remember each card on that day if they stopped studying now.
///
/// A card is ready when its predicted recall on the interview day is at least the target; a card
/// never answered is not ready (its recall counts as 0 in a phase's mean); cards `excluded`
/// (suspended) are left out.
public struct Readiness: Hashable, Sendable {
    /// The interview's study day.
    public let interviewDay: Int
    /// The recall a card needs on that day to be ready.
    public let target: Double
    /// The study day the figures are for.
    public let today: Int
    /// Every card that counts, in deck order.
    public let cards: [CardReadiness]
    /// Each phase of each deck, in deck order.
    public let phases: [PhaseReadiness]

    /// Days from today to the interview (0 on the day, negative after it).
    public var daysLeft: Int { interviewDay - today }
    /// Cards ready.
    public var readyCount: Int { cards.reduce(0) { $0 + ($1.isReady ? 1 : 0) } }
    /// The share of cards ready, 0 with no cards.
    public var readyShare: Double { cards.isEmpty ? 0 : Double(readyCount) / Double(cards.count) }
    /// The cards not ready, weakest first: never answered first (deck order), then by recall
    /// on the day, lowest first, then deck order.
    public var notReady: [CardReadiness] {
        cards.filter { !$0.isReady }.sorted { left, right in
            let a = left.recall ?? -1
            let b = right.recall ?? -1
            return a != b ? a < b : left.position < right.position
        }
    }

    /// The readiness of `library`'s cards with memory states `memory`, for an interview on
    /// `interviewDay` and a target recall `target`, as of `today`. `excluded` holds positions
    /// to leave out (suspended cards).
    public init(
        library: DeckLibrary, memory: MemoryReplay, interviewDay: Int, target: Double, today: Int,
        excluded: Set<Int> = []
    ) {
        self.interviewDay = interviewDay
        self.target = target
        self.today = today
        var cards: [CardReadiness] = []
        var phases: [PhaseReadiness] = []
        var phaseIndex: [PhaseKey: Int] = [:]
        for position in library.cards.indices where !excluded.contains(position) {
            let card = library.cards[position]
            let recall = memory.recall(at: position, onDay: interviewDay)
            let ready = recall.map { $0 >= target } ?? false
            cards.append(CardReadiness(id: card.id, position: position, deck: card.deck, phase: card.phase, recall: recall, isReady: ready))
            let key = PhaseKey(deck: card.deck, phase: card.phase)
            let index: Int
            if let found = phaseIndex[key] {
                index = found
            } else {
                index = phases.count
                phaseIndex[key] = index
                phases.append(PhaseReadiness(deck: card.deck, phase: card.phase, cards: 0, ready: 0, recallSum: 0))
            }
            phases[index].cards += 1
            phases[index].ready += ready ? 1 : 0
            phases[index].recallSum += recall ?? 0
        }
        self.cards = cards
        self.phases = phases
    }

    private struct PhaseKey: Hashable {
        let deck: String
        let phase: String?
    }
}

/// One card's readiness for the interview day.
public struct CardReadiness: Hashable, Sendable {
    /// The card.
    public let id: CardID
    /// Its position in deck order.
    public let position: Int
    /// Its deck's name.
    public let deck: String
    /// Its phase, nil when it has none.
    public let phase: String?
    /// Predicted recall on the interview day, nil for a card never answered.
    public let recall: Double?
    /// Whether that recall reaches the target.
    public let isReady: Bool
}

/// One phase's readiness for the interview day.
public struct PhaseReadiness: Hashable, Sendable {
    /// The deck's name.
    public let deck: String
    /// The phase, nil for the cards under no phase heading.
    public let phase: String?
    /// Cards counted (suspended ones left out).
    public var cards: Int
    /// Of those, the ready ones.
    public var ready: Int
    /// Sum of predicted recall on the day, never-answered cards counting 0.
    var recallSum: Double

    /// The mean predicted recall on the day, 0 with no cards.
    public var meanRecall: Double { cards == 0 ? 0 : recallSum / Double(cards) }
    /// The share of cards ready, 0 with no cards.
    public var readyShare: Double { cards == 0 ? 0 : Double(ready) / Double(cards) }
}
