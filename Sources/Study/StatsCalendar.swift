/// Answers per study day over the last 26 weeks, laid out as a heatmap: weeks as columns
/// (Monday first), the last column the week of today.
public struct StatsCalendar: Hashable, Sendable {
    /// How many weeks the calendar covers.
    public static let weeks = 26

    /// The Monday of the first week.
    public let firstDay: Int
    /// Today; days after it in the last week are in the future.
    public let today: Int
    /// Answers (reviews, drills and crams) on each day from `firstDay` through `today`.
    public let counts: [Int]
    /// The non-zero counts, ascending, for the quantile levels.
    private let sortedActiveCounts: [Int]

    /// A calendar ending in the week of `today`, with `counts` for `firstDay...today`.
    public init(today: Int, counts: [Int]) {
        self.today = today
        self.firstDay = Self.firstDay(today: today)
        let length = today - firstDay + 1
        var fitted = Array(counts.prefix(length))
        if fitted.count < length { fitted += Array(repeating: 0, count: length - fitted.count) }
        self.counts = fitted
        self.sortedActiveCounts = fitted.filter { $0 > 0 }.sorted()
    }

    /// The Monday 25 weeks before the Monday of `today`'s week.
    public static func firstDay(today: Int) -> Int {
        today - weekday(today) - (weeks - 1) * 7
    }

    /// The weekday of `day`, 0 for Monday through 6 for Sunday (1970-01-01 was a Thursday).
    public static func weekday(_ day: Int) -> Int {
        ((day % 7) + 7 + 3) % 7
    }

    /// The answers on `day`, 0 outside the calendar.
    public func count(on day: Int) -> Int {
        let index = day - firstDay
        return index >= 0 && index < counts.count ? counts[index] : 0
    }

    /// Days with at least one answer.
    public var activeDays: Int { sortedActiveCounts.count }

    /// Answers over the whole calendar.
    public var totalAnswers: Int { counts.reduce(0, +) }

    /// The heat level of `count`: 0 for none, else 1–4 by quarters of the study days, so that
    /// a day with more answers than three quarters of the study days (or the only level there
    /// is) is 4: the number of study days with as many answers or fewer, times four, over the
    /// number of study days, rounded up.
    public func level(ofCount count: Int) -> Int {
        guard count > 0, !sortedActiveCounts.isEmpty else { return 0 }
        var low = 0
        var high = sortedActiveCounts.count
        while low < high {
            let middle = (low + high) / 2
            if sortedActiveCounts[middle] <= count { low = middle + 1 } else { high = middle }
        }
        let atOrBelow = low
        return max(1, (atOrBelow * 4 + sortedActiveCounts.count - 1) / sortedActiveCounts.count)
    }

    /// The heat level of `day` (see `level(ofCount:)`); 0 outside the calendar.
    public func level(on day: Int) -> Int { level(ofCount: count(on: day)) }
}
