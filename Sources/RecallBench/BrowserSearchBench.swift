import Deck
import Foundation
import RecallApp
import Study
import TerminalUI

/// Times the browser's search as it is typed: each key press through `CardBrowser.press` and
/// `render` at the given size. The queries are words taken from the cards' own text (and a few
/// that match nothing), typed letter by letter after `/`, then cleared with Escape.
enum BrowserSearchBench {
    /// The samples line for `presses` key presses, and the time the search index took to build.
    static func run(library: DeckLibrary, replay: Replay, size: Size, presses: Int) -> (Samples, UInt64) {
        let built = Stopwatch.time { CardBrowser(library: library, replay: replay, size: size) }
        var browser = built.result
        var generator = SplitMix64(seed: 42)
        var samples = Samples(name: "browser search, a key typed: update + view, \(size.width)x\(size.height)")
        var words: [String] = ["zqxj", "attention", "gradient", "softmax", "loss", "∂f/∂x", "Café"]
        if !library.cards.isEmpty {
            // A card ID typed whole, as one looks a card up by its ID.
            words.append(library.cards[library.cards.count / 2].id.rawValue)
        }
        for _ in 0..<64 where !library.cards.isEmpty {
            let card = library.cards[Int(generator.next() % UInt64(library.cards.count))]
            let text = card.front + " " + card.id.rawValue
            let candidates = text.split(separator: " ").filter { $0.count >= 4 }
            if let word = candidates.first { words.append(String(word.prefix(10))) }
        }
        var cpu = Samples(name: "browser search, a key typed, thread CPU time")
        var wordIndex = 0
        var worst: (nanoseconds: UInt64, word: String) = (0, "")
        while samples.count < presses {
            let word = words[wordIndex % words.count]
            wordIndex += 1
            var keys: [Key] = [.character("/")]
            keys += word.map { Key.character($0) }
            keys.append(.escape)
            var slowest: UInt64 = 0
            var slowestCPU: UInt64 = 0
            for key in keys where samples.count < presses {
                let cpuStart = Stopwatch.threadCPU()
                let timed = Stopwatch.time { () -> ScreenBuffer in
                    _ = browser.press(key)
                    return browser.render(size: size, banner: nil)
                }
                samples.add(timed.nanoseconds)
                let used = Stopwatch.threadCPU() - cpuStart
                cpu.add(used)
                slowestCPU = max(slowestCPU, used)
                if ProcessInfo.processInfo.environment["RECALL_BENCH_VERBOSE"] == "keys", wordIndex <= words.count {
                    FileHandle.standardError.write(Data("    \(key): CPU \(Double(used) / 1e6) ms\n".utf8))
                }
                slowest = max(slowest, timed.nanoseconds)
                if timed.nanoseconds > worst.nanoseconds { worst = (timed.nanoseconds, word) }
            }
            if ProcessInfo.processInfo.environment["RECALL_BENCH_VERBOSE"] != nil, wordIndex <= words.count {
                FileHandle.standardError.write(Data("  \(word): slowest key \(Double(slowest) / 1e6) ms (CPU \(Double(slowestCPU) / 1e6) ms)\n".utf8))
            }
        }
        let slowestText = "(browser search: slowest key \(Double(worst.nanoseconds) / 1e6) ms, typing \(worst.word))\n"
        FileHandle.standardError.write(Data((slowestText + "(\(cpu.line))\n").utf8))
        return (samples, built.nanoseconds)
    }
}
