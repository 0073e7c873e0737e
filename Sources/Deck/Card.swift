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
public struct Card: Hashable, Sendable, Identifiable {
    /// The stable identity the log refers to.
    public let id: CardID
    /// The concept, topic or question this card comes from; cards sharing it are siblings.
    public let noteID: String
    /// Which part of the note the card asks about.
    public let kind: CardKind
    /// The name of the deck (its `# Title`, else its file name).
    public let deck: String
    /// The `##` heading the card sits under, if any.
    public let phase: String?
    /// The `###` and deeper headings above the card, outermost first: its breadcrumb and tags.
    public let sections: [String]
    /// The prompt shown before the reveal.
    public let front: String
    /// What the reveal shows, in order.
    public let back: [CardField]
    /// The tracker's study week, which orders new cards.
    public let week: Int?
    /// The tracker's priority, which orders new cards within a week.
    public let priority: Priority?
    /// The status the deck gives (tracker "Not Started", curriculum "⬜ Not Started"), as written.
    public let status: String?
    /// The file and line the card was read from.
    public let location: SourceLocation

    public init(
        id: CardID, noteID: String, kind: CardKind, deck: String, phase: String?,
        sections: [String], front: String, back: [CardField], week: Int? = nil,
        priority: Priority? = nil, status: String? = nil, location: SourceLocation
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
