import Deck
import Study

/// What the home screen shows: today's queue in numbers, and every phase with its counts.
public struct HomeFigures: Hashable, Sendable {
    /// One phase (cards of every deck under a `##` heading of that name).
    public struct PhaseCounts: Hashable, Sendable {
        /// The phase's name.
        public var name: String
        /// Its cards.
        public var cards: Int
        /// Those never reviewed.
        public var new: Int
        /// Those due today or earlier (suspended and buried ones left out).
        public var due: Int
        /// Those in today's queue (drills, due and new); fewer than due plus today's new cards
        /// when some wait for a sibling or the review limit, as `heldBackNote` says.
        public var today: Int = 0
    }

    /// Today's date, `YYYY-MM-DD`.
    public var date: String
    /// Due cards in today's queue.
    public var due: Int
    /// New cards in today's queue.
    public var new: Int
    /// Pending drills in today's queue.
    public var drills: Int
    /// Every card in today's queue.
    public var queued: Int
    /// The phases in deck order, each name once.
    public var phases: [PhaseCounts]
    /// Errors in the decks (`recall check` lists them).
    public var deckErrors: Int
    /// Why cards are left out of today's counts ("1 card waits for its sibling until tomorrow"),
    /// nil when none is.
    public var heldBackNote: String?

    /// The figures of `library` with `replay`'s schedules, for `replay.today`.
    public init(library: DeckLibrary, replay: Replay, limits: DailyLimits) {
        let queue = DailyQueue(library: library, replay: replay, limits: limits)
        date = LocalDays.dateString(ofDay: replay.today)
        due = queue.dueCount
        new = queue.newCount
        drills = queue.drillCount
        queued = queue.items.count
        heldBackNote = queue.heldBackNote
        deckErrors = library.diagnostics.count { $0.severity == .error }
        var order: [String] = []
        var counts: [String: PhaseCounts] = [:]
        for (position, card) in library.cards.enumerated() {
            guard let phase = card.phase else { continue }
            if counts[phase] == nil {
                order.append(phase)
                counts[phase] = PhaseCounts(name: phase, cards: 0, new: 0, due: 0)
            }
            let schedule = replay.cards[position].schedule
            counts[phase]?.cards += 1
            if schedule.isNew { counts[phase]?.new += 1 }
            if schedule.isDue(on: replay.today), replay.isAvailable(at: position) { counts[phase]?.due += 1 }
        }
        for item in queue.items {
            if let phase = library.cards[item.position].phase { counts[phase]?.today += 1 }
        }
        phases = order.compactMap { counts[$0] }
    }
}
