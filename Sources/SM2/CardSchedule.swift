/// Where one card stands in SM-2, with the counters that the rest of Recall reports.
/// Days are plain day numbers; the caller decides what a day is.
public struct CardSchedule: Hashable, Sendable {
    // Stored in 32 bits (a day, a count or an interval never needs more): a replay keeps one
    // schedule per card, twice, and 100 000 cards' schedules are 3 MB instead of 8.
    private var storedRepetitions: Int32
    private var storedEasiness: Int32
    private var storedInterval: Int32
    private var storedDueDay: Int32
    private var storedLastReviewDay: Int32
    private var storedReviews: Int32
    private var storedLapses: Int32

    /// The repetition number n: passes in a row, where a failed review restarts the run at 1.
    public var repetitions: Int {
        get { Int(storedRepetitions) }
        set { storedRepetitions = Int32(clamping: newValue) }
    }
    /// The easiness factor EF.
    public var easiness: Easiness {
        get { Easiness(hundredths: Int(storedEasiness)) }
        set { storedEasiness = Int32(clamping: newValue.hundredths) }
    }
    /// The interval I in days, 0 for a new card.
    public var interval: Int {
        get { Int(storedInterval) }
        set { storedInterval = Int32(clamping: newValue) }
    }
    /// The day the card is next due, nil for a card never reviewed.
    public var dueDay: Int? {
        get { Self.day(storedDueDay) }
        set { storedDueDay = Self.stored(newValue) }
    }
    /// The day of the latest review, nil for a card never reviewed.
    public var lastReviewDay: Int? {
        get { Self.day(storedLastReviewDay) }
        set { storedLastReviewDay = Self.stored(newValue) }
    }
    /// How many reviews changed this schedule.
    public var reviews: Int {
        get { Int(storedReviews) }
        set { storedReviews = Int32(clamping: newValue) }
    }
    /// Failed reviews of a card that had passed before.
    public var lapses: Int {
        get { Int(storedLapses) }
        set { storedLapses = Int32(clamping: newValue) }
    }
    /// Whether any review so far was a pass.
    public var hasPassed: Bool

    /// A schedule with these figures.
    public init(
        repetitions: Int, easiness: Easiness, interval: Int, dueDay: Int?, lastReviewDay: Int?, reviews: Int,
        lapses: Int, hasPassed: Bool
    ) {
        storedRepetitions = Int32(clamping: repetitions)
        storedEasiness = Int32(clamping: easiness.hundredths)
        storedInterval = Int32(clamping: interval)
        storedDueDay = Self.stored(dueDay)
        storedLastReviewDay = Self.stored(lastReviewDay)
        storedReviews = Int32(clamping: reviews)
        storedLapses = Int32(clamping: lapses)
        self.hasPassed = hasPassed
    }

    /// A day, or none, in 32 bits: `Int32.min` stands for none, and a day beyond 32 bits is held
    /// at the edge (no day a log can hold comes near it). For state kept per card.
    public static func stored(_ day: Int?) -> Int32 {
        day.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? Int32.min
    }

    /// The day (or none) that `stored(_:)` gave `stored` for.
    public static func day(_ stored: Int32) -> Int? { stored == Int32.min ? nil : Int(stored) }

    /// The longest interval Recall schedules, 36 500 days.
    public static let maximumInterval = 36_500

    /// A card never reviewed: n = 0, EF = 2.50, I = 0.
    public static let new = CardSchedule(
        repetitions: 0, easiness: .initial, interval: 0, dueDay: nil,
        lastReviewDay: nil, reviews: 0, lapses: 0, hasPassed: false
    )

    /// Whether the card has never been reviewed.
    public var isNew: Bool { reviews == 0 }

    /// Whether the card is due on `day` (a new card is not "due", it is new).
    public func isDue(on day: Int) -> Bool {
        guard let dueDay else { return false }
        return dueDay <= day
    }

    /// The schedule after a review graded `grade` on `day`.
    ///
    /// On a pass: n ← n + 1; I ← 1 if n = 1, 6 if n = 2, else ⌈I × EF⌉ with the EF from before
    /// this grade; then EF is adjusted. On a fail: n ← 1, I ← 1, EF unchanged. Lateness is
    /// ignored: the interval grows from the scheduled interval. I never exceeds 36 500 days.
    public func reviewed(_ grade: Grade, on day: Int) -> CardSchedule {
        var next = self
        next.reviews += 1
        next.lastReviewDay = day
        if grade.isPass {
            next.repetitions += 1
            switch next.repetitions {
            case 1: next.interval = 1
            case 2: next.interval = 6
            default: next.interval = (interval * easiness.hundredths + 99) / 100
            }
            next.easiness = easiness.adjusted(by: grade)
            next.hasPassed = true
        } else {
            if hasPassed { next.lapses += 1 }
            next.repetitions = 1
            next.interval = 1
        }
        next.interval = min(max(next.interval, 1), CardSchedule.maximumInterval)
        next.dueDay = day + next.interval
        return next
    }

    /// What each grade would do if given on `day`, for grades 0 to 5 in order,
    /// as Anki shows under its answer buttons.
    public func preview(on day: Int) -> [GradeOutcome] {
        Grade.all.map { GradeOutcome(grade: $0, schedule: reviewed($0, on: day)) }
    }
}

/// One grade and the schedule it would lead to.
public struct GradeOutcome: Hashable, Sendable {
    /// The grade considered.
    public let grade: Grade
    /// The card's schedule after that grade.
    public let schedule: CardSchedule
}
