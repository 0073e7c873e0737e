import Testing
@testable import Deck

@Suite struct LargeDeckTests {
    /// 10 000 cards per file: 4 000 concept lines (two cards each) and 2 000 questions.
    static func bigDecks(files: Int) -> [[UInt8]] {
        (0..<files).map { file in
            var text = "# Big \(file)\n\n"
            for phase in 0..<10 {
                text += "## Phase \(phase)\n\n### Section\n\n"
                for item in 0..<400 {
                    let id = "F\(file)P\(phase)-\(item)"
                    text += "- \(id) Concept \(item) (High, Not Started, Week \(phase)) :: Formula: ∇f = [∂f/∂x₁ ... ∂f/∂xₙ] "
                        + ":: Interview: What is concept \(item) of \(id)? :: Resource: https://example.com/\(item) :: Notes: n\n"
                }
                for item in 0..<200 {
                    text += "- Question \(item) of file \(file), phase \(phase)? :: Answer \(item)\n"
                }
            }
            return Array(text.utf8)
        }
    }

    /// Speed is measured by `make bench`; here, a large input must come out whole and clean.
    @Test func tenThousandCardsParseWithoutProblems() {
        let files = Self.bigDecks(files: 1)
        let library = DeckLibrary(
            parsed: files.enumerated().map { DeckParser.parse($0.element, file: "big\($0.offset).md") })
        #expect(library.cards.count == 10_000)
        #expect(library.diagnostics.isEmpty)
        #expect(library.card(CardID("F0P9-399/interview"))?.front == "What is concept 399 of F0P9-399?")
    }
}
