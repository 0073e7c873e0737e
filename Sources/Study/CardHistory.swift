import ReviewLog
import SM2

/// What the log says about one card: its SM-2 schedule, how often it was drilled and crammed,
/// and the actions taken on it (suspended, buried, forgotten).
public struct CardHistory: Hashable, Sendable {
    /// The fold of the card's `review` events since its latest `forget`.
    public var schedule: CardSchedule
    /// How many `drill` answers the card got.
    public var drills: Int {
        get { Int(storedDrills) }
        set { storedDrills = Int32(clamping: newValue) }
    }
    /// How many `cram` answers the card got.
    public var crams: Int {
        get { Int(storedCrams) }
        set { storedCrams = Int32(clamping: newValue) }
    }
    /// The day of the card's first review (when it was introduced), nil for a new card.
    public var firstReviewDay: Int? {
        get { CardSchedule.day(storedFirstReviewDay) }
        set { storedFirstReviewDay = CardSchedule.stored(newValue) }
    }
    /// Whether a `suspend` stands (no `unsuspend` after it).
    public var suspendedByAction: Bool = false
    /// Whether the card became a leech while leeches are suspended (`LeechPolicy.suspend`) and
    /// was not unsuspended or forgotten since.
    public var suspendedAsLeech: Bool = false
    /// The study day of the latest `bury` not lifted by an `unsuspend`, nil when none.
    public var buriedDay: Int? {
        get { CardSchedule.day(storedBuriedDay) }
        set { storedBuriedDay = CardSchedule.stored(newValue) }
    }
    /// How many times the card was forgotten (started again as new).
    public var forgets: Int {
        get { Int(storedForgets) }
        set { storedForgets = Int32(clamping: newValue) }
    }

    // Stored in 32 bits, as `CardSchedule` is: a replay keeps one history per card, twice.
    private var storedDrills: Int32
    private var storedCrams: Int32
    private var storedFirstReviewDay: Int32
    private var storedBuriedDay: Int32 = Int32.min
    private var storedForgets: Int32 = 0

    /// A card the log never mentions.
    public static let untouched = CardHistory(schedule: .new, drills: 0, crams: 0, firstReviewDay: nil)

    /// A history with these figures.
    public init(schedule: CardSchedule, drills: Int, crams: Int, firstReviewDay: Int?) {
        self.schedule = schedule
        storedDrills = Int32(clamping: drills)
        storedCrams = Int32(clamping: crams)
        storedFirstReviewDay = CardSchedule.stored(firstReviewDay)
    }

    /// Whether the card has never been reviewed (drills and crams do not count).
    public var isNew: Bool { schedule.isNew }

    /// The day of the latest review, nil for a new card.
    public var lastReviewDay: Int? { schedule.lastReviewDay }

    /// Whether the card is out of every queue until an `unsuspend`.
    public var isSuspended: Bool { suspendedByAction || suspendedAsLeech }

    /// Whether the card is buried on `day` (left out of that study day's queues).
    public func isBuried(on day: Int) -> Bool { buriedDay == day }

    /// Whether the card has 8 lapses or more: a leech, worth rewriting.
    public var isLeech: Bool { schedule.lapses >= LeechPolicy.leechLapses }

    /// Whether the card may be asked on `day`: neither suspended nor buried that day.
    public func isAvailable(on day: Int) -> Bool { !isSuspended && !isBuried(on: day) }
}

/// What happens to a leech (a card with 8 lapses or more).
public enum LeechPolicy: Hashable, Sendable {
    /// It is marked as a leech, and nothing more (the default, as in Anki).
    case mark
    /// It is also suspended, from the review that makes it a leech until an `unsuspend` (no line
    /// is written: the replay suspends it, so turning the setting off brings such cards back).
    case suspend

    /// The number of lapses from which a card is a leech.
    public static let leechLapses = 8
}

extension CardHistory {
    /// The history after an action of `kind` taken on `day`; answers and `undo` change nothing here.
    mutating func apply(_ kind: EventKind, onDay day: Int) {
        switch kind {
        case .suspend:
            suspendedByAction = true
        case .unsuspend:
            suspendedByAction = false
            suspendedAsLeech = false
            buriedDay = nil
        case .bury:
            buriedDay = day
        case .forget:
            schedule = .new
            firstReviewDay = nil
            suspendedAsLeech = false
            forgets += 1
        case .review, .drill, .cram, .undo:
            break
        }
    }
}
