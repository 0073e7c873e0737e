/// Which part of a concept, topic or question a card asks about.
public enum CardKind: String, Hashable, Sendable, CaseIterable {
    /// A concept's formula: "Chain Rule: formula?".
    case formula
    /// A concept's interview question.
    case interview
    /// A curriculum topic's concepts.
    case concepts
    /// Why a curriculum topic matters.
    case why
    /// A curriculum topic's key skills.
    case skills
    /// A plain `- Question :: Answer` line.
    case question
}

/// A concept's priority in the tracker; High cards are introduced first.
public enum Priority: Int, Hashable, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    case high = 0, medium = 1, low = 2

    /// The priority written as in the tracker ("High", "medium", …), case-insensitively.
    public init?(name: String) {
        switch name.lowercased() {
        case "high": self = .high
        case "medium": self = .medium
        case "low": self = .low
        default: return nil
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        }
    }
}

/// A labelled piece of a card's back, such as ("Formula", "Av = λv") or ("Notes", "…").
public struct CardField: Hashable, Sendable {
    /// The field's name as the deck writes it.
    public let label: String
    /// The field's text.
    public let value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// One flashcard: a front to ask, a back to reveal, and where it came from.
///
/// A value type whose fields live in one shared, immutable box, so that copying a card
/// (into a library, a queue, a session) costs one reference count, not one per string. A card
/// read back from the deck cache is a place in its deck's columns (`PackedDeckCards`): no box of
/// its own, and the strings of its front, back, sections and status made only when asked for.
public struct Card: Hashable, Sendable, Identifiable {
    private enum Storage: Sendable {
        /// A parsed card, every field its own.
        case own(OwnFields)
        /// The card at a place in a deck read back from the cache.
        case packed(PackedDeckCards, Int)
    }

    /// A parsed card's fields.
    private final class OwnFields: Sendable {
        let id: CardID
        let noteID: String
        let kind: CardKind
        let deck: String
        let phase: String?
        let sections: [String]
        let front: String
        let back: [CardField]
        let week: Int?
        let priority: Priority?
        let status: String?
        let location: SourceLocation

        init(
            id: CardID, noteID: String, kind: CardKind, deck: String, phase: String?, sections: [String],
            front: String, back: [CardField], week: Int?, priority: Priority?, status: String?,
            location: SourceLocation
        ) {
            self.id = id
            self.noteID = noteID
            self.kind = kind
            self.deck = deck
            self.phase = phase
            self.sections = sections
            self.front = front
            self.back = back
            self.week = week
            self.priority = priority
            self.status = status
            self.location = location
        }
    }

    private let storage: Storage

    /// The stable identity the log refers to.
    public var id: CardID {
        switch storage {
        case .own(let fields): fields.id
        case .packed(let deck, let place): deck.ids[place]
        }
    }
    /// The concept, topic or question this card comes from; cards sharing it are siblings.
    public var noteID: String {
        switch storage {
        case .own(let fields): fields.noteID
        case .packed(let deck, let place): deck.noteIDs[place]
        }
    }
    /// Which part of the note the card asks about.
    public var kind: CardKind {
        switch storage {
        case .own(let fields): fields.kind
        case .packed(let deck, let place): deck.kinds[place]
        }
    }
    /// The name of the deck (its `# Title`, else its file name).
    public var deck: String {
        switch storage {
        case .own(let fields): fields.deck
        case .packed(let deck, _): deck.texts.deck.name
        }
    }
    /// The `##` heading the card sits under, if any.
    public var phase: String? {
        switch storage {
        case .own(let fields): fields.phase
        case .packed(let deck, let place): deck.texts.deck.phase(deck.phases[place])
        }
    }
    /// The `###` and deeper headings above the card, outermost first: its breadcrumb and tags.
    /// A topic's own `### NN. Title` heading is among them.
    public var sections: [String] {
        switch storage {
        case .own(let fields): fields.sections
        case .packed(let deck, let place): deck.texts.sections(deck.records[place])
        }
    }
    /// The prompt shown before the reveal.
    public var front: String {
        switch storage {
        case .own(let fields): fields.front
        case .packed(let deck, let place): deck.texts.front(deck.records[place])
        }
    }
    /// What the reveal shows, in order.
    public var back: [CardField] {
        switch storage {
        case .own(let fields): fields.back
        case .packed(let deck, let place): deck.texts.back(deck.records[place])
        }
    }
    /// The tracker's study week, which orders new cards.
    public var week: Int? {
        switch storage {
        case .own(let fields): fields.week
        case .packed(let deck, let place): deck.weeks[place] == Int32.min ? nil : Int(deck.weeks[place])
        }
    }
    /// The tracker's priority, which orders new cards within a week.
    public var priority: Priority? {
        switch storage {
        case .own(let fields): fields.priority
        case .packed(let deck, let place): deck.priorities[place]
        }
    }
    /// The status the deck gives (tracker "Not Started", curriculum "⬜ Not Started"), as written.
    public var status: String? {
        switch storage {
        case .own(let fields): fields.status
        case .packed(let deck, let place): deck.texts.status(deck.records[place])
        }
    }
    /// The file and line the card was read from.
    public var location: SourceLocation {
        switch storage {
        case .own(let fields): fields.location
        case .packed(let deck, let place): SourceLocation(file: deck.texts.deck.file, line: Int(deck.lines[place]))
        }
    }

    public init(
        id: CardID, noteID: String, kind: CardKind, deck: String, phase: String?,
        sections: [String], front: String, back: [CardField], week: Int? = nil,
        priority: Priority? = nil, status: String? = nil, location: SourceLocation
    ) {
        storage = .own(OwnFields(
            id: id, noteID: noteID, kind: kind, deck: deck, phase: phase, sections: sections, front: front,
            back: back, week: week, priority: priority, status: status, location: location))
    }

    /// The card at `place` in `deck`'s columns.
    init(packed deck: PackedDeckCards, at place: Int) {
        storage = .packed(deck, place)
    }

    /// Cards are equal when every field is.
    public static func == (lhs: Card, rhs: Card) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.own(let left), .own(let right)) where left === right: return true
        case (.packed(let left, let leftPlace), .packed(let right, let rightPlace)) where left === right && leftPlace == rightPlace:
            return true
        default: break
        }
        return lhs.id == rhs.id && lhs.noteID == rhs.noteID && lhs.kind == rhs.kind
            && lhs.deck == rhs.deck && lhs.phase == rhs.phase && lhs.sections == rhs.sections
            && lhs.front == rhs.front && lhs.back == rhs.back && lhs.week == rhs.week
            && lhs.priority == rhs.priority && lhs.status == rhs.status && lhs.location == rhs.location
    }

    /// Hashes the ID only: equal cards have equal IDs.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
}
