import RecallApp
import Testing
import TerminalUI

/// A card taller than the screen scrolls, says where the view is, and is never cut.
@Suite struct CardScrollTests {
    static let longAnswer = (1...120).map { "step \($0) of the derivation" }.joined(separator: " ")
    static let deck = "# Long\n\n## Calculus\n\n- Why does the long derivation hold? :: \(longAnswer) {#Q-LONG}\n"

    @Test func aLongAnswerScrollsWithJKAndPagesToItsLastWord() {
        var driver = Driver(Fixture.model(.review, text: Self.deck))
        driver.press(.space)
        let first = driver.lines()
        #expect(first[3].contains("Why does the long derivation hold?"))
        #expect(first[21].contains("▼"))
        #expect(!first.joined().contains("step 120 of"))
        driver.press(.character("j"))
        #expect(driver.lines()[3].contains("▲"))
        driver.press(.pageDown)
        driver.press(.pageDown)
        driver.press(.down)
        let last = driver.lines()
        #expect(last.joined(separator: " ").contains("step 120 of"))
        #expect(!last[21].contains("▼"))
        driver.press(.character("k"))
        driver.press(.pageUp)
        driver.press(.pageUp)
        driver.press(.up)
        #expect(driver.lines()[3].contains("Why does the long derivation hold?"))
        #expect(driver.effects.isEmpty)
        // The next card starts from its top.
        driver.press(.pageDown)
        driver.press(.character("4"))
        #expect(driver.model.cardScroll == 0)
    }

    @Test func theQuestionStaysWholeAfterTheRevealAt80x24() {
        let question = (1...90).map { "word\($0)" }.joined(separator: " ") + "?"
        let deck = "# Q\n\n## P\n\n- \(question) :: short answer {#Q-Q}\n"
        var driver = Driver(Fixture.model(.review, text: deck))
        driver.press(.space)
        let text = driver.lines().joined(separator: " ")
        #expect(text.contains("word90?"))
        #expect(text.contains("short answer"))
        #expect(!text.contains("▼"))
    }
}
