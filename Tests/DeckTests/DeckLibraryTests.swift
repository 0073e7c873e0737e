import Testing
@testable import Deck

@Suite struct DeckLibraryTests {
    @Test func duplicateIDAcrossTwoDecksNamesBothPlacesOnce() {
        let first = parse("# A\n\n- MATH-011 Chain Rule :: Formula: x :: Interview: y\n", file: "Decks/a.md")
        let second = parse("# B\n- Q :: A\n- MATH-011 Chain Rule again :: Formula: z :: Interview: w\n", file: "Decks/b.md")
        let library = DeckLibrary(parsed: [second, first])
        #expect(library.decks.map(\.file) == ["Decks/a.md", "Decks/b.md"])
        #expect(library.cards.count == 3)
        #expect(library.card(CardID("MATH-011/formula"))?.deck == "A")
        #expect(library.hasErrors)
        #expect(library.diagnostics.map(\.description) == [
            "Decks/b.md:3: error: duplicate card ID MATH-011/formula; first defined at Decks/a.md:3; this one is left out",
        ])
    }

    @Test func duplicateQuestionWithinOneDeck() {
        let deck = parse("- Same question? :: one\n- same   QUESTION? :: two\n", file: "q.md")
        let library = DeckLibrary(parsed: [deck])
        #expect(library.cards.count == 1)
        #expect(library.diagnostics.count == 1)
        #expect(library.diagnostics[0].location == SourceLocation(file: "q.md", line: 2))
        #expect(library.diagnostics[0].message.contains("first defined at q.md:1"))
    }

    @Test func positionsFollowDeckOrderAndDiagnosticsAreSorted() {
        let a = parse("- A1 :: x\n- ML-1 X :: Bogus: y\n", file: "a.md")
        let b = parse("- B1 :: x\n", file: "b.md")
        let library = DeckLibrary(parsed: [b, a], diagnostics: [
            DeckDiagnostic(.error, at: SourceLocation(file: "b.md", line: 0), "loader problem"),
        ])
        #expect(library.cards.map(\.front) == ["A1", "B1"])
        #expect(library.position(of: library.cards[1].id) == 1)
        #expect(library.diagnostics.map(\.location.description) == ["a.md:2", "a.md:2", "b.md"])
        #expect(library.phases.isEmpty)
    }
}
