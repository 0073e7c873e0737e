/// One deck file, parsed: the deck and every problem found in it.
public struct DeckParseResult: Hashable, Sendable {
    /// The deck, with every card that could be read.
    public let deck: Deck
    /// The problems found in the file, in line order.
    public let diagnostics: [DeckDiagnostic]

    public init(deck: Deck, diagnostics: [DeckDiagnostic]) {
        self.deck = deck
        self.diagnostics = diagnostics
    }
}
