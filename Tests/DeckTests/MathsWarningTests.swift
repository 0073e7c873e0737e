import Testing
@testable import Deck

/// Maths problems in card text are warnings at the card's line; the cards still load as written.
@Suite struct MathsWarningTests {
    @Test func siblingCardsShareOneWarningPerProblem() {
        let result = parse(#"""
            - MATH-001 Loss (High, Not Started, Week 1) :: Formula: $\foo + x$ :: Interview: Why $\log$? :: Notes: $a}$
            """#)
        #expect(result.ids == ["MATH-001/formula", "MATH-001/interview"])
        #expect(result.errors.isEmpty)
        #expect(result.warnings.map(\.description) == [
            #"Decks/test.md:1: warning: maths in Formula: unknown command \foo, shown as written (at character 2)"#,
            "Decks/test.md:1: warning: maths in Notes: unbalanced brace (at character 3)",
        ])
        #expect(result.card("MATH-001/formula")?.back.first?.value == #"$\foo + x$"#)
    }

    @Test func topicFieldsAreCheckedAtTheirOwnLine() {
        let result = parse(#"""
            ## Phase 1

            ### 01. Probability

            **Status**: Not Started
            **Concepts**: Bayes, $P(A \given B)$
            """#)
        #expect(result.warnings.map(\.description) == [
            #"Decks/test.md:6: warning: maths in Concepts: unknown command \given, shown as written (at character 13)"#,
        ])
    }

    @Test func manyProblemsAreSummarised() {
        let result = parse("- Q? :: $" + String(repeating: #"\nope "#, count: 9) + "x$ {#MANY}\n")
        #expect(result.warnings.count == 6)
        #expect(result.warnings.last?.message == "maths in Answer: 4 more problems")
    }

    @Test func textWithoutMathsIsNotChecked() {
        let result = parse("- What costs $5? :: Five dollars; C:\\path is fine {#PLAIN}\n")
        #expect(result.warnings.isEmpty)
    }
}
