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
        var phases: [PhaseCounts] = []
        var indexByName: [String: Int] = [:]
        // Cards come in deck order, a phase's cards mostly together: the card before's phase is
        // checked first, and the table only when it changes.
        var previous: (name: String, index: Int)?
        func index(of phase: String) -> Int {
            if let previous, previous.name == phase { return previous.index }
            let found: Int
            if let known = indexByName[phase] {
                found = known
            } else {
                found = phases.count
                indexByName[phase] = found
                phases.append(PhaseCounts(name: phase, cards: 0, new: 0, due: 0))
            }
            previous = (phase, found)
            return found
        }
        for position in library.cards.indices {
            guard let phase = library.cards[position].phase else { continue }
            let at = index(of: phase)
            let schedule = replay.cards[position].schedule
            phases[at].cards += 1
            if schedule.isNew { phases[at].new += 1 }
            if schedule.isDue(on: replay.today), replay.isAvailable(at: position) { phases[at].due += 1 }
        }
        for item in queue.items {
            if let phase = library.cards[item.position].phase { phases[index(of: phase)].today += 1 }
        }
        self.phases = phases
    }
}
