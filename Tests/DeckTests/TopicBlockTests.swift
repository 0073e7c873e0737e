import Testing
@testable import Deck

@Suite struct TopicBlockTests {
    let phaseOne = """
        ## Phase 1: Mathematical Foundations (Topics 1-5)

        ### 01. Derivatives & Gradients
        **Status**: ⬜ Not Started
        **Concepts**: Derivatives, partial derivatives, gradients, directional derivatives
        **Why Important**: Foundation for understanding how neural networks learn
        **Key Skills**: Computing gradients, understanding gradient descent geometrically

        ---
        """

    @Test func topicGivesThreeSiblingCards() {
        let result = parse(phaseOne)
        #expect(result.diagnostics.isEmpty)
        #expect(result.ids == ["TOPIC-01/concepts", "TOPIC-01/why", "TOPIC-01/skills"])
        let concepts = result.card("TOPIC-01/concepts")
        #expect(concepts?.front == "Derivatives & Gradients: key concepts?")
        #expect(concepts?.backLines == ["Concepts: Derivatives, partial derivatives, gradients, directional derivatives"])
        #expect(concepts?.location.line == 5)
        let why = result.card("TOPIC-01/why")
        #expect(why?.front == "Why does Derivatives & Gradients matter?")
        #expect(why?.backLines == ["Why Important: Foundation for understanding how neural networks learn"])
        let skills = result.card("TOPIC-01/skills")
        #expect(skills?.front == "Derivatives & Gradients: key skills?")
        #expect(skills?.back.count == 1)
        for card in result.deck.cards {
            #expect(card.noteID == "TOPIC-01")
            #expect(card.status == "⬜ Not Started")
            #expect(card.phase == "Phase 1: Mathematical Foundations (Topics 1-5)")
            #expect(card.sections == ["01. Derivatives & Gradients"])
            #expect(card.week == nil && card.priority == nil)
        }
        #expect(result.card("TOPIC-01/concepts")?.kind == .concepts)
        #expect(result.card("TOPIC-01/why")?.kind == .why)
        #expect(result.card("TOPIC-01/skills")?.kind == .skills)
    }

    @Test func topicNumberIsZeroPaddedToTwoDigits() {
        let result = parse("""
            ### 7. Backprop
            **Concepts**: Chain rule
            ### 123. Far Away
            **Key Skills**: Patience
            """)
        #expect(result.ids == ["TOPIC-07/concepts", "TOPIC-123/skills"])
    }

    @Test func missingFieldsGiveNoCardAndATopicWithoutAnyWarns() {
        let result = parse("""
            ### 01. Only Why
            **Status**: Done
            **Why Important**: Because

            ### 02. Nothing Asked
            **Status**: ⬜ Not Started
            """)
        #expect(result.ids == ["TOPIC-01/why"])
        #expect(result.card("TOPIC-01/why")?.status == "Done")
        #expect(result.errors.isEmpty)
        #expect(result.warnings.map(\.location.line) == [5])
        #expect(result.warnings[0].message.contains("TOPIC-02 has none of Concepts, Why Important or Key Skills"))
    }

    @Test func boldColonInsideAndCaseVariantsAreFields() {
        let result = parse("""
            ### 03. Jacobians
            **Concepts:** Jacobian matrices
            **key skills**: Computing Jacobians
            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.ids == ["TOPIC-03/concepts", "TOPIC-03/skills"])
        #expect(result.card("TOPIC-03/skills")?.backLines == ["key skills: Computing Jacobians"])
    }

    @Test func theBlockEndsAtTheNextHeading() {
        let result = parse("""
            ### 01. First
            **Concepts**: A
            ### Elsewhere
            **Concepts**: B
            """)
        #expect(result.ids == ["TOPIC-01/concepts"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func numberedHeadingsThatAreNotTopicsAreSections() {
        let result = parse("""
            ### 4-Week Intensive Plan
            - Q one :: A one
            #### 01. Deeper
            **Concepts**: not a topic at level 4
            """)
        #expect(result.deck.cards.count == 1)
        #expect(result.deck.cards[0].sections == ["4-Week Intensive Plan"])
        #expect(result.diagnostics.isEmpty)
    }
}
