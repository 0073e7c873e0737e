import Deck
import ReviewLog
import SM2

/// Today's review queue, in the order `recall review` shows it and `recall due` prints it.
///
/// - Pending drills come first: cards whose latest review or drill today was graded below 4.
/// - Due cards (due day ≤ today), most overdue first, then deck order, up to the daily review
///   limit less the scheduled reviews already done today.
/// - New cards, up to the daily new limit less those introduced today, by week, then priority
///   (High, Medium, Low, none), then deck order; cards without a week after those with one.
/// - At most one card of a note (concept or topic) a day: a card whose sibling was reviewed
///   today or is already queued waits for a later day.
/// - New cards are spread among the due ones: one after every ⌈due ÷ new⌉ reviews.
/// - Suspended cards, and cards buried today, are left out of every part.
public struct DailyQueue: Sendable {
    /// The cards in the order they will be asked.
    public let items: [QueueItem]
    /// Pending drills at the front of the queue.
    public let drillCount: Int
    /// Due cards in the queue.
    public let dueCount: Int
    /// New cards in the queue.
    public let newCount: Int
    /// Due cards left for a later day only because a card of the same note (a sibling) is
    /// reviewed or queued today.
    public let dueWaitingForSibling: Int
    /// New cards the daily limit had room for, left for a later day only because of a sibling.
    public let newWaitingForSibling: Int
    /// Due cards left for a later day because today's reviews reached `reviewsPerDay`.
    public let dueOverLimit: Int
    /// The daily review limit the queue was planned with.
    public let reviewsPerDay: Int
    /// Every card due today that was not answered today, before limits and siblings (suspended
    /// and buried cards are not counted).
    public let dueTotal: Int
    /// Every card never reviewed, before limits and siblings.
    public let newTotal: Int
    /// Scheduled reviews (of cards seen before) already done today.
    public let reviewsDoneToday: Int
    /// New cards introduced (reviewed for the first time) today.
    public let introducedToday: Int
    /// Positions of the cards counted in `dueWaitingForSibling` and `newWaitingForSibling`.
    private let waitingPositions: [Int]
    /// Keys (position in the low 32 bits) of the due cards counted in `dueOverLimit`.
    private let overLimitKeys: ArraySlice<UInt64>

    /// Plans the queue for `replay.today`; `replay` must come from the same `library`.
    public init(library: DeckLibrary, replay: Replay, limits: DailyLimits = DailyLimits()) {
        let today = replay.today
        let cards = library.cards
        var usedNotes = Set<String>()
        var queued = Set<Int>()

        // Today's work so far: limits, siblings and pending drills.
        var reviewsDone = 0
        var introduced = 0
        var latestGradedAnswer: [Int: (order: Int, grade: Grade)] = [:]
        for (order, answer) in replay.todaysAnswers.enumerated() {
            guard let position = answer.position, position < cards.count,
                  let grade = answer.event.grade else { continue }
            switch answer.event.kind {
            case .review:
                usedNotes.insert(cards[position].noteID)
                if answer.introducedCard { introduced += 1 } else { reviewsDone += 1 }
                latestGradedAnswer[position] = (order, grade)
            case .drill:
                latestGradedAnswer[position] = (order, grade)
            case .cram, .undo, .suspend, .unsuspend, .bury, .forget:
                break
            }
        }
        var drills: [QueueItem] = []
        for (position, latest) in latestGradedAnswer.sorted(by: { $0.value.order < $1.value.order })
        where latest.grade.needsDrill && replay.isAvailable(at: position) {
            let card = cards[position]
            drills.append(QueueItem(
                cardID: card.id, position: position, reason: .drill,
                dueDay: replay.cards[position].schedule.dueDay))
            usedNotes.insert(card.noteID)
            queued.insert(position)
        }

        // Candidates, keyed so that a plain sort puts them in order.
        var dueKeys: [UInt64] = []
        var newKeys: [UInt64] = []
        for position in cards.indices where !queued.contains(position) && replay.isAvailable(at: position) {
            let schedule = replay.cards[position].schedule
            if let dueDay = schedule.dueDay {
                if dueDay <= today { dueKeys.append(Self.dueKey(dueDay: dueDay, position: position)) }
            } else {
                newKeys.append(Self.newKey(cards[position], position: position))
            }
        }
        dueKeys.sort()
        newKeys.sort()

        /// Up to `room` cards in the order of `keys` (position in the low 32 bits), skipping a
        /// card whose note already has a card today.
        func take(_ keys: [UInt64], room: Int, reason: QueueReason) -> (items: [QueueItem], waiting: [Int], overLimit: ArraySlice<UInt64>) {
            var items: [QueueItem] = []
            var skipped: [Int] = []
            var examined = 0
            for key in keys {
                if items.count >= room { break }
                examined += 1
                let position = Int(key & 0xFFFF_FFFF)
                let card = cards[position]
                guard usedNotes.insert(card.noteID).inserted else {
                    skipped.append(position)
                    continue
                }
                items.append(QueueItem(
                    cardID: card.id, position: position, reason: reason,
                    dueDay: reason == .due ? replay.cards[position].schedule.dueDay : nil))
            }
            // Those skipped for a sibling that the limit would have had room for, and those the
            // limit left unexamined.
            return (items, Array(skipped.prefix(max(0, room - items.count))), keys[examined...])
        }
        let (due, dueWaiting, dueOver) = take(dueKeys, room: max(0, limits.reviewsPerDay - reviewsDone), reason: .due)
        let (fresh, newWaiting, _) = take(newKeys, room: max(0, limits.newPerDay - introduced), reason: .new)
        dueOverLimit = dueOver.count
        overLimitKeys = dueOver
        reviewsPerDay = limits.reviewsPerDay
        dueWaitingForSibling = dueWaiting.count
        newWaitingForSibling = newWaiting.count
        waitingPositions = dueWaiting + newWaiting

        items = drills + Self.spread(fresh, among: due)
        drillCount = drills.count
        dueCount = due.count
        newCount = fresh.count
        dueTotal = dueKeys.count
        newTotal = newKeys.count
        reviewsDoneToday = reviewsDone
        introducedToday = introduced
    }

