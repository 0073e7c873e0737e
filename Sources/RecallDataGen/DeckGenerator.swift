import Study

/// Writes synthetic Markdown decks: concept lines (two cards each) and question lines with
/// explicit IDs, spread over many files and phases, the same text for the same seed.
struct DeckGenerator {
    /// How many cards to make in all.
    let cardCount: Int
    /// Cards per deck file, at most.
    let cardsPerFile: Int
    /// Phases (`##` headings) per file.
    let phasesPerFile: Int

    /// One generated deck file: its name and its text.
    struct File {
        let name: String
        let text: String
    }

    private static let formulas = [
        "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]", "σ(z) = 1/(1+e⁻ᶻ)", "θ ← θ − η∇L(θ)", "Σᵢ pᵢ log(1/pᵢ)",
        "m=β₁m+(1-β₁)g; v=β₂v+(1-β₂)g²", "P(A|B) = P(B|A)P(A)/P(B)", "‖x‖₂ = √(Σ xᵢ²)", "Aᵀ(Ax − b) = 0",
    ]
    private static let priorities = ["High", "Medium", "Low"]
    private static let statuses = ["Not Started", "In Progress", "Done"]

    /// The deck files, in name order, with `cardCount` cards between them.
    func files(using generator: inout SplitMix64) -> [File] {
        var files: [File] = []
        var made = 0
        var fileNumber = 0
        while made < cardCount {
            let inFile = min(cardsPerFile, cardCount - made)
            files.append(file(number: fileNumber, cards: inFile, using: &generator))
            made += inFile
            fileNumber += 1
        }
        return files
    }

    private func file(number: Int, cards: Int, using generator: inout SplitMix64) -> File {
        let name = "deck-\(padded(number, 4)).md"
        var text = "# Generated deck \(number)\n\nSome prose that is not a card.\n\n"
        var made = 0
        var item = 0
        let perPhase = max(1, (cards + phasesPerFile - 1) / phasesPerFile)
        var phase = 0
        while made < cards {
            if made >= phase * perPhase {
                phase += 1
                text += "\n## Phase \(phase): Generated topic \(phase)\n\n### Section \(number).\(phase)\n\n"
            }
            let id = "G\(number)-\(item)"
            // One card in five is a question line; a concept line gives two cards (one if it is the last).
            if made + 1 == cards || generator.next(below: 5) == 0 {
                text += "- What is item \(item) of deck \(number)? :: It is answer \(item). {#GQ\(number)-\(item)}\n"
                made += 1
            } else {
                let priority = Self.priorities[generator.next(below: 3)]
                let status = Self.statuses[generator.next(below: 3)]
                let week = 1 + generator.next(below: 24)
                let formula = Self.formulas[generator.next(below: Self.formulas.count)]
                text += "- \(id) Concept \(item) (\(priority), \(status), Week \(week)) :: Formula: \(formula) "
                    + ":: Interview: Why does concept \(item) of deck \(number) matter? "
                    + ":: Resource: https://example.com/\(number)/\(item) :: Notes: generated\n"
                made += 2
            }
            item += 1
        }
        return File(name: name, text: text)
    }
}

/// `value` in decimal, zero-padded on the left to `width` digits.
func padded(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
}
