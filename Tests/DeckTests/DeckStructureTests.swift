import Testing
@testable import Deck

@Suite struct DeckStructureTests {
    @Test func titleNamesTheDeckElseTheFileName() {
        #expect(parse("# My Deck\n# Second\n", file: "Decks/x.md").deck.name == "My Deck")
        #expect(parse("- Q :: A\n", file: "Decks/sub/02-extra.md").deck.name == "02-extra")
        let late = parse("- Q :: A\n# Late Title\n", file: "d.md")
        #expect(late.deck.name == "Late Title")
        #expect(late.deck.cards.map(\.deck) == ["Late Title"])
    }

    @Test func phasesAndSectionsFormTheBreadcrumb() {
        let result = parse("""
            # Tracker
            - Q0 :: before any phase
            ## Math
            ### Calculus
            - Q1 :: A
            #### Multivariable
            - Q2 :: A
            ### Linear Algebra
            - Q3 :: A
            ## Deep Learning
            - Q4 :: A
            ### Optimization
            ## NLP
            """)
        #expect(result.diagnostics.isEmpty)
        let crumbs = result.deck.cards.map { ($0.phase ?? "-") + " | " + $0.sections.joined(separator: " › ") }
        #expect(crumbs == [
            "- | ",
            "Math | Calculus",
            "Math | Calculus › Multivariable",
            "Math | Linear Algebra",
            "Deep Learning | ",
        ])
        #expect(result.deck.phases == ["Math", "Deep Learning", "NLP"])
    }

    @Test func headingsWithClosingHashesAndTabs() {
        let result = parse("##\tMath ##\n###   Calculus   ###\n- Q :: A\n")
        #expect(result.deck.phases == ["Math"])
        #expect(result.deck.cards.first?.sections == ["Calculus"])
    }

    @Test func proseChecklistsTablesAndCodeAreNotCardsNorErrors() {
        let result = parse("""
            # Curriculum
            Some prose with a :: in it.
            - **Phase 1**: 0/5 completed
            - **Derivatives**: Topics 1, 2, 8, 9
            - [ ] Review all topic.md files :: later
            - [x] Done :: yes
            | Term | Meaning |
            |------|---------|
            | a :: b | c |
            1. **topic.md** (~200+ lines)
            ✓ Explain gradient descent
            **Total Progress: 0/20 topics completed**
            ---
            ```bash
            # not a title
            - fenced :: not a card
            ```
            - GPT-4 is a model
            - "Explain backpropagation"
            """)
        #expect(result.deck.cards.isEmpty)
        #expect(result.diagnostics.isEmpty)
        #expect(result.deck.name == "Curriculum")
    }

    @Test func unclosedCodeFenceWarns() {
        let result = parse("```\n- Q :: A\n")
        #expect(result.deck.cards.isEmpty)
        #expect(result.warnings.map(\.location.line) == [1])
    }
}

@Suite struct CardValueTests {
    @Test func cardsCompareByEveryField() {
        func card(front: String = "F", line: Int = 1) -> Card {
            Card(id: CardID("Q-1"), noteID: "Q-1", kind: .question, deck: "D", phase: nil, sections: [],
                 front: front, back: [CardField(label: "Answer", value: "A")],
                 location: SourceLocation(file: "d.md", line: line))
        }
        #expect(card() == card())
        #expect(card() != card(front: "G"))
        #expect(card() != card(line: 2))
        #expect(Set([card(), card(), card(front: "G")]).count == 2)
    }
}
