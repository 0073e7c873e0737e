import Foundation
import Testing

/// The card browser at a real terminal, by keyboard alone: search, filter, card info, suspend.
@Suite(.serialized, .enabled(if: Tmux.isAvailable || Tmux.underCI, "tmux is not installed"))
struct BrowserTerminalTests {
    let now = "2026-11-21T09:00:00Z"

    @Test func searchFilterCardInfoAndSuspendByKeyboard() throws {
        try #require(Tmux.isAvailable, "tmux is not installed, and CI is set: the terminal tests cannot run")
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine(Tmux.recallLine(["--decks", RecallProcess.shippedDecks, "--log", log, "--now", now]) + "; echo EXIT=$?")
        try tmux.waitFor(text: "b browse")
        try tmux.type("b")
        try tmux.waitFor(text: "142 of 142")
        // Search as you type, case- and accent-insensitive.
        try tmux.type("/")
        try tmux.type("CHAIN RULÉ")
        // The whole filtered list, not a frame caught half drawn.
        let found = try tmux.waitFor("the filtered list") { $0.contains("/CHAIN RULÉ") && $0.contains("5 of 142") }
        #expect(found.contains("MATH-011/formula") && found.contains("TOPIC-02/why") && !found.contains("MATH-012/formula"))
        try tmux.press("Enter")
        // Card info, then suspend from it.
        try tmux.press("Enter")
        try tmux.waitFor("the card info page") { $0.contains("Card info") && $0.contains("never answered") }
        try tmux.type("!")
        try tmux.waitFor(text: "suspended")
        try tmux.type("q")
        // Clear the search (Escape while typing), then the state filter: suspended only.
        try tmux.type("/")
        try tmux.press("Escape")
        try tmux.waitFor(text: "142 of 142")
        for _ in 0..<5 { try tmux.type("s") }
        let filtered = try tmux.waitFor(text: "1 of 142")
        #expect(filtered.contains("MATH-011/formula") && filtered.contains("suspended"))
        try tmux.type("q")
        try tmux.waitFor(text: "b browse")
        try tmux.type("q")
        try tmux.waitFor(text: "EXIT=0")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.hasSuffix("\tsuspend\tMATH-011/formula\t-\t-\n"))
    }
}
