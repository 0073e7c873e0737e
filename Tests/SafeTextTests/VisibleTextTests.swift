import SafeText
import Testing

@Suite struct VisibleTextTests {
    @Test func escapeSequencesAreShownWithAVisibleEscape() {
        #expect(VisibleText.line("Evil \u{1B}[2J\u{1B}]0;PWNED\u{07} question?") == "Evil ␛[2J␛]0;PWNED␇ question?")
        #expect(VisibleText.line("\u{1B}[31mred\u{1B}[0m") == "␛[31mred␛[0m")
    }

    @Test func everyC0ControlIsItsControlPictureAndDeleteIsItsOwn() {
        for value in UInt32(0)..<0x20 where value != 0x09 {
            let scalar = Unicode.Scalar(value)!
            #expect(VisibleText.line(String(Character(scalar))) == String(Character(Unicode.Scalar(0x2400 + value)!)))
        }
        #expect(VisibleText.line("a\u{7F}b") == "a␡b")
        #expect(VisibleText.line("a\r\nb") == "a␍␊b")
    }

    @Test func linesKeepLineFeedsOnlyAndTabsBecomeSpaces() {
        #expect(VisibleText.lines("one\ntwo\r\n") == "one\ntwo␍\n")
        #expect(VisibleText.line("one\ntwo") == "one␊two")
        #expect(VisibleText.lines("a\tb") == "a b")
        #expect(VisibleText.line("a\tb") == "a b")
    }

    @Test func c1AndBidirectionalAndFormatCharactersShowTheirCodePoint() {
        #expect(VisibleText.line("a\u{9B}2J") == "a<U+009B>2J")
        #expect(VisibleText.line("a\u{85}b") == "a<U+0085>b")
        #expect(VisibleText.line("access\u{202E} \u{2066}level\u{2069}") == "access<U+202E> <U+2066>level<U+2069>")
        #expect(VisibleText.line("\u{200E}\u{200F}\u{061C}") == "<U+200E><U+200F><U+061C>")
        #expect(VisibleText.line("x\u{2028}y\u{2029}") == "x<U+2028>y<U+2029>")
        #expect(VisibleText.kind(of: "\u{202E}") == .bidirectional)
        #expect(VisibleText.kind(of: "\u{206B}") == .format)
        #expect(VisibleText.kind(of: "\u{1B}") == .control)
    }

    @Test func ordinaryTextIsLeftAloneIncludingJoinersAndMaths() {
        for text in ["Adam: m=β₁m+(1-β₁)g", "学习 👩‍💻 👍🏽", "e\u{301}", "zero\u{200B}width", "נתונים עברית", "∇f ─ █ ░ →", ""] {
            #expect(VisibleText.isSafe(text))
            #expect(VisibleText.line(text) == text)
            #expect(VisibleText.marked(text, keepingNewlines: false) == nil)
        }
    }

    @Test func markingTwiceChangesNothing() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<500 {
            let text = random.nastyText()
            let once = VisibleText.line(text)
            #expect(VisibleText.line(once) == once)
            #expect(VisibleText.isSafe(once))
        }
    }

    @Test func markedTextHoldsNoControlNoC1NoBidiAndNoEscapeByte() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<2000 {
            let text = random.nastyText()
            let line = VisibleText.line(text)
            #expect(SafeBytes.problem(in: Array(line.utf8), allowingNewlines: false) == nil, "\(Array(text.unicodeScalars))")
            let lines = VisibleText.lines(text)
            #expect(SafeBytes.problem(in: Array(lines.utf8), allowingNewlines: true) == nil)
        }
    }

    @Test func theQuickByteLookFindsEveryMarkedScalar() {
        // Every code point up to U+FFFF, so a byte pattern missed by the quick look would show.
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            let marked = VisibleText.kind(of: scalar) != nil || scalar == "\t"
            #expect(VisibleText.isSafe(text) == !marked, "U+\(String(value, radix: 16))")
        }
    }

    @Test func theWordAtATimeLookAtBytesInMemoryFindsEveryMarkedScalarAtEveryOffset() {
        var values: [UInt32] = Array(0...0x2FF) + Array(0x600...0x6FF) + Array(0x2000...0x20FF) + Array(0xFFF0...0xFFFF)
        values.append(0x1F600)
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let marked = VisibleText.kind(of: scalar) != nil || scalar == "\t"
            for offset in 0..<10 {
                let bytes = Array((String(repeating: "a", count: offset) + String(Character(scalar)) + "bcdefghijk").utf8)
                let found = bytes.withUnsafeBufferPointer { VisibleText.mayHoldMarks(utf8: $0) }
                #expect(found == marked, "U+\(String(value, radix: 16)) at \(offset)")
            }
        }
        #expect(Array("2026-11-21T09:00:00.000Z review MATH-011/formula".utf8).withUnsafeBufferPointer {
            VisibleText.mayHoldMarks(utf8: $0)
        } == false)
    }

    @Test func messagesNameTheCodePoint() {
        #expect(VisibleText.codePoint("\u{1B}") == "U+001B")
        #expect(VisibleText.codePoint("\u{202E}") == "U+202E")
        #expect(VisibleText.markedScalars(in: "\u{1B}[2J\u{1B}]0;x\u{07}") == ["\u{1B}", "\u{07}"])
        #expect(VisibleText.firstMarked(in: "ok")  == nil)
    }
}
