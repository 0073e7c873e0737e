/// One deck file, parsed.
public struct Deck: Hashable, Sendable {
    /// The deck's `# Title`, else its file name without `.md`.
    public let name: String
    /// The file's path as given to the loader.
    public let file: String
    /// Every `##` heading in file order (each name once), including those without cards.
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
