/// One study day's answers, the row of `StatsDayTable`: everything `recall stats` and the home
/// screen report about the answers (calendar, retention, counts, streak, time) adds up from it.
///
/// Counts are of every answer of the day, orphans included; `StatsFold` keeps, per card, what an
/// orphan added, so that it can be taken out again for the figures that leave orphans out.
public struct StatsDay: Hashable, Sendable {
    /// The study day.
    public var day: Int
    /// Answers of every kind (what the calendar and the streak count).
    public var answers = 0
    /// `review` answers.
    public var reviews = 0
    /// Reviews of a new card (introducing it).
    public var firstReviews = 0
    /// `drill` answers.
    public var drills = 0
    /// `cram` answers.
    public var crams = 0
    /// Reviews of a young card (interval before it under 21 days) graded 3 or more.
    public var youngPassed = 0
    /// Reviews of a young card graded under 3.
    public var youngFailed = 0
    /// Reviews of a mature card (interval before it 21 days or more) graded 3 or more.
    public var maturePassed = 0
    /// Reviews of a mature card graded under 3.
    public var matureFailed = 0
    /// Milliseconds spent answering.
    public var millis: Int64 = 0

    /// A day with no answers yet.
    public init(day: Int) { self.day = day }
}

/// The study days with answers, ascending, each once; found by day in constant time while the
/// log goes forward in time (the common case), by binary search otherwise.
public struct StatsDayTable: Hashable, Sendable {
    /// The days, ascending.
    public internal(set) var days: [StatsDay]
    private var lastIndex = 0

    /// A table of these days; nil unless they are ascending with no repeats.
    public init?(days: [StatsDay]) {
        guard zip(days, days.dropFirst()).allSatisfy({ $0.day < $1.day }) else { return nil }
        self.days = days
    }

    /// No days.
    public init() { days = [] }

    /// The index of `day`'s row, added (empty) when missing.
    public mutating func index(of day: Int) -> Int {
        if lastIndex < days.count, days[lastIndex].day == day { return lastIndex }
        if days.last.map({ $0.day < day }) ?? true {
            days.append(StatsDay(day: day))
            lastIndex = days.count - 1
            return lastIndex
        }
        var low = 0
        var high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle].day < day { low = middle + 1 } else { high = middle }
        }
        if low == days.count || days[low].day != day { days.insert(StatsDay(day: day), at: low) }
        lastIndex = low
        return low
    }

    /// Changes `day`'s row with `change`.
    public mutating func update(_ day: Int, _ change: (inout StatsDay) -> Void) {
        let at = index(of: day)
        change(&days[at])
    }

    /// The rows of days in `range`.
    public func rows(in range: ClosedRange<Int>) -> ArraySlice<StatsDay> {
        func firstIndex(from day: Int) -> Int {
            var low = 0
            var high = days.count
            while low < high {
                let middle = (low + high) / 2
                if days[middle].day < day { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let start = firstIndex(from: range.lowerBound)
        let end = range.upperBound == Int.max ? days.count : firstIndex(from: range.upperBound + 1)
        return days[start..<max(start, end)]
    }

    /// Every row added up (its `day` is meaningless).
    public var total: StatsDay { Self.sum(days[...]) }

    /// `rows` added up (the sum's `day` is meaningless).
    public static func sum(_ rows: ArraySlice<StatsDay>) -> StatsDay {
        var sum = StatsDay(day: 0)
        for row in rows {
            sum.answers += row.answers
            sum.reviews += row.reviews
            sum.firstReviews += row.firstReviews
            sum.drills += row.drills
            sum.crams += row.crams
            sum.youngPassed += row.youngPassed
            sum.youngFailed += row.youngFailed
            sum.maturePassed += row.maturePassed
            sum.matureFailed += row.matureFailed
            sum.millis += row.millis
        }
        return sum
    }

    /// Tables are equal when their rows are (where the last look-up was does not count).
    public static func == (left: StatsDayTable, right: StatsDayTable) -> Bool { left.days == right.days }

    /// Hashes the rows, as `==` compares them.
    public func hash(into hasher: inout Hasher) { hasher.combine(days) }
}
