import Testing
import TerminalUI

/// Whole grapheme clusters: measured as one, stored in one cell, never split.
@Suite struct GraphemeClusterTests {
    static let samples: [(text: String, name: String)] = [
        ("👩‍💻", "ZWJ sequence"), ("👨‍👩‍👧‍👦", "family ZWJ sequence"), ("🇫🇷", "flag"), ("🇯🇵", "flag"),
        ("👍🏽", "skin tone"), ("❤️", "variation selector 16"), ("☝🏿", "narrow base with a skin tone"),
    ]

    @Test func emojiClustersTakeTwoCells() {
        for sample in Self.samples {
            #expect(Character(sample.text).displayWidth == 2, "\(sample.name) \(sample.text)")
            #expect(sample.text.displayWidth == 2, "\(sample.name) \(sample.text)")
        }
        #expect("🇫🇷🇯🇵".displayWidth == 4)
        #expect("❤".displayWidth == 1)  // text presentation without U+FE0F
        #expect("é".displayWidth == 1)
    }

    @Test func aCellHoldsTheWholeClusterAndItsContinuation() {
        for sample in Self.samples {
            var buffer = ScreenBuffer(width: 6, height: 1)
            let end = buffer.put("a" + sample.text + "b", x: 0, y: 0)
            #expect(end == 4, "\(sample.name)")
            #expect(buffer[1, 0].character == Character(sample.text), "\(sample.name): the cell keeps every scalar")
            #expect(buffer[1, 0].width == 2)
            #expect(buffer[2, 0].isContinuation)
            #expect(buffer[3, 0].character == "b")
            #expect(buffer.lines[0].hasPrefix("a" + sample.text + "b"), "\(sample.name)")
        }
    }

    @Test func wrappingNeverSplitsACluster() {
        let text = "Ship it 🇫🇷 with 👩‍💻 and 👍🏽 ok"
        for width in 3...12 {
            let lines = text.wrapped(width: width)
            #expect(lines.joined(separator: " ").contains("🇫🇷"), "width \(width)")
            #expect(lines.joined(separator: " ").contains("👩‍💻"), "width \(width)")
            #expect(lines.allSatisfy { $0.displayWidth <= width }, "width \(width): \(lines)")
        }
    }
}
