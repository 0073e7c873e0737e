import Testing
import TerminalUI

@Suite struct TextLayoutTests {
    @Test func wrapsAtWordBoundaries() {
        #expect("How is chain rule used in backprop?".wrapped(width: 12) == ["How is chain", "rule used in", "backprop?"])
        #expect("one two".wrapped(width: 7) == ["one two"])
        #expect("one two".wrapped(width: 6) == ["one", "two"])
    }

    @Test func breaksWordsLongerThanTheLine() {
        #expect("see https://example.com/abcdef".wrapped(width: 10) == ["see", "https://ex", "ample.com/", "abcdef"])
    }

    @Test func keepsExplicitNewlinesAndEmptyParagraphs() {
        #expect("a b\n\nc".wrapped(width: 10) == ["a b", "", "c"])
        #expect("a\r\nb".wrapped(width: 10) == ["a", "b"])
        #expect("".wrapped(width: 10) == [""])
        #expect("abc".wrapped(width: 0) == [])
    }

    @Test func keepsInnerSpacesAndDropsThemAtBreaks() {
        #expect("a  b    c".wrapped(width: 4) == ["a  b", "c"])
        #expect("  indented text".wrapped(width: 11) == ["  indented", "text"])
    }

    @Test func wrapsCJKWithoutSplittingACharacter() {
        let lines = "学习机器学习".wrapped(width: 5)
        #expect(lines == ["学习", "机器", "学习"])
        for line in lines { #expect(line.displayWidth <= 5) }
        #expect("学习".wrapped(width: 1) == ["学", "习"])
    }

    @Test func wrapsFormulasByCellsNotBytes() {
        let lines = "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]".wrapped(width: 13)
        #expect(lines == ["∇f = [∂f/∂x₁", "... ∂f/∂xₙ]"])
    }

    @Test func truncatesWithAnEllipsis() {
        #expect("Mathematical Foundations".truncated(width: 10) == "Mathemati…")
        #expect("short".truncated(width: 10) == "short")
        #expect("学习机器".truncated(width: 6) == "学习…")
        #expect("学习机器".truncated(width: 4) == "学…")
        #expect("abc".truncated(width: 1) == "a")
        #expect("abc".truncated(width: 0) == "")
    }

    @Test func padsToAWidthWithAlignment() {
        #expect("ab".padded(width: 5) == "ab   ")
        #expect("ab".padded(width: 5, alignment: .center) == " ab  ")
        #expect("ab".padded(width: 5, alignment: .right) == "   ab")
        #expect("学".padded(width: 4, alignment: .center) == " 学 ")
        #expect("abcdef".padded(width: 4) == "abc…")
    }
}
