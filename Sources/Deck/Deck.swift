/// One deck file, parsed.
public struct Deck: Hashable, Sendable {
    /// The deck's `# Title`, else its file name without `.md`.
    public let name: String
    /// The file's path as given to the loader.
    public let file: String
    /// Every `##` heading in file order, including those without cards.
    public let phases: [String]
    /// The deck's cards in file order.
    public let cards: [Card]

    public init(name: String, file: String, phases: [String], cards: [Card]) {
        self.name = name
        self.file = file
        self.phases = phases
        self.cards = cards
    }
}

/// Every loaded deck, in file-name order, with what was wrong in them.
public struct DeckLibrary: Sendable {
    /// The decks in file-name order.
    public let decks: [Deck]
    /// Every card of every deck, in deck order: decks by file name, cards by line.
    /// A card whose ID repeats an earlier one is left out (and reported).
    public let cards: [Card]
    /// Every problem found, in file and line order.
    public let diagnostics: [DeckDiagnostic]

    private let positionByID: [CardID: Int]

    /// Assembles parsed decks, sorting them by file name and reporting IDs that repeat
    /// across or within decks with both places.
    public init(decks: [Deck], diagnostics: [DeckDiagnostic] = []) {
        let sortedDecks = decks.sorted { $0.file < $1.file }
        var cards: [Card] = []
        var positionByID: [CardID: Int] = [:]
        var problems = diagnostics
        for card in sortedDecks.flatMap(\.cards) {
            if let first = positionByID[card.id] {
                problems.append(DeckDiagnostic(
                    .error, at: card.location,
                    "duplicate card ID \(card.id); first defined at \(cards[first].location)"))
                continue
            }
            positionByID[card.id] = cards.count
            cards.append(card)
        }
        self.decks = sortedDecks
        self.cards = cards
        self.positionByID = positionByID
        self.diagnostics = problems.sorted {
            ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line)
        }
    }

    /// The card with this ID, if any deck has it.
    public func card(_ id: CardID) -> Card? {
        positionByID[id].map { cards[$0] }
    }

    /// The card's place in deck order, used to break ties.
    public func position(of id: CardID) -> Int? { positionByID[id] }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
