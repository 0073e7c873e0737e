/// A card's stable identity, such as `MATH-011/formula`, `TOPIC-01/why` or `Q-3f9a2c1b`.
/// It survives edits of the card's text; it changes only with the concept ID,
/// the topic number or a question's text.
public struct CardID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The ID as written in the log.
    public let rawValue: String

    /// Wraps an ID as it appears in a deck or the log.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static func < (lhs: CardID, rhs: CardID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}