    /// Why cards are left out of today's queue: "1 card waits for its sibling until tomorrow"
    /// (due and new cards held back by the one-card-a-note rule) and "12 due cards over today's
    /// review limit (200)"; nil when none is.
    public var heldBackNote: String? { counts.heldBackNote }

    /// The whole queue in numbers, with the cards it leaves for a later day.
    public var counts: DailyQueueCounts {
        DailyQueueCounts(
            drills: drillCount, due: dueCount, new: newCount,
            waitingForSibling: dueWaitingForSibling + newWaitingForSibling, overReviewLimit: dueOverLimit,
            reviewsPerDay: reviewsPerDay)
    }

    /// The queue in numbers for the cards whose library position `includes` accepts (a deck's,
    /// a phase's): they add up to `counts` over a partition of the cards.
    public func counts(where includes: (Int) -> Bool) -> DailyQueueCounts {
        var counts = DailyQueueCounts(reviewsPerDay: reviewsPerDay)
        for item in items where includes(item.position) {
            switch item.reason {
            case .drill: counts.drills += 1
            case .due: counts.due += 1
            case .new: counts.new += 1
            case .cram: break
            }
        }
        counts.waitingForSibling = waitingPositions.count(where: includes)
        counts.overReviewLimit = overLimitKeys.count { includes(Int($0 & 0xFFFF_FFFF)) }
        return counts
    }

    /// Puts one new card after every ⌈due ÷ new⌉ due cards; what is left goes at the end.
    static func spread(_ fresh: [QueueItem], among due: [QueueItem]) -> [QueueItem] {
        guard !fresh.isEmpty, !due.isEmpty else { return due + fresh }
        let step = (due.count + fresh.count - 1) / fresh.count
        var mixed: [QueueItem] = []
        mixed.reserveCapacity(due.count + fresh.count)
        var nextNew = fresh.startIndex
        for (index, item) in due.enumerated() {
            mixed.append(item)
            if (index + 1) % step == 0, nextNew < fresh.endIndex {
                mixed.append(fresh[nextNew])
                nextNew += 1
            }
        }
        mixed.append(contentsOf: fresh[nextNew...])
        return mixed
    }

    /// Due day then position, as one sortable number.
    static func dueKey(dueDay: Int, position: Int) -> UInt64 {
        let day = UInt64(Int64(Int32(clamping: dueDay)) - Int64(Int32.min))
        return (day << 32) | UInt64(position)
    }

    /// Week (none last), then priority (High, Medium, Low, none), then position, as one number.
    static func newKey(_ card: Card, position: Int) -> UInt64 {
        let noWeek: UInt64 = (1 << 20) - 1
        let week = card.week.map { UInt64(clamping: min(max($0, 0), Int(noWeek) - 1)) } ?? noWeek
        let priority = UInt64(card.priority?.rawValue ?? 3)
        return (week << 34) | (priority << 32) | UInt64(position)
    }
}
