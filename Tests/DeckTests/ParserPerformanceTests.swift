import Testing
@testable import Deck
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct ParserPerformanceTests {
    /// 100 000 cards in 10 files: 40 000 concept lines (two cards each) and 20 000 questions.
    static func bigDecks() -> [[UInt8]] {
        (0..<10).map { file in
            var text = "# Big \(file)\n\n"
            for phase in 0..<10 {
                text += "## Phase \(phase)\n\n### Section\n\n"
                for item in 0..<400 {
                    let id = "F\(file)P\(phase)-\(item)"
                    text += "- \(id) Concept \(item) (High, Not Started, Week \(phase)) :: Formula: ∇f = [∂f/∂x₁ ... ∂f/∂xₙ] "
                        + ":: Interview: What is concept \(item) of \(id)? :: Resource: https://example.com/\(item) :: Notes: n\n"
                }
                for item in 0..<200 {
                    text += "- Question \(item) of file \(file), phase \(phase)? :: Answer \(item)\n"
                }
            }
            return Array(text.utf8)
        }
    }

    @Test func hundredThousandCardsParseQuickly() {
        let files = Self.bigDecks()
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let start = Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9
        let results = files.enumerated().map { DeckParser.parse($0.element, file: "big\($0.offset).md") }
        let library = DeckLibrary(parsed: results)
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let seconds = Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9 - start
        #expect(library.cards.count == 100_000)
        #expect(library.diagnostics.isEmpty)
        #if !DEBUG
        #expect(seconds < 0.2, "parsing 100 000 cards took \(seconds) s")
        #endif
        _ = seconds
    }
}
