/// The cards of one deck read back from the deck cache, as columns: one array per field, a
/// card being a place in them.
///
/// A deck of a thousand cards is a dozen arrays instead of a thousand boxes, and a start that
/// reads 100 000 cards back makes no object per card. The texts stay packed (`PackedCardTexts`).
public final class PackedDeckCards: Sendable {
    /// The deck's texts and what its cards share (name, file, phases).
    public let texts: PackedCardTexts
    let ids: [CardID]
    let noteIDs: [String]
    let kinds: [CardKind]
    let priorities: [Priority?]
    /// The week, `Int32.min` for none.
    let weeks: [Int32]
    let lines: [Int32]
    let records: [UInt32]
    /// The phase's number among the deck's phases, -1 for none.
    let phases: [Int32]

    private init(texts: PackedCardTexts, columns: Builder) {
        self.texts = texts
        ids = columns.ids
        noteIDs = columns.noteIDs
        kinds = columns.kinds
        priorities = columns.priorities
        weeks = columns.weeks
        lines = columns.lines
        records = columns.records
        phases = columns.phases
    }

    /// The deck's cards, in order.
    public var cards: [Card] { ids.indices.map { Card(packed: self, at: $0) } }

    /// Collects a deck's cards, one at a time, into columns.
    public struct Builder: Sendable {
        fileprivate var ids: [CardID] = []
        fileprivate var noteIDs: [String] = []
        fileprivate var kinds: [CardKind] = []
        fileprivate var priorities: [Priority?] = []
        fileprivate var weeks: [Int32] = []
        fileprivate var lines: [Int32] = []
        fileprivate var records: [UInt32] = []
        fileprivate var phases: [Int32] = []

        /// Columns with room for `count` cards.
        public init(capacity count: Int) {
            ids.reserveCapacity(count)
            noteIDs.reserveCapacity(count)
            kinds.reserveCapacity(count)
            priorities.reserveCapacity(count)
            weeks.reserveCapacity(count)
            lines.reserveCapacity(count)
            records.reserveCapacity(count)
            phases.reserveCapacity(count)
        }

        /// Adds a card whose texts are the record at `record` (`PackedCardTexts.hasRecord(at:)`;
        /// texts that do not fit read as empty) and whose phase is its deck's phase number
        /// `phase` (none when nil or out of range).
        public mutating func add(
            id: CardID, noteID: String, kind: CardKind, record: UInt32, phase: Int?, week: Int?, priority: Priority?,
            line: Int
        ) {
            ids.append(id)
            noteIDs.append(noteID)
            kinds.append(kind)
            priorities.append(priority)
            weeks.append(week.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? Int32.min)
            lines.append(Int32(clamping: line))
            records.append(record)
            phases.append(Int32(clamping: phase ?? -1))
        }

        /// The deck's cards, with their texts in `texts`.
        public func build(texts: PackedCardTexts) -> PackedDeckCards {
            PackedDeckCards(texts: texts, columns: self)
        }
    }
}
