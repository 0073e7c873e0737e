import Deck
import SM2

/// One card with its state, as `recall cards` prints it.
public struct CardRow: Hashable, Sendable {
    /// The card's ID.
    public let id: CardID
    /// The deck's name.
    public let deck: String
    /// The card's phase, nil when it sits under no `##` heading.
    public let phase: String?
    /// Whether the card was never reviewed.
    public let isNew: Bool
    /// SM-2's repetition number n.
    public let repetitions: Int
    /// SM-2's easiness factor; `description` prints it with two decimals.
    public let easiness: Easiness
    /// The current interval in days, 0 for a new card.
    public let interval: Int
    /// The day the card is next due, nil for a new card (`LocalDays.dateString(ofDay:)` prints it).
    public let dueDay: Int?
    /// Failed reviews of a card that had passed before.
    public let lapses: Int
    /// Reviews that changed the schedule.
    public let reviews: Int
    /// Same-day drills answered.
    public let drills: Int
    /// Cram answers given.
    public let crams: Int
    /// The day of the latest review, nil for a new card.
    public let lastReviewedDay: Int?
    /// Whether the card is suspended.
    public let suspended: Bool
    /// Whether the card has 8 lapses or more.
    public let leech: Bool
    /// Whether the card is buried on the day the row was made for (false without one).
    public let buried: Bool

    /// The row for `card` with the history the log gives it, as of `today` when given.
    public init(card: Card, history: CardHistory, today: Int? = nil) {
        let schedule = history.schedule
        id = card.id
        deck = card.deck
        phase = card.phase
        isNew = schedule.isNew
        repetitions = schedule.repetitions
        easiness = schedule.easiness
        interval = schedule.interval
        dueDay = schedule.dueDay
        lapses = schedule.lapses
        reviews = schedule.reviews
        drills = history.drills
        crams = history.crams
        lastReviewedDay = schedule.lastReviewDay
        suspended = history.isSuspended
        leech = history.isLeech
        buried = today.map { history.isBuried(on: $0) } ?? false
    }

    /// "suspended", "buried" and "leech" as they apply, joined by commas; empty for none.
    public var marks: String {
        [suspended ? "suspended" : nil, buried ? "buried" : nil, leech ? "leech" : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// Every card of `library` in deck order, or only those of `phase` (an exact name), or only
    /// those in `state` today.
    public static func rows(
        library: DeckLibrary, replay: Replay, phase: String? = nil, state: CardStateFilter? = nil
    ) -> [CardRow] {
        library.cards.indices.compactMap { position in
            let card = library.cards[position]
            if let phase, card.phase != phase { return nil }
            if let state, !state.matches(replay.cards[position], on: replay.today) { return nil }
            return CardRow(card: card, history: replay.cards[position], today: replay.today)
        }
    }
}
