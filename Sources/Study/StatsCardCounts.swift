/// How many cards are new, young and mature.
///
/// A card is new until its first `review`; young while its interval is under 21 days; mature
/// from 21 days on (Anki's line). Suspended cards are counted apart, in none of the three.
public struct StatsCardCounts: Hashable, Sendable {
    /// The interval, in days, from which a card counts as mature.
    public static let matureInterval = 21

    /// Cards never reviewed.
    public var new: Int
    /// Reviewed cards with an interval under 21 days.
    public var young: Int
    /// Reviewed cards with an interval of 21 days or more.
    public var mature: Int
    /// Suspended cards, whatever their state.
    public var suspended: Int = 0

    /// Counts as given; all zero by default.
    public init(new: Int = 0, young: Int = 0, mature: Int = 0, suspended: Int = 0) {
        self.suspended = suspended
        self.new = new
        self.young = young
        self.mature = mature
    }

    /// Every card counted, suspended ones included.
    public var total: Int { new + young + mature + suspended }

    /// Counts one more card with this schedule state; a suspended one counts only as suspended.
    public mutating func add(isNew: Bool, interval: Int, suspended isSuspended: Bool = false) {
        if isSuspended {
            suspended += 1
        } else if isNew {
            new += 1
        } else if interval >= Self.matureInterval {
            mature += 1
        } else {
            young += 1
        }
    }
}

/// The card counts of one phase of one deck.
public struct StatsPhaseCounts: Hashable, Sendable {
    /// The deck's name.
    public let deck: String
    /// The phase (`##` heading), nil for cards under none.
    public let phase: String?
    /// Its cards by state.
    public var counts: StatsCardCounts

    /// The counts of `phase` in `deck`.
    public init(deck: String, phase: String?, counts: StatsCardCounts) {
        self.deck = deck
        self.phase = phase
        self.counts = counts
    }
}
