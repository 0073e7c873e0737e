@testable import Deck

/// Parses a deck written in the test.
func parse(_ text: String, file: String = "Decks/test.md") -> DeckParseResult {
    DeckParser.parse(Array(text.utf8), file: file)
}

extension DeckParseResult {
    /// The card with this ID, if the deck has it.
    func card(_ id: String) -> Card? { deck.cards.first { $0.id.rawValue == id } }
    /// The IDs of the deck's cards, in order.
    var ids: [String] { deck.cards.map(\.id.rawValue) }
    var errors: [DeckDiagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [DeckDiagnostic] { diagnostics.filter { $0.severity == .warning } }
}

extension Card {
    /// The back as `label: value` lines.
    var backLines: [String] { back.map { "\($0.label): \($0.value)" } }
}
