import MathText

extension DeckParseState {
    /// Warns about the maths in a card's text (an unknown command, an unbalanced brace or `$`) at
    /// the card's line. The card still loads, and such text is shown as written. Text shared by
    /// sibling cards is checked once.
    mutating func checkMaths(of card: Card) {
        if mathsCheckedLine != card.location.line {
            mathsCheckedLine = card.location.line
            mathsCheckedTexts.removeAll(keepingCapacity: true)
        }
        checkMaths(card.front, part: "front", line: card.location.line)
        for field in card.back {
            checkMaths(field.value, part: field.label, line: card.location.line)
        }
    }

    /// At most this many maths problems are listed for one piece of text.
    static let mathsProblemsShown = 5

    private mutating func checkMaths(_ text: String, part: String, line: Int) {
        guard MathText.mayContainMaths(text), mathsCheckedTexts.insert(text).inserted else { return }
        let problems = MathText.diagnostics(text)
        for problem in problems.prefix(Self.mathsProblemsShown) {
            report(.warning, line: line, "maths in \(part): \(problem)")
        }
        if problems.count > Self.mathsProblemsShown {
            report(.warning, line: line, "maths in \(part): \(problems.count - Self.mathsProblemsShown) more problems")
        }
    }
}
