import Testing
import TerminalUI

@Suite struct ScreenBufferTests {
    @Test func putsTextAndKeepsEveryRowFullWidth() {
        var buffer = ScreenBuffer(width: 6, height: 2)
        let end = buffer.put("abc", x: 1, y: 0)
        #expect(end == 4)
        #expect(buffer.lines == [" abc  ", "      "])
        #expect(buffer.trimmedLines == [" abc", ""])
    }

    @Test func clipsAtEveryEdge() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.put("abcdef", x: 2, y: 0)
        buffer.put("xyz", x: -2, y: 1)
        buffer.put("hidden", x: 0, y: 2)
        buffer.put("hidden", x: 0, y: -1)
        #expect(buffer.lines == ["  ab", "z   "])
    }

    @Test func honoursMaxWidth() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        buffer.put("abcdef", x: 1, y: 0, maxWidth: 3)
        #expect(buffer.lines == [" abc    "])
    }

    @Test func storesAWideCharacterAsTwoCells() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.put("a学b", x: 0, y: 0)
        #expect(buffer[1, 0].character == "学")
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].character == "b")
        #expect(buffer.lines == ["a学b "])
    }

    @Test func neverSplitsAWideCharacterAtTheRightEdge() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.put("ab学习", x: 0, y: 0)
        #expect(buffer.lines == ["ab学 "])
        #expect(!buffer[4, 0].isContinuation)
        var limited = ScreenBuffer(width: 6, height: 1)
        limited.fill(limited.area, with: ".")
        limited.put("学习", x: 0, y: 0, maxWidth: 3)
        #expect(limited.lines == ["学 ..."])
    }

    @Test func aWideCharacterCutByTheLeftEdgeBecomesASpace() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.fill(buffer.area, with: ".")
        buffer.put("学b", x: -1, y: 0)
        #expect(buffer.lines == [" b.."])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.put("学习", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)  // right half of 学
        #expect(buffer.lines[0] == " x习")
        buffer.put("学", x: 0, y: 1)
        buffer.put("y", x: 0, y: 1)  // left half of 学
        #expect(buffer.lines[1] == "y   ")
        #expect(!buffer[1, 1].isContinuation)
    }

    @Test func showsATabAsASpaceAndKeepsCombiningMarksWithTheirLetter() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("e\u{301}\t!", x: 0, y: 0)
        #expect(buffer.lines == ["e\u{301} ! "])
    }

    @Test func fillsAndRestylesRectangles() {
        var buffer = ScreenBuffer(width: 4, height: 3)
        buffer.fill(Rect(x: 1, y: 1, width: 5, height: 5), with: "#", style: .bold)
        #expect(buffer.lines == ["    ", " ###", " ###"])
        #expect(buffer[2, 2].style == .bold)
        buffer.setStyle(.reverse, in: Rect(x: 0, y: 2, width: 2, height: 1))
        #expect(buffer[1, 2].style == .reverse)
        #expect(buffer[1, 2].character == "#")
        #expect(buffer[2, 2].style == .bold)
    }

    @Test func diffReportsOnlyChangedCells() {
        var before = ScreenBuffer(width: 10, height: 3)
        before.put("hello", x: 0, y: 0)
        var after = before
        after.put("help", x: 0, y: 0)
        after.put("!", x: 9, y: 2)
        let changes = after.changes(from: before)
        #expect(changes == [
            CellChange(x: 3, y: 0, cell: Cell("p")),
            CellChange(x: 9, y: 2, cell: Cell("!")),
        ])
        #expect(after.changes(from: after).isEmpty)
    }

    @Test func diffReportsStyleChanges() {
        var before = ScreenBuffer(width: 3, height: 1)
        before.put("abc", x: 0, y: 0)
        var after = before
        after.setStyle(.reverse, in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(after.changes(from: before) == [CellChange(x: 1, y: 0, cell: Cell("b", style: .reverse))])
    }

    @Test func diffReportsBothHalvesOfAChangedWideCharacter() {
        var before = ScreenBuffer(width: 4, height: 1)
        before.put("ab", x: 1, y: 0)
        var after = before
        after.put("学", x: 1, y: 0)
        let changes = after.changes(from: before)
        #expect(changes.map(\.x) == [1, 2])
        #expect(changes[0].cell.character == "学")
        #expect(changes[1].cell.isContinuation)
    }

    @Test func diffAgainstNothingOrAnotherSizeRedrawsEverything() {
        let buffer = ScreenBuffer(width: 3, height: 2)
        #expect(buffer.changes(from: nil).count == 6)
        #expect(buffer.changes(from: ScreenBuffer(width: 2, height: 2)).count == 6)
    }
}
