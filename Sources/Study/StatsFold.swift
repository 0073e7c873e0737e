import Memory
import ReviewLog
import SM2

/// The part of `LogFold` that `recall stats` and the home screen need beyond the SM-2 state,
/// folded answer by answer with it (so a snapshot saves it too): the per-day table, each card's
/// FSRS-6 memory state, each card's own share of the figures, the latest reviews that count for
/// retention, and the calibration sums.
///
/// It follows `LogFold`'s card numbers and its schedules: a review counts as a first review, or
/// for young or mature retention, by the card's fold schedule before it. Every answer counts,
/// orphans included; what a card added is kept per card (`tallies`, and `recentReviews` for the
/// last 30 days), so the figures that leave orphans out subtract them exactly, whichever cards
/// the decks hold when the figures are asked for.
public struct StatsFold: Sendable {
    /// How many study days "the last 30 days" of retention span, today included.
    public static let retentionWindow = 30

    /// Every study day with answers.
    public private(set) var table = StatsDayTable()
    /// Each card's share of the figures, by card number; a card past the end has none.
    public private(set) var tallies: [StatsCardTally] = []
    /// Each card's FSRS-6 memory state, by card number; nil (or past the end) for a card never
    /// answered or forgotten since.
    public private(set) var memory: [MemoryState?] = []
    /// The reviews counted for retention on `recentReviewsFrom` or later, in log order.
    public private(set) var recentReviews: [StatsReviewMark] = []
    /// 29 days before the fold's `recentFrom`: the first day the last 30 days can start on.
    public let recentReviewsFrom: Int
    /// SM-2's calibration sums, over every card (see `Calibration`).
    public private(set) var sm2Calibration = CalibrationTally()
    /// FSRS-6's calibration sums, over every card.
    public private(set) var fsrsCalibration = CalibrationTally()
    /// The memory model.
    public let model = FSRS()
    /// Whether answers are folded in at all: a fold that does not track stays empty.
    public let isTracking: Bool

    /// Nothing folded, for a fold that keeps answers whole from `recentFrom` on; answers are
    /// folded in when `tracking`.
    public init(recentFrom: Int, tracking: Bool = true) {
        recentReviewsFrom = recentFrom - (Self.retentionWindow - 1)
        isTracking = tracking
    }

    /// A fold with these parts, as a snapshot saved them; nil when they do not fit together
    /// (`recentReviews` out of order or before `recentFrom`'s window).
    public init?(
        recentFrom: Int, table: StatsDayTable, tallies: [StatsCardTally], memory: [MemoryState?],
        recentReviews: [StatsReviewMark], sm2Calibration: CalibrationTally, fsrsCalibration: CalibrationTally
    ) {
        self.init(recentFrom: recentFrom)
        guard recentReviews.allSatisfy({ $0.day >= recentReviewsFrom }) else { return nil }
        self.table = table
        self.tallies = tallies
        self.memory = memory
        self.recentReviews = recentReviews
        self.sm2Calibration = sm2Calibration
        self.fsrsCalibration = fsrsCalibration
    }

    /// The same fold for a `LogFold` that keeps answers whole from `day` on (`day` not earlier).
    func keeping(from day: Int) -> StatsFold {
        var narrowed = StatsFold(recentFrom: day, tracking: isTracking)
        narrowed.table = table
        narrowed.tallies = tallies
        narrowed.memory = memory
        narrowed.recentReviews = recentReviews.filter { $0.day >= narrowed.recentReviewsFrom }
        narrowed.sm2Calibration = sm2Calibration
        narrowed.fsrsCalibration = fsrsCalibration
        return narrowed
    }

