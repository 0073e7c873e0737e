import Testing
import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func asciiTakesOneCellPerCharacter() {
        #expect("Adam Optimizer: formula?".displayWidth == 24)
        #expect("".displayWidth == 0)
    }

    @Test func mathematicalNotationTakesOneCellPerScalar() {
        let formula = "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]"
        #expect(formula.displayWidth == formula.unicodeScalars.count)
        #expect("m=β₁m+(1-β₁)g; v=β₂v+(1-β₂)g²".displayWidth == 29)
        #expect("Σ √ θ σ ᵀ".displayWidth == 9)
    }

    @Test func cjkAndHangulTakeTwoCells() {
        #expect("学习".displayWidth == 4)
        #expect("한국어".displayWidth == 6)
        #expect("ＡＢ".displayWidth == 4)  // fullwidth forms
        #expect("学a".displayWidth == 3)
    }

    @Test func combiningMarksTakeNoCell() {
        #expect("e\u{301}".displayWidth == 1)
        #expect("x\u{20D7}".displayWidth == 1)  // combining arrow above (vector)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0300)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x20D0)!) == 0)
    }

    @Test func zeroWidthCharactersTakeNoCellAndControlsTakeTheirMarksCells() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)  // zero-width space
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)  // zero-width joiner
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)  // variation selector 16
        // Controls are drawn as their marks: `␇` and `␛` take a cell each, `<U+202E>` eight.
        #expect("a\u{7}b\u{1B}".displayWidth == 4)
        #expect(DisplayWidth.of(Unicode.Scalar(0x202E)!) == 8)
    }

    @Test func emojiTakeTwoCellsEvenAsSequences() {
        #expect("🎯".displayWidth == 2)
        #expect("🧠".displayWidth == 2)
        #expect("👩‍💻".displayWidth == 2)  // joined with U+200D: one cluster
        #expect("👍🏽".displayWidth == 2)  // with a skin tone modifier
        #expect(Character("👩‍💻").displayWidth == 2)
    }
}
