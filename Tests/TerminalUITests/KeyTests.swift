import Testing
import TerminalUI

@Suite struct KeyTests {
    @Test func mapsRawModeBytesToKeys() {
        #expect(Key(codePoint: 0x03) == .ctrl("c"))
        #expect(Key(codePoint: 0x1A) == .ctrl("z"))
        #expect(Key(codePoint: 0x0D) == .enter)
        #expect(Key(codePoint: 0x0A) == .enter)
        #expect(Key(codePoint: 0x09) == .tab)
        #expect(Key(codePoint: 0x1B) == .escape)
        #expect(Key(codePoint: 0x7F) == .backspace)
        #expect(Key(codePoint: 0x20) == .space)
        #expect(Key(codePoint: 0x71) == .character("q"))
        #expect(Key(codePoint: 0x3B8) == .character("θ"))
        #expect(Key(codePoint: 0x5B66) == .character("学"))
    }

    @Test func rejectsCodePointsThatAreNotKeys() {
        #expect(Key(codePoint: 0x301) == nil)  // a lone combining mark
        #expect(Key(codePoint: 0xD800) == nil)  // a surrogate
        #expect(Key(codePoint: 0x9B) == nil)  // a C1 control
    }
}
