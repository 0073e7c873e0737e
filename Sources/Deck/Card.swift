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
/// (into a library, a queue, a session) costs one reference count, not one per string.
public struct Card: Hashable, Sendable, Identifiable {
    private final class Storage: Sendable {
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
    public var id: CardID { storage.id }
    /// The concept, topic or question this card comes from; cards sharing it are siblings.
    public var noteID: String { storage.noteID }
    /// Which part of the note the card asks about.
    public var kind: CardKind { storage.kind }
    /// The name of the deck (its `# Title`, else its file name).
    public var deck: String { storage.deck }
    /// The `##` heading the card sits under, if any.
    public var phase: String? { storage.phase }
    /// The `###` and deeper headings above the card, outermost first: its breadcrumb and tags.
    /// A topic's own `### NN. Title` heading is among them.
    public var sections: [String] { storage.sections }
    /// The prompt shown before the reveal.
    public var front: String { storage.front }
    /// What the reveal shows, in order.
    public var back: [CardField] { storage.back }
    /// The tracker's study week, which orders new cards.
    public var week: Int? { storage.week }
    /// The tracker's priority, which orders new cards within a week.
    public var priority: Priority? { storage.priority }
    /// The status the deck gives (tracker "Not Started", curriculum "⬜ Not Started"), as written.
    public var status: String? { storage.status }
    /// The file and line the card was read from.
    public var location: SourceLocation { storage.location }

    public init(
        id: CardID, noteID: String, kind: CardKind, deck: String, phase: String?,
        sections: [String], front: String, back: [CardField], week: Int? = nil,
        priority: Priority? = nil, status: String? = nil, location: SourceLocation
    ) {
        storage = Storage(
            id: id, noteID: noteID, kind: kind, deck: deck, phase: phase, sections: sections,
            front: front, back: back, week: week, priority: priority, status: status, location: location)
    }

    /// Cards are equal when every field is.
    public static func == (lhs: Card, rhs: Card) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let left = lhs.storage
        let right = rhs.storage
        return left.id == right.id && left.noteID == right.noteID && left.kind == right.kind
            && left.deck == right.deck && left.phase == right.phase && left.sections == right.sections
            && left.front == right.front && left.back == right.back && left.week == right.week
            && left.priority == right.priority && left.status == right.status && left.location == right.location
    }

    /// Hashes the ID only: equal cards have equal IDs.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.id)
    }
}
