import Testing
@testable import Deck
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct ParserPerformanceTests {
    /// 10 000 cards per file: 4 000 concept lines (two cards each) and 2 000 questions.
    static func bigDecks(files: Int) -> [[UInt8]] {
        (0..<files).map { file in
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

    /// Seconds of CPU this thread has used: steady even when other processes load the machine.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func hundredThousandCardsParseQuickly() {
        // Debug builds only check the cards come out right, on a tenth of the data.
        #if DEBUG
        let (fileCount, rounds) = (1, 1)
        #else
        let (fileCount, rounds) = (10, 5)
        #endif
        let files = Self.bigDecks(files: fileCount)
        var fastest = Double.infinity
        for _ in 0..<rounds {
            let start = Self.threadCPUSeconds()
            let library = DeckLibrary(
                parsed: files.enumerated().map { DeckParser.parse($0.element, file: "big\($0.offset).md") })
            fastest = min(fastest, Self.threadCPUSeconds() - start)
            #expect(library.cards.count == 10_000 * fileCount)
            #expect(library.diagnostics.isEmpty)
        }
        #if !DEBUG
        // The design's budget is 0.5 s for loading decks and log and planning; decks get well under half.
        #expect(fastest < 0.15, "parsing 100 000 cards took \(fastest) s of CPU")
        #endif
        print("parsing \(10_000 * fileCount) cards took \(fastest) s of CPU (fastest of \(rounds))")
    }
}
