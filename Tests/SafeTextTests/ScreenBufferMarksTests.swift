import SafeText
import TerminalUI
import Testing

/// Every text write into a screen buffer goes through `VisibleText`: whatever the text, the
/// cells hold no control, and each mark takes the cells `displayWidth` measured for it.
@Suite struct ScreenBufferMarksTests {
    @Test func anEscapeSequenceIsDrawnAsVisibleCellsNotInstructions() {
        var buffer = ScreenBuffer(width: 30, height: 2)
        let end = buffer.put("Evil \u{1B}[2J\u{1B}]0;PWNED\u{07}?", x: 0, y: 0)
        #expect(buffer.trimmedLines[0] == "Evil ␛[2J␛]0;PWNED␇?")
        #expect(end == 20)
        buffer.put("a\u{202E}b\u{85}c", x: 0, y: 1)
        #expect(buffer.trimmedLines[1] == "a<U+202E>b<U+0085>c")
    }

    @Test func aMarkIsCutByTheLimitLikeAnyText() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("ab\u{202E}cd", x: 0, y: 0, maxWidth: 6)
        #expect(buffer.lines[0] == "ab<U+2    ")
    }

    @Test func fillWithAControlFillsWithItsMark() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer.fill(buffer.area, with: "\u{1B}")
        #expect(buffer.lines == ["␛␛␛"])
    }

    @Test func layoutMeasuresMarksAsTheyAreDrawn() {
        #expect("a\u{1B}[2J".displayWidth == 5)
        #expect("\u{202E}".displayWidth == 8)
        #expect("a\u{9B}".displayWidth == 9)
        #expect("x\r\ny".displayWidth == 4)
        #expect("a\u{1B}[2Jbcdef".truncated(width: 6) == "a\u{1B}[2J…")
        #expect("\u{1B}[2J xx".padded(width: 8) == "\u{1B}[2J xx ")
    }

    @Test func randomTextNeverLeavesAControlInABufferAndMarksTakeTheirMeasuredCells() {
        var random = SeededRandom(seed: 2026)
        for _ in 0..<1500 {
            let text = random.nastyText(maxPieces: 12)
            // Measured as drawn: the marked text takes exactly the cells the text was measured at.
            #expect(VisibleText.line(text).displayWidth == text.displayWidth, "\(Array(text.unicodeScalars))")
            var wide = ScreenBuffer(width: 200, height: 1)
            let end = wide.put(text, x: 0, y: 0)
            #expect(end == text.displayWidth, "\(Array(text.unicodeScalars))")

            var buffer = ScreenBuffer(width: 1 + random.below(40), height: 3)
            buffer.put(text, x: random.below(10) - 3, y: 0, maxWidth: random.below(30))
            for (row, line) in text.wrapped(width: buffer.width).prefix(2).enumerated() {
                buffer.put(line, x: 0, y: row + 1)
            }
            buffer.fill(Rect(x: 0, y: 2, width: 2, height: 1), with: text.first ?? " ")
            for line in buffer.lines {
                #expect(line.displayWidth == buffer.width, "\(line)")
                #expect(SafeBytes.problem(in: Array(line.utf8), allowingNewlines: false) == nil, "\(line)")
            }
        }
    }
}
