/// Passed out of asked: one retention figure.
public struct StatsPassRate: Hashable, Sendable {
    /// Reviews graded 3 or more.
    public var passed: Int
    /// Reviews counted.
    public var total: Int

    /// A rate of `passed` out of `total`; none by default.
    public init(passed: Int = 0, total: Int = 0) {
        self.passed = passed
        self.total = total
    }

    /// The share passed, 0…1; nil when nothing was counted (never a division by zero).
    public var rate: Double? { total > 0 ? Double(passed) / Double(total) : nil }

    /// The share as a whole percentage rounded to nearest (halves up); nil when nothing was counted.
    public var percent: Int? { total > 0 ? (passed * 200 + total) / (total * 2) : nil }

    /// Counts one more review.
    public mutating func add(passed didPass: Bool) {
        total += 1
        if didPass { passed += 1 }
    }
}

/// Retention: the share of scheduled reviews graded 3 or more.
///
/// Only `review` answers of cards that had been reviewed before count: a card's first review
/// is learning, not recall, and drills and crams never count. A review is young or mature by
/// the card's interval *before* it (under 21 days or not). "Last 30 days" is today and the
/// 29 study days before it.
public struct StatsRetention: Hashable, Sendable {
    /// Young cards over the last 30 days.
    public var youngLast30Days = StatsPassRate()
    /// Mature cards over the last 30 days.
    public var matureLast30Days = StatsPassRate()
    /// Young cards over the whole log.
    public var youngAllTime = StatsPassRate()
    /// Mature cards over the whole log.
    public var matureAllTime = StatsPassRate()

    /// No reviews counted.
    public init() {}
}

/// How many answers of each kind the log holds (after undos), orphans included.
public struct StatsAnswerCounts: Hashable, Sendable {
    /// `review` answers.
    public var reviews = 0
    /// Of those, the first review of a card (introducing it).
    public var firstReviews = 0
    /// `drill` answers.
    public var drills = 0
    /// `cram` answers.
    public var crams = 0

    /// Nothing answered.
    public init() {}

    /// Every answer.
    public var total: Int { reviews + drills + crams }
}
