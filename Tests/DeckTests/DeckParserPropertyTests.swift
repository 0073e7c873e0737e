import Testing
@testable import Deck

/// The deck parser over thousands of random inputs: it never crashes, every card and problem
/// points at a line of the file, and a bad line never costs the good lines around it their cards.
@Suite struct DeckParserPropertyTests {
    /// Seeded SplitMix64, so every run sees the same inputs.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that make near-valid deck lines likely.
    static let fragments: [[UInt8]] = [
        "# ", "## ", "### ", "#### ", "- ", "* ", "• ", "  ", "\t", "::", " :: ", "Formula:", "Interview:",
        "Notes:", "Resource:", "Colour:", "MATH-011", "ML-2", "X-", "(High, Not Started, Week 1)", "(Low",
        "Week 99)", "**Status**: ", "**Concepts**: ", "**Why Important**: ", "**Key Skills**: ", "01. ",
        "{#ID-1}", "{#", "Question?", "∇f", "σ", "é", "\r", "\u{FEFF}", "| a | b |", "- [ ] ",
        "\n- MATH-011 Chain Rule :: Formula: x", "\n- What is θ? :: An angle", "\n### 01. Topic\n**Concepts**: c",
        "\n* ML-7 Adam (Low, Done, Week 3) :: Interview: Why?",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0x00], [0xE2, 0x88]]

    static func randomBytes(using generator: inout Generator) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...50, using: &generator) {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0...1: bytes.append(UInt8(ascii: "\n"))
            case 2: bytes.append(UInt8.random(in: 0...255, using: &generator))
            case 3: bytes.append(UInt8.random(in: 0x20...0x7E, using: &generator))
            default: bytes += fragments[Int.random(in: 0..<fragments.count, using: &generator)]
            }
        }
        return bytes
    }

    @Test func randomBytesNeverCrashAndEverythingPointsAtALineOfTheFile() {
        var generator = Generator(state: 2026)
        var withCards = 0, withProblems = 0
        for _ in 0..<5_000 {
            let bytes = Self.randomBytes(using: &generator)
            let result = DeckParser.parse(bytes, file: "random.md")
            let lines = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            for card in result.deck.cards {
                #expect((1...lines).contains(card.location.line))
                #expect(!card.id.rawValue.isEmpty)
                #expect(!card.front.isEmpty)
            }
            for problem in result.diagnostics {
                #expect((0...lines).contains(problem.location.line), "\(problem)")
            }
            // The same bytes always give the same cards.
            #expect(DeckParser.parse(bytes, file: "random.md").deck.cards.map(\.id) == result.deck.cards.map(\.id))
            let library = DeckLibrary(parsed: [result])
            #expect(Set(library.cards.map(\.id)).count == library.cards.count)
            if !result.deck.cards.isEmpty { withCards += 1 }
            if !result.diagnostics.isEmpty { withProblems += 1 }
        }
        // The inputs reach both the card paths and the problem paths.
        #expect(withCards > 100)
        #expect(withProblems > 100)
    }

    /// A random valid concept line and the cards it must give.
    static func conceptLine(number: Int, using generator: inout Generator) -> (line: String, ids: [String], fronts: [String]) {
        let id = "GEN-\(number)"
        let name = ["Chain Rule", "Adam", "Σ-Δ loss", "Dropout ∇"][Int.random(in: 0..<4, using: &generator)] + " \(number)"
        let meta = Bool.random(using: &generator) ? " (High, Not Started, Week \(Int.random(in: 1...20, using: &generator)))" : ""
        var fields: [String] = []
        var ids: [String] = []
        var fronts: [String] = []
        let hasFormula = Bool.random(using: &generator)
        let hasInterview = !hasFormula || Bool.random(using: &generator)
        if hasFormula {
            fields.append("Formula: f\(number)(x) = ∂x/∂θ")
            ids.append("\(id)/formula")
            fronts.append("\(name): formula?")
        }
        if hasInterview {
            fields.append("Interview: Why does \(number) matter?")
            ids.append("\(id)/interview")
            fronts.append("Why does \(number) matter?")
        }
        if Bool.random(using: &generator) { fields.append("Notes: note \(number)") }
        let bullet = ["-", "*", "•"][Int.random(in: 0..<3, using: &generator)]
        return ("\(bullet) \(id) \(name)\(meta) :: " + fields.joined(separator: " :: "), ids, fronts)
    }

    @Test func garbageBetweenValidLinesNeverCostsThemTheirCards() {
        var generator = Generator(state: 7)
        for _ in 0..<1_000 {
            var bytes = Array("# Deck\n\n## Phase\n\n".utf8)
            var expectedIDs: [String] = []
            var expectedFronts: [String] = []
            for number in 0..<Int.random(in: 1...8, using: &generator) {
                // Garbage on its own lines: no newline inside it, and never a heading or a list item.
                let garbage = Self.randomBytes(using: &generator).filter { $0 != UInt8(ascii: "\n") }
                if !garbage.isEmpty, ![UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "*"), 0xE2, UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "*")]
                    .contains(garbage[0]), !garbage.starts(with: Array("**".utf8)) {
                    bytes += Array("\n".utf8) + garbage + Array("\n\n".utf8)
                }
                let concept = Self.conceptLine(number: number, using: &generator)
                bytes += Array((concept.line + "\n").utf8)
                expectedIDs += concept.ids
                expectedFronts += concept.fronts
            }
            let result = DeckParser.parse(bytes, file: "mixed.md")
            let conceptCards = result.deck.cards.filter { $0.id.rawValue.hasPrefix("GEN-") }
            #expect(conceptCards.map(\.id.rawValue) == expectedIDs)
            #expect(conceptCards.map(\.front) == expectedFronts)
        }
    }
}
