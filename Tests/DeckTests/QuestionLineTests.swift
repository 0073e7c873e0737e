import Testing
@testable import Deck

@Suite struct QuestionLineTests {
    @Test func questionLineGivesOneCard() {
        let result = parse("- Why ReLU instead of sigmoid? :: It does not saturate for positive inputs")
        #expect(result.diagnostics.isEmpty)
        #expect(result.deck.cards.count == 1)
        let card = result.deck.cards[0]
        #expect(card.kind == .question)
        #expect(card.front == "Why ReLU instead of sigmoid?")
        #expect(card.backLines == ["Answer: It does not saturate for positive inputs"])
        #expect(card.id.rawValue.hasPrefix("Q-"))
        #expect(card.id.rawValue.count == 10)
        #expect(card.id.rawValue.dropFirst(2).allSatisfy { "0123456789abcdef".contains($0) })
        #expect(card.noteID == card.id.rawValue)
    }

    @Test func idIsAKnownHashOfTheNormalisedQuestion() {
        // FNV-1a 64 of "abc" is e71fa2190541574b; folded: e71fa219 ^ 0541574b = e25ef552.
        #expect(QuestionID.make(for: "abc") == CardID("Q-e25ef552"))
        #expect(QuestionID.make(for: "  ABC ") == CardID("Q-e25ef552"))
        #expect(QuestionID.normalised("  What  IS\tthe   Gradient? ") == "what is the gradient?")
    }

    @Test func answerEditsCaseAndSpacingKeepTheIDButNewWordsChangeIt() {
        let original = parse("- What is the gradient? :: The vector of partial derivatives")
        let answerEdited = parse("- What is  the Gradient?   :: The vector of all partial derivatives")
        let reworded = parse("- What is a gradient? :: The vector of partial derivatives")
        #expect(original.ids == answerEdited.ids)
        #expect(original.ids != reworded.ids)
    }

    @Test func explicitIDWinsAndIsRemovedFromTheAnswer() {
        let result = parse("- What is the gradient? :: The vector of partial derivatives {#grad-1}")
        #expect(result.diagnostics.isEmpty)
        #expect(result.ids == ["grad-1"])
        #expect(result.deck.cards[0].backLines == ["Answer: The vector of partial derivatives"])
        #expect(result.deck.cards[0].noteID == "grad-1")
        let reworded = parse("- What's a gradient? :: Partial derivatives {#grad-1}")
        #expect(reworded.ids == ["grad-1"])
    }

    @Test func badExplicitIDEmptyAnswerAndEmptyQuestionAreErrors() {
        let result = parse("""
            - Q one :: A one {#has space}
            - Q two ::
            - Q three :: {#q3}
            - :: An answer
            - Q five :: A five
            """)
        #expect(result.deck.cards.count == 1)
        #expect(result.deck.cards[0].front == "Q five")
        #expect(result.errors.map(\.location.line) == [1, 2, 3, 4])
        #expect(result.errors[0].message.contains("invalid card ID"))
        #expect(result.errors[1].message.contains("empty answer"))
        #expect(result.errors[2].message.contains("empty answer"))
        #expect(result.errors[3].message.contains("empty question"))
    }

    @Test func severalSeparatorsWithoutConceptIDWarnAndGiveNoCard() {
        let result = parse("- a :: b :: c")
        #expect(result.deck.cards.isEmpty)
        #expect(result.errors.isEmpty)
        #expect(result.warnings.count == 1)
    }
}

@Suite struct QuestionIDTests {
    @Test(arguments: [
        "What is the gradient?", "  Mixed\tCASE  and\r\nspaces  ", "a", "", "   ",
        "Ünïcode Ωmega  ∇f?", "tabs\t\tonly\u{0B}vt\u{0C}ff",
    ])
    func asciiShortcutAgreesWithTheNormalisedHash(question: String) {
        let expected = "Q-" + {
            let digits = String(QuestionID.hash(QuestionID.normalised(question).utf8), radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }()
        #expect(QuestionID.make(for: question).rawValue == expected)
    }
}