    /// Folds in one answer (or undo line, which counts as an answer of its day as `StudyStats`
    /// counts it) of the card numbered `number` on `day`, whose fold schedule before it is `before`.
    mutating func add(kind: EventKind, grade: Grade?, millis: Int?, number: Int, day: Int, before: CardSchedule) {
        guard isTracking else { return }
        let row = table.index(of: day)
        table.days[row].answers += 1
        table.days[row].millis += Int64(millis ?? 0)
        switch kind {
        case .review:
            table.days[row].reviews += 1
            guard let grade else { break }
            grow(to: number)
            if before.isNew {
                table.days[row].firstReviews += 1
                tallies[number].firstReviews += 1
            } else {
                let mature = before.interval >= StatsCardCounts.matureInterval
                let passed = grade.isPass
                switch (mature, passed) {
                case (false, true):
                    table.days[row].youngPassed += 1
                    tallies[number].youngPassed += 1
                case (false, false):
                    table.days[row].youngFailed += 1
                    tallies[number].youngFailed += 1
                case (true, true):
                    table.days[row].maturePassed += 1
                    tallies[number].maturePassed += 1
                case (true, false):
                    table.days[row].matureFailed += 1
                    tallies[number].matureFailed += 1
                }
                if day >= recentReviewsFrom {
                    recentReviews.append(StatsReviewMark(
                        cardNumber: Int32(truncatingIfNeeded: number), day: day, mature: mature, passed: passed))
                }
            }
        case .drill: table.days[row].drills += 1
        case .cram: table.days[row].crams += 1
        case .undo, .suspend, .unsuspend, .bury, .forget: break
        }
        guard kind == .review || kind == .drill || kind == .cram, let grade else { return }
        grow(to: number)
        let rating = Rating(grade: grade.value)
        if let state = memory[number] {
            // Scored as `Calibration` scores: the first answer of a day after an earlier one,
            // while the card has an SM-2 interval.
            if day - state.lastDay >= 1, before.interval >= 1 {
                let elapsed = Double(day - state.lastDay)
                let outcome = grade.value >= 3 ? 1 : 0
                sm2Calibration.add(p: MemoryMath.power(0.9, elapsed / Double(before.interval)), y: outcome)
                fsrsCalibration.add(p: model.retrievability(stability: state.stability, elapsedDays: elapsed), y: outcome)
                tallies[number].scored += 1
            }
            memory[number] = model.nextState(state, rating, on: day)
        } else {
            memory[number] = model.firstState(rating, on: day)
        }
    }

    /// Folds in a `forget` of the card numbered `number`: its memory state starts again.
    mutating func forget(number: Int) {
        if isTracking, number < memory.count { memory[number] = nil }
    }

    /// Makes room for `count` cards' states and shares, so that they are not copied as they grow.
    mutating func reserveCapacity(_ count: Int) {
        guard isTracking else { return }
        tallies.reserveCapacity(count)
        memory.reserveCapacity(count)
    }

    private mutating func grow(to number: Int) {
        if number >= tallies.count {
            tallies.append(contentsOf: repeatElement(StatsCardTally(), count: number + 1 - tallies.count))
        }
        if number >= memory.count {
            memory.append(contentsOf: repeatElement(nil, count: number + 1 - memory.count))
        }
    }

    /// The memory state of the card numbered `number`, nil for one never answered.
    public func memoryState(ofNumber number: Int) -> MemoryState? {
        number < memory.count ? memory[number] : nil
    }

    /// The share of the figures of the card numbered `number`.
    public func tally(ofNumber number: Int) -> StatsCardTally {
        number < tallies.count ? tallies[number] : StatsCardTally()
    }
}

/// One card's share of the stats figures: what to take out when the card is an orphan.
public struct StatsCardTally: Hashable, Sendable {
    /// Its first reviews.
    public var firstReviews: Int32 = 0
    /// Its young reviews graded 3 or more.
    public var youngPassed: Int32 = 0
    /// Its young reviews graded under 3.
    public var youngFailed: Int32 = 0
    /// Its mature reviews graded 3 or more.
    public var maturePassed: Int32 = 0
    /// Its mature reviews graded under 3.
    public var matureFailed: Int32 = 0
    /// Its answers scored for calibration.
    public var scored: Int32 = 0

    /// None.
    public init() {}

    /// Whether every figure is zero.
    public var isZero: Bool { self == StatsCardTally() }
}

/// One review counted for retention, kept while it may fall in the last 30 days.
public struct StatsReviewMark: Hashable, Sendable {
    /// Its card's number in the fold.
    public var cardNumber: Int32
    /// Its study day.
    public var day: Int
    /// Whether the card was mature before it.
    public var mature: Bool
    /// Whether it was graded 3 or more.
    public var passed: Bool

    /// A mark with these facts.
    public init(cardNumber: Int32, day: Int, mature: Bool, passed: Bool) {
        self.cardNumber = cardNumber
        self.day = day
        self.mature = mature
        self.passed = passed
    }
}
