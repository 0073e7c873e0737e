import Deck

/// The curriculum's progress tracker and the concepts tracker, worked out from card states.
///
/// Topics are the notes whose ID starts with `TOPIC-`; concepts are the notes of concept-line
/// cards (formula and interview). A note's cards are its siblings (same `noteID`). Notes keep
/// deck order and are grouped by phase; a topic phase is labelled by its name up to the first
/// `:` ("Phase 1: Mathematical Foundations" → "Phase 1").
public struct ProgressTracker: Hashable, Sendable {
    /// One topic or concept.
    public struct Note: Hashable, Sendable {
        /// The note ID (`TOPIC-01`, `MATH-011`).
        public let noteID: String
        /// Its title: the topic's heading ("01. Derivatives & Gradients") or the concept's name.
        public let title: String
        /// How many cards it has.
        public let cards: Int
        /// How many of them were reviewed.
        public let reviewed: Int
        /// How many of them are mature.
        public let mature: Int

        /// A note with these counts.
        public init(noteID: String, title: String, cards: Int, reviewed: Int, mature: Int) {
            self.noteID = noteID
            self.title = title
            self.cards = cards
            self.reviewed = reviewed
            self.mature = mature
        }

        /// Its status by the counts.
        public var status: ProgressStatus { ProgressStatus(cards: cards, reviewed: reviewed, mature: mature) }
    }

    /// A phase (curriculum) or category (tracker) with its notes.
    public struct Group: Hashable, Sendable {
        /// The deck's name.
        public let deck: String
        /// The phase's full name, nil for notes under no `##` heading.
        public let phase: String?
        /// The notes in deck order.
        public var notes: [Note]

        /// A group of `notes`.
        public init(deck: String, phase: String?, notes: [Note]) {
            self.deck = deck
            self.phase = phase
            self.notes = notes
        }

        /// The phase's name up to its first `:` ("Phase 1"), or "(no phase)".
        public var label: String {
            guard let phase else { return "(no phase)" }
            let head = phase.prefix { $0 != ":" }
            let trimmed = head.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
            return trimmed.isEmpty ? phase : String(trimmed)
        }

        /// How many notes are completed (mastered).
        public var completed: Int { notes.count { $0.status == .completed } }
        /// How many notes are in progress.
        public var inProgress: Int { notes.count { $0.status == .inProgress } }
    }

    /// The curriculum's topics by phase.
    public var topicPhases: [Group]
    /// The tracker's concepts by category (phase).
    public var conceptCategories: [Group]

    /// The tracker of `library` with the card states of `replay`.
    public init(library: DeckLibrary, replay: Replay) {
        var topicBuilder = GroupBuilder()
        var conceptBuilder = GroupBuilder()
        for position in library.cards.indices {
            let card = library.cards[position]
            let schedule = replay.cards[position].schedule
            if card.noteID.hasPrefix("TOPIC-") {
                topicBuilder.add(card, isNew: schedule.isNew, interval: schedule.interval, title: card.sections.last)
            } else if card.kind == .formula || card.kind == .interview {
                conceptBuilder.add(card, isNew: schedule.isNew, interval: schedule.interval, title: Self.conceptName(card))
            }
        }
        topicPhases = topicBuilder.groups
        conceptCategories = conceptBuilder.groups
    }

    /// Every topic.
    public var topicCount: Int { topicPhases.reduce(0) { $0 + $1.notes.count } }
    /// Topics completed.
    public var completedTopics: Int { topicPhases.reduce(0) { $0 + $1.completed } }
    /// Every concept.
    public var conceptCount: Int { conceptCategories.reduce(0) { $0 + $1.notes.count } }
    /// Concepts mastered.
    public var masteredConcepts: Int { conceptCategories.reduce(0) { $0 + $1.completed } }

    /// A concept's name from its formula card's front ("Chain Rule: formula?"), else nil.
    private static func conceptName(_ card: Card) -> String? {
        let suffix = ": formula?"
        guard card.kind == .formula, card.front.hasSuffix(suffix) else { return nil }
        return String(card.front.dropLast(suffix.count))
    }

    /// Collects cards into notes and notes into groups, keeping first-seen order.
    private struct GroupBuilder {
        struct NoteCounts {
            var noteID: String
            var title: String?
            var cards = 0
            var reviewed = 0
            var mature = 0
        }

        struct Key: Hashable {
            let deck: String
            let phase: String?
        }

        var groupOrder: [Key] = []
        var notesByGroup: [Key: [NoteCounts]] = [:]
        var noteSlot: [String: (Key, Int)] = [:]

        mutating func add(_ card: Card, isNew: Bool, interval: Int, title: String?) {
            let slot: (Key, Int)
            if let found = noteSlot[card.noteID] {
                slot = found
            } else {
                let key = Key(deck: card.deck, phase: card.phase)
                if notesByGroup[key] == nil { groupOrder.append(key) }
                var notes = notesByGroup[key, default: []]
                notes.append(NoteCounts(noteID: card.noteID))
                notesByGroup[key] = notes
                slot = (key, notes.count - 1)
                noteSlot[card.noteID] = slot
            }
            guard var note = notesByGroup[slot.0]?[slot.1] else { return }
            note.cards += 1
            if !isNew { note.reviewed += 1 }
            if !isNew, interval >= StatsCardCounts.matureInterval { note.mature += 1 }
            if note.title == nil { note.title = title }
            notesByGroup[slot.0]?[slot.1] = note
        }

        var groups: [Group] {
            groupOrder.map { key in
                Group(deck: key.deck, phase: key.phase, notes: (notesByGroup[key] ?? []).map {
                    Note(noteID: $0.noteID, title: $0.title ?? $0.noteID, cards: $0.cards,
                         reviewed: $0.reviewed, mature: $0.mature)
                })
            }
        }
    }
}
