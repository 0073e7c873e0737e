import Testing
@testable import Deck

@Suite struct EncodingTests {
    @Test func byteOrderMarkIsSkipped() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# Title\n- Q :: A\n".utf8)
        let result = DeckParser.parse(bytes, file: "bom.md")
        #expect(result.deck.name == "Title")
        #expect(result.deck.cards.count == 1)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func crlfLineEndsAndAMissingFinalNewline() {
        let crlf = parse("# T\r\n## Math\r\n- ML-1 X (High, Done, Week 2) :: Formula: a = b\r\n- Q :: A")
        let lf = parse("# T\n## Math\n- ML-1 X (High, Done, Week 2) :: Formula: a = b\n- Q :: A\n")
        #expect(crlf.diagnostics.isEmpty)
        #expect(crlf.deck == lf.deck)
        #expect(crlf.card("ML-1/formula")?.back.first?.value == "a = b")
        #expect(crlf.deck.cards.last?.backLines == ["Answer: A"])
        #expect(crlf.deck.cards.last?.location.line == 4)
    }

    @Test func tabsAroundSeparatorsAndInIndentation() {
        let result = parse("\t-\tML-1\tX (High)\t::\tFormula:\ta = b\t::\tNotes:\tn\n\t-\tQ\t::\tA\t\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.card("ML-1/formula")?.backLines == ["Formula: a = b", "Notes: n"])
        #expect(result.deck.cards.last?.front == "Q")
        #expect(result.deck.cards.last?.backLines == ["Answer: A"])
    }

    @Test func invalidUTF8LineIsReportedWithLineAndColumnAndSkipped() {
        var bytes = Array("# T\n- Q one :: A one\n- Q two :: A ".utf8)
        bytes += [0xC3, 0x28]  // a lead byte followed by a non-continuation byte
        bytes += Array("\n- Q three :: A three\n".utf8)
        let result = DeckParser.parse(bytes, file: "bad.md")
        #expect(result.deck.cards.map(\.front) == ["Q one", "Q three"])
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.description == "bad.md:3: error: invalid UTF-8 on this line at byte column 14; line skipped")
    }

    @Test func utf8ValidatorRejectsOverlongsSurrogatesAndTruncation() {
        func offset(_ bytes: [UInt8]) -> Int? {
            bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0[...]) }
        }
        #expect(offset(Array("∇f = [∂f/∂x₁] 😀 é".utf8)) == nil)
        #expect(offset([0x41, 0xC0, 0x80]) == 1)         // overlong NUL
        #expect(offset([0xED, 0xA0, 0x80]) == 0)         // surrogate
        #expect(offset([0xF4, 0x90, 0x80, 0x80]) == 0)   // past U+10FFFF
        #expect(offset([0x41, 0x42, 0xE2, 0x88]) == 2)   // truncated at the end
        #expect(offset([0xFF]) == 0)
    }
}
