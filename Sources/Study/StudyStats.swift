import Deck
import ReviewLog
import SM2

/// What the log says, as figures: cards by state, the due forecast, the review calendar,
/// retention, answer counts, the streak, time spent and the hardest cards.
///
/// Pure: computed from the library, the replay, the log's answers, the study days and today.
/// Every figure of an empty log is zero, empty or nil (a rate with nothing counted).
public struct StudyStats: Hashable, Sendable {
    /// How many days the forecast covers, today first.
    public static let forecastDays = 30
    /// How many cards each hardest-cards list holds at most.
    public static let hardestCount = 10

    /// The study day the figures are for.
    public var today: Int
    /// Every card by state.
    public var cards: StatsCardCounts
    /// Cards by state for each phase of each deck, in deck order.
    public var phases: [StatsPhaseCounts]
    /// Cards due on each of the next 30 days: `forecast[0]` is today, overdue cards included.
    public var forecast: [Int]
    /// Of `forecast[0]`, the cards that were due before today.
    public var overdue: Int
    /// Answers per day over the last 26 weeks.
    public var calendar: StatsCalendar
    /// Retention of young and mature cards, last 30 days and all time.
    public var retention: StatsRetention
    /// Answers by kind.
    public var answers: StatsAnswerCounts
    /// The streak and days studied.
    public var streak: StatsStreak
    /// Milliseconds spent answering, summed over every answer of every kind.
    public var answerMillis: Int64
    /// Reviewed cards with an EF below the starting 2.50, lowest first (then most lapses,
    /// then deck order), at most 10.
    public var lowestEasiness: [StatsHardCard]
    /// Cards that lapsed at least once, most lapses first (then lowest EF, then deck order),
    /// at most 10.
    public var mostLapses: [StatsHardCard]
    /// Cards with 8 lapses or more, most lapses first, at most 10.
    public var leeches: [StatsHardCard]
    /// How many cards have 8 lapses or more.
    public var leechCount: Int
    /// Today's queue in numbers, as home and `recall due` count it; nil when not computed.
    public var todayQueue: DailyQueueCounts? = nil
}
