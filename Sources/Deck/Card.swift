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
/// read back from the deck cache keeps its texts packed (`PackedCardTexts`) and makes the
/// strings of its front, back, sections and status only when they are asked for.
public struct Card: Hashable, Sendable, Identifiable {
    private final class Storage: Sendable {
        let id: CardID
        let noteID: String
        let kind: CardKind
        let priority: Priority?
        let week: Int?
        let line: Int
        let fields: Fields

        init(id: CardID, noteID: String, kind: CardKind, priority: Priority?, week: Int?, line: Int, fields: Fields) {
            self.id = id
            self.noteID = noteID
            self.kind = kind
            self.priority = priority
            self.week = week
            self.line = line
            self.fields = fields
        }
    }

    /// Where a card's other fields are: its own strings (a parsed deck), or its deck's packed
    /// texts (a cached one), where the deck name, file and phase are shared by every card.
    private enum Fields: Sendable {
        case strings(CardStrings)
        case packed(PackedCardTexts, record: UInt32, phase: Int32)
    }

    /// A parsed card's strings, in a box of their own so that a packed card's storage stays small.
    private final class CardStrings: Sendable {
        let deck: String
        let phase: String?
        let sections: [String]
        let front: String
        let back: [CardField]
        let status: String?
        let file: String

        init(deck: String, phase: String?, sections: [String], front: String, back: [CardField], status: String?, file: String) {
            self.deck = deck
            self.phase = phase
            self.sections = sections
            self.front = front
            self.back = back
            self.status = status
            self.file = file
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
    public var deck: String {
        switch storage.fields {
        case .strings(let strings): strings.deck
        case .packed(let texts, _, _): texts.deck.name
        }
    }
    /// The `##` heading the card sits under, if any.
    public var phase: String? {
        switch storage.fields {
        case .strings(let strings): strings.phase
        case .packed(let texts, _, let phase): texts.deck.phase(phase)
        }
    }
    /// The `###` and deeper headings above the card, outermost first: its breadcrumb and tags.
    /// A topic's own `### NN. Title` heading is among them.
    public var sections: [String] {
        switch storage.fields {
        case .strings(let strings): strings.sections
        case .packed(let texts, let record, _): texts.sections(record)
        }
    }
    /// The prompt shown before the reveal.
    public var front: String {
        switch storage.fields {
        case .strings(let strings): strings.front
        case .packed(let texts, let record, _): texts.front(record)
        }
    }
    /// What the reveal shows, in order.
    public var back: [CardField] {
        switch storage.fields {
        case .strings(let strings): strings.back
        case .packed(let texts, let record, _): texts.back(record)
        }
    }
    /// The tracker's study week, which orders new cards.
    public var week: Int? { storage.week }
    /// The tracker's priority, which orders new cards within a week.
    public var priority: Priority? { storage.priority }
    /// The status the deck gives (tracker "Not Started", curriculum "⬜ Not Started"), as written.
    public var status: String? {
        switch storage.fields {
        case .strings(let strings): strings.status
        case .packed(let texts, let record, _): texts.status(record)
        }
    }
    /// The file and line the card was read from.
    public var location: SourceLocation {
        switch storage.fields {
        case .strings(let strings): SourceLocation(file: strings.file, line: storage.line)
        case .packed(let texts, _, _): SourceLocation(file: texts.deck.file, line: storage.line)
        }
    }

    public init(
        id: CardID, noteID: String, kind: CardKind, deck: String, phase: String?,
        sections: [String], front: String, back: [CardField], week: Int? = nil,
        priority: Priority? = nil, status: String? = nil, location: SourceLocation
    ) {
        let strings = CardStrings(
            deck: deck, phase: phase, sections: sections, front: front, back: back, status: status, file: location.file)
        storage = Storage(
            id: id, noteID: noteID, kind: kind, priority: priority, week: week, line: location.line,
            fields: .strings(strings))
    }

    /// A card of the deck `texts` packs, whose front, back, sections and status are the record
    /// at `record` (`texts.hasRecord(at:)`; texts that do not fit read as empty) and whose phase is the deck's
    /// phase number `phase` (none when out of range).
    public init(
        id: CardID, noteID: String, kind: CardKind, texts: PackedCardTexts, record: UInt32, phase: Int?,
        week: Int?, priority: Priority?, line: Int
    ) {
        storage = Storage(
            id: id, noteID: noteID, kind: kind, priority: priority, week: week, line: line,
            fields: .packed(texts, record: record, phase: Int32(clamping: phase ?? -1)))
    }

    /// Cards are equal when every field is.
    public static func == (lhs: Card, rhs: Card) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id && lhs.noteID == rhs.noteID && lhs.kind == rhs.kind
            && lhs.deck == rhs.deck && lhs.phase == rhs.phase && lhs.sections == rhs.sections
            && lhs.front == rhs.front && lhs.back == rhs.back && lhs.week == rhs.week
            && lhs.priority == rhs.priority && lhs.status == rhs.status && lhs.location == rhs.location
    }

    /// Hashes the ID only: equal cards have equal IDs.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.id)
    }
}
