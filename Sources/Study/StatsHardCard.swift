import Deck
import SM2

/// A card among the hardest: its ID, what it asks, and the figures that put it there.
public struct StatsHardCard: Hashable, Sendable {
    /// The number of lapses from which a card is a leech, worth rewriting.
    public static let leechLapses = 8

    /// The card's ID.
    public let id: CardID
    /// The card's front.
    public let front: String
    /// Its easiness factor.
    public let easiness: Easiness
    /// Failed reviews after it had passed.
    public let lapses: Int
    /// Reviews that changed its schedule.
    public let reviews: Int

    /// A hard card with these figures.
    public init(id: CardID, front: String, easiness: Easiness, lapses: Int, reviews: Int) {
        self.id = id
        self.front = front
        self.easiness = easiness
        self.lapses = lapses
        self.reviews = reviews
    }

    /// Whether the card has lapsed 8 times or more.
    public var isLeech: Bool { lapses >= Self.leechLapses }
}

/// The streak and the days studied.
///
/// A study day counts when it has at least one answer of any kind (review, drill or cram),
/// by study days (the day starts at the day-start hour, so 01:30 counts for the day before).
/// The current streak ends today, or yesterday when nothing has been answered yet today,
/// so that the morning does not show a broken streak before the day's review.
public struct StatsStreak: Hashable, Sendable {
    /// Days in a row with answers, ending today (or yesterday if nothing yet today).
    public var current = 0
    /// The longest run of days in a row with answers, ever.
    public var longest = 0
    /// Whether anything was answered today.
    public var studiedToday = false
    /// Days with answers, ever.
    public var studyDays = 0

    /// No streak.
    public init() {}

    /// The streak figures of `days`, the study days with answers (ascending, no repeats).
    public init(sortedDays days: [Int], today: Int) {
        studyDays = days.count
        var run = 0
        var previous: Int?
        for day in days {
            run = previous.map { day == $0 + 1 } == true ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        studiedToday = Self.contains(days, today)
        var day = studiedToday ? today : today - 1
        while Self.contains(days, day) {
            current += 1
            day -= 1
        }
    }

    private static func contains(_ days: [Int], _ day: Int) -> Bool {
        var low = 0
        var high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low < days.count && days[low] == day
    }
}
