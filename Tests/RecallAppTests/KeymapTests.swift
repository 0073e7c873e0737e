import RecallApp
import ReviewLog
import SM2
import Testing
import TerminalUI

/// The one keymap: keys on a hidden card, Anki's grade keys, and the footer and help it draws.
@Suite struct KeymapTests {
    @Test func onTheTooSmallScreenOnlyQuitActs() {
        var driver = Driver(Fixture.model(.review))
        driver.send(.resize(Size(width: 30, height: 8)))
        driver.type(" 4u e?")
        #expect(driver.effects.isEmpty)
        #expect(driver.model.run?.revealed == false)
        #expect(driver.model.overlay == nil)
        driver.send(.resize(Size(width: 80, height: 24)))
        driver.type(" 4")
        #expect(driver.appended.map(\.grade) == [.good])
        driver.send(.resize(Size(width: 30, height: 8)))
        driver.press(.character("q"))
        #expect(driver.model.screen == .summary)
        #expect(driver.effects.last == .endSession)
    }

    @Test func ankiKeysGradeTwoToFiveAndSpaceGradesGood() {
        var driver = Driver(Fixture.model(.review, gradeKeys: .anki))
        driver.type(" 1 2 3 4")
        #expect(driver.appended.map(\.grade) == [.almost, .hard, .good, .easy])
        // 0 and 5 are not keys of Anki's.
        var other = Driver(Fixture.model(.review, gradeKeys: .anki))
        other.type(" 05")
        #expect(other.appended.isEmpty)
        other.press(.space)
        #expect(other.appended.map(\.grade) == [.good])
    }

    @Test func ankiFooterAndHelpNameTheFourButtons() {
        var driver = Driver(Fixture.model(.review, gradeKeys: .anki))
        driver.press(.space)
        #expect(driver.lines()[23] == " 1 again → 1d  2 hard  3 good  4 easy → 1d  u undo  e edit  ? help  q quit")
        driver.press(.character("?"))
        let help = driver.lines().joined(separator: "\n")
        #expect(help.contains("again, grade 2"))
        #expect(help.contains("Space  grade 4, as good does"))
    }

    @Test func withZeroToFiveSpaceOnARevealedCardSaysWhichKeysGradeAndNeverGrades() {
        var driver = Driver(Fixture.model(.review))
        driver.type("  ")
        #expect(driver.appended.isEmpty)
        #expect(driver.lines()[22].contains("Grade with 0 blank, 1 wrong, 2 almost, 3 hard, 4 good, 5 easy"))
        driver.press(.space)
        #expect(driver.appended.isEmpty)
    }

    @Test func everyContextHasItsHelpKeyInTheFooterAndEveryBindingInTheHelp() {
        let keymap = Keymap.standard()
        for context in [KeyContext.home, .front, .revealed] {
            #expect(keymap.footer(in: context).contains { $0.key == "?" })
            // A binding without help text is named by another row's label (`- ! i`).
            let rows = keymap.helpRows(in: context, compact: false)
            #expect(rows.count == keymap.bindings(in: context).filter { !$0.help.isEmpty }.count)
            for binding in keymap.bindings(in: context) where binding.help.isEmpty {
                #expect(rows.contains { $0.label.split(separator: " ").contains(Substring(binding.label)) }, "\(binding.label)")
            }
        }
        #expect(keymap.action(for: .character("4"), in: .revealed) == .grade(.good))
        #expect(keymap.action(for: .character("4"), in: .front) == .gradeTooEarly)
        #expect(keymap.action(for: .character("4"), in: .tooSmall) == nil)
    }
}
