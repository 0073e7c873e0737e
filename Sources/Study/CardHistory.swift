import SM2

/// What the log says about one card: its SM-2 schedule and how often it was drilled and crammed.
public struct CardHistory: Hashable, Sendable {
    /// The fold of the card's `review` events.
    public var schedule: CardSchedule
    /// How many `drill` answers the card got.
    public var drills: Int
    /// How many `cram` answers the card got.
    public var crams: Int
    /// The day of the card's first review (when it was introduced), nil for a new card.
    public var firstReviewDay: Int?

    /// A card the log never mentions.
    public static let untouched = CardHistory(schedule: .new, drills: 0, crams: 0, firstReviewDay: nil)

    /// A history with these figures.
    public init(schedule: CardSchedule, drills: Int, crams: Int, firstReviewDay: Int?) {
        self.schedule = schedule
        self.drills = drills
        self.crams = crams
        self.firstReviewDay = firstReviewDay
    }

    /// Whether the card has never been reviewed (drills and crams do not count).
    public var isNew: Bool { schedule.isNew }

    /// The day of the latest review, nil for a new card.
    public var lastReviewDay: Int? { schedule.lastReviewDay }
}
