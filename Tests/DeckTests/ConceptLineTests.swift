import Testing
@testable import Deck

@Suite struct ConceptLineTests {
    let chainRule = """
        - MATH-011 Chain Rule (High, Not Started, Week 1) :: Formula: d/dx f(g(x)) = f'(g(x))g'(x) \
        :: Interview: How is chain rule used in backprop? :: Resource: https://www.youtube.com/watch?v=YG15m2VwSjA \
        :: Notes: Backpropagation foundation
        """

    @Test func conceptGivesFormulaAndInterviewSiblings() {
        let result = parse(chainRule)
        #expect(result.diagnostics.isEmpty)
        #expect(result.ids == ["MATH-011/formula", "MATH-011/interview"])
        let formula = result.card("MATH-011/formula")
        #expect(formula?.front == "Chain Rule: formula?")
        #expect(formula?.kind == .formula)
        #expect(formula?.backLines == [
            "Formula: d/dx f(g(x)) = f'(g(x))g'(x)",
            "Notes: Backpropagation foundation",
            "Resource: https://www.youtube.com/watch?v=YG15m2VwSjA",
        ])
        let interview = result.card("MATH-011/interview")
        #expect(interview?.front == "How is chain rule used in backprop?")
        #expect(interview?.kind == .interview)
        #expect(interview?.backLines == formula?.backLines)
        for card in result.deck.cards {
            #expect(card.noteID == "MATH-011")
            #expect(card.priority == .high)
            #expect(card.status == "Not Started")
            #expect(card.week == 1)
            #expect(card.location == SourceLocation(file: "Decks/test.md", line: 1))
        }
    }

    @Test func bulletsStarAndDotAndIndentationAllWork() {
        let result = parse("""
            * ML-001 Linear Regression :: Formula: ŷ = Xw + b
              • ML-002 Logistic Regression :: Interview: Why cross-entropy?
            \t- ML-003 Gradient Descent :: Formula: θ = θ - α∇L(θ)
            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.ids == ["ML-001/formula", "ML-002/interview", "ML-003/formula"])
        #expect(result.card("ML-003/formula")?.back.first?.value == "θ = θ - α∇L(θ)")
    }

    @Test func parenthesisedPartIsOptionalAndTolerant() {
        let result = parse("""
            - A-1 No Meta :: Formula: x
            - B-2 Only Week (Week 3) :: Formula: x
            - C-3 Reordered (Low, Week 2) :: Formula: x
            - D-4 Odd Priority (Hgh, Not Started, Week 1) :: Formula: x
            - E-5 Odd Week (Medium, Started, Week one) :: Formula: x
            """)
        let a = result.card("A-1/formula")
        #expect(a?.front == "No Meta: formula?")
        #expect(a?.priority == nil && a?.week == nil && a?.status == nil)
        #expect(result.card("B-2/formula")?.week == 3)
        #expect(result.card("C-3/formula")?.priority == .low)
        #expect(result.card("C-3/formula")?.week == 2)
        let d = result.card("D-4/formula")
        #expect(d?.priority == nil && d?.status == "Not Started" && d?.week == 1)
        let e = result.card("E-5/formula")
        #expect(e?.priority == .medium && e?.status == "Started" && e?.week == nil)
        #expect(result.errors.isEmpty)
        #expect(result.warnings.map(\.location.line) == [4, 5])
        #expect(result.warnings[0].message.contains("unknown priority 'Hgh'"))
        #expect(result.warnings[1].message.contains("unreadable week 'Week one'"))
    }

    @Test func nameWithParenthesesKeepsThemBeforeTheMetaGroup() {
        let result = parse("- DL-9 ReLU (rectifier) (High, Done, Week 4) :: Formula: max(0, x)")
        #expect(result.card("DL-9/formula")?.front == "ReLU (rectifier): formula?")
        #expect(result.card("DL-9/formula")?.status == "Done")
    }

    @Test func conceptWithoutAnyFieldIsAnError() {
        let result = parse("""
            # Deck
            - MATH-011 Chain Rule (High, Not Started, Week 1)
            - MATH-012 Gradient (High) ::
            """)
        #expect(result.deck.cards.isEmpty)
        #expect(result.errors.map(\.location.line) == [2, 3])
        #expect(result.errors.allSatisfy { $0.message.contains("has no field") })
        #expect(result.errors[0].description.hasPrefix("Decks/test.md:2: error: concept MATH-011 has no field"))
    }

    @Test func unknownFieldWarnsButIsShownOnTheBack() {
        let result = parse("- ML-9 SVM :: Formula: min ||w||² :: Intuition: widest street :: notes: margins")
        #expect(result.errors.isEmpty)
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].message.contains("unknown field 'Intuition'"))
        #expect(result.card("ML-9/formula")?.backLines == [
            "Formula: min ||w||²", "notes: margins", "Intuition: widest street",
        ])
    }

    @Test func emptyFormulaIsAnErrorAndGivesNoFormulaCard() {
        let result = parse("- ML-9 SVM :: Formula: :: Interview: Explain the kernel trick :: Notes: margins")
        #expect(result.ids == ["ML-9/interview"])
        #expect(result.errors.count == 1)
        #expect(result.errors[0].message.contains("empty formula"))
        #expect(result.card("ML-9/interview")?.backLines == ["Notes: margins"])
    }

    @Test func segmentWithoutFieldFormIsAnErrorOthersStillLoad() {
        let result = parse("- ML-9 SVM :: Formula: min ||w||² :: just some words :: Interview: Kernel trick?")
        #expect(result.ids == ["ML-9/formula", "ML-9/interview"])
        #expect(result.errors.count == 1)
        #expect(result.errors[0].message.contains("'just some words' is not a 'Field: value'"))
    }

    @Test func conceptWithOnlyNotesWarnsThatItGivesNoCard() {
        let result = parse("- ML-9 SVM :: Notes: margins :: Resource: https://example.com")
        #expect(result.deck.cards.isEmpty)
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].message.contains("neither a Formula nor an Interview"))
    }

    @Test func fieldLabelsMatchCaseInsensitivelyAndKeepTheirSpelling() {
        let result = parse("- ML-9 SVM :: FORMULA: w·x + b :: interview: What is a margin?")
        #expect(result.diagnostics.isEmpty)
        #expect(result.card("ML-9/formula")?.backLines == ["FORMULA: w·x + b"])
        #expect(result.card("ML-9/interview")?.front == "What is a margin?")
    }

    @Test func idThatLooksLikeAConceptButIsAQuestionStaysAQuestion() {
        let result = parse("- GPT-4 vs GPT-3: what changed? :: More parameters and RLHF")
        #expect(result.diagnostics.isEmpty)
        #expect(result.deck.cards.count == 1)
        #expect(result.deck.cards[0].kind == .question)
        #expect(result.deck.cards[0].front == "GPT-4 vs GPT-3: what changed?")
    }

    @Test func doubleColonWithoutSpacesIsNotASeparator() {
        let result = parse("- CPP-1 Move :: Formula: std::move(x) :: Interview: What does std::move do?")
        #expect(result.diagnostics.isEmpty)
        #expect(result.card("CPP-1/formula")?.back.first?.value == "std::move(x)")
        #expect(result.card("CPP-1/interview")?.front == "What does std::move do?")
    }

    @Test func typoFixInAFormulaKeepsTheIDs() {
        let before = parse("- MATH-004 Eigenvalues (Medium) :: Formula: Av = λw :: Interview: Uses?")
        let after = parse("- MATH-004 Eigenvalues/Eigenvectors (Medium) :: Formula: Av = λv :: Interview: Uses in ML?")
        #expect(before.ids == after.ids)
        #expect(before.card("MATH-004/formula")?.back.first?.value != after.card("MATH-004/formula")?.back.first?.value)
    }
}
