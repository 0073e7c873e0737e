import Deck

/// Why a card is in a queue.
public enum QueueReason: String, Hashable, Sendable, CaseIterable {
    /// A scheduled review: its due day has come.
    case due
    /// A card never reviewed, introduced today.
    case new
    /// A same-day repeat of a card graded below 4; never changes the schedule.
    case drill
    /// A card of the phase being crammed; never changes the schedule.
    case cram
}

/// One card in a queue, as `recall due` shows it.
public struct QueueItem: Hashable, Sendable {
    /// The card.
    public let cardID: CardID
    /// The card's position in the library's deck order.
    public let position: Int
    /// Why the card is asked.
    public let reason: QueueReason
    /// The card's due day; nil for a card never reviewed.
    public let dueDay: Int?

    /// An item for the card `cardID` at `position` in deck order.
    public init(cardID: CardID, position: Int, reason: QueueReason, dueDay: Int?) {
        self.cardID = cardID
        self.position = position
        self.reason = reason
        self.dueDay = dueDay
    }

    /// The same card asked again for another reason.
    public func with(reason: QueueReason, dueDay: Int?) -> QueueItem {
        QueueItem(cardID: cardID, position: position, reason: reason, dueDay: dueDay)
    }
}

/// How many cards a day's review may hold.
public struct DailyLimits: Hashable, Sendable {
    /// New cards introduced a day (first reviews), 20 by default.
    public var newPerDay: Int
    /// Scheduled reviews of cards seen before, 200 by default.
    public var reviewsPerDay: Int

    /// The defaults are 20 new cards and 200 reviews a day.
    public init(newPerDay: Int = 20, reviewsPerDay: Int = 200) {
        self.newPerDay = newPerDay
        self.reviewsPerDay = reviewsPerDay
    }
}
