/// Every loaded deck, in file-name order, with what was wrong in them.
public struct DeckLibrary: Sendable {
    /// The decks in file-name order.
    public let decks: [Deck]
    /// Every card of every deck, in deck order: decks by file name, cards by line.
    /// A card whose ID repeats an earlier one is left out (and reported).
    public let cards: [Card]
    /// Every problem found, in file and line order.
    public let diagnostics: [DeckDiagnostic]

    /// Every card's position in `cards`, by its ID.
    public let index: CardIndex

    /// Assembles parsed decks, sorting them by file name and reporting IDs that repeat
    /// across or within decks with both places. `diagnostics` are problems found while
    /// reading (the parser's and the loader's); they are kept and sorted in.
    public init(decks: [Deck], diagnostics: [DeckDiagnostic] = []) {
        self.init(decks: decks, diagnostics: diagnostics, prebuiltIndex: nil)
    }

    /// Assembles parsed decks as `init(decks:diagnostics:)` does, taking `prebuiltIndex` as the
    /// index of their cards (as a cache saved it for the very same decks) when it holds as many
    /// IDs as they have cards, none repeated; else building it.
    public init(decks: [Deck], diagnostics: [DeckDiagnostic], prebuiltIndex: CardIndex?) {
        let sortedDecks = decks.enumerated()
            .sorted { ($0.element.file, $0.offset) < ($1.element.file, $1.offset) }
            .map(\.element)
        let every = sortedDecks.flatMap(\.cards)
        let built = prebuiltIndex.flatMap { $0.count == every.count ? (index: $0, repeats: []) : nil }
            ?? CardIndex.building(ids: every.map(\.id.rawValue))
        var cards = every
        var index = built.index
        var problems = diagnostics
        if !built.repeats.isEmpty {
            // Rare: a repeated ID. The repeats are left out, so the positions after them move.
            cards = []
            cards.reserveCapacity(every.count)
            index = CardIndex(capacity: every.count)
            // One report per pair of places: a repeated concept line repeats both its cards.
            var reportedPairs: Set<[SourceLocation]> = []
            for card in every {
                if let first = index.insert(card.id.rawValue, at: cards.count) {
                    let firstLocation = cards[first].location
                    if reportedPairs.insert([card.location, firstLocation]).inserted {
                        problems.append(DeckDiagnostic(
                            .error, at: card.location,
                            "duplicate card ID \(card.id); first defined at \(firstLocation); this one is left out"))
                    }
                    continue
                }
                cards.append(card)
            }
        }
        self.decks = sortedDecks
        self.cards = cards
        self.index = index
        self.diagnostics = problems.count < 2 ? problems : problems.enumerated()
            .sorted {
                ($0.element.location.file, $0.element.location.line, $0.offset)
                    < ($1.element.location.file, $1.element.location.line, $1.offset)
            }
            .map(\.element)
    }

    /// Assembles the results of parsing several files, keeping their diagnostics.
    public init(parsed results: [DeckParseResult], diagnostics: [DeckDiagnostic] = [], prebuiltIndex: CardIndex? = nil) {
        self.init(
            decks: results.map(\.deck), diagnostics: diagnostics + results.flatMap(\.diagnostics),
            prebuiltIndex: prebuiltIndex)
    }

    /// Whether no card was left out for repeating an earlier one's ID.
    public var hasNoRepeatedIDs: Bool { decks.reduce(0) { $0 + $1.cards.count } == cards.count }

    /// The card with this ID, if any deck has it.
    public func card(_ id: CardID) -> Card? {
        index.position(of: id.rawValue).map { cards[$0] }
    }

    /// The card's place in deck order, used to break ties.
    public func position(of id: CardID) -> Int? { index.position(of: id.rawValue) }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Every phase name, deck by deck in file order, each `(deck, phase)` pair once.
    public var phases: [(deck: String, phase: String)] {
        decks.flatMap { deck in deck.phases.map { (deck.name, $0) } }
    }
}
