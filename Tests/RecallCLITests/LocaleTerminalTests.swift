import Foundation
import Testing

/// Under a locale that is not UTF-8 the screen says so once, and still draws what it can.
@Suite(.serialized, .enabled(if: Tmux.isAvailable || Tmux.underCI, "tmux is not installed"))
struct LocaleTerminalTests {
    @Test func theCLocaleIsSaidOnTheFirstCardWithTheFix() throws {
        let tmux = try Tmux(environment: ["LANG": "C", "LC_ALL": ""])
        try tmux.runLine(Tmux.recallLine([
            "review", "--decks", RecallProcess.shippedDecks, "--log", tmux.folder.path("reviews.log"),
            "--now", "2026-11-21T09:00:00Z",
        ]) + "; echo EXIT=$?")
        // A frame may be caught half drawn, so each wait is for the whole state.
        let screen = try tmux.waitFor("the first card with the note") {
            $0.contains("Chain Rule: formula?") && $0.contains("not UTF-8")
        }
        #expect(screen.contains("LANG=C.UTF-8"))
        // One key later the note is gone; the card is still drawn.
        try tmux.press("Space")
        let revealed = try tmux.waitFor("the answer without the note") {
            $0.contains("d/dx f(g(x))") && !$0.contains("not UTF-8")
        }
        #expect(revealed.contains("d/dx f(g(x))"))
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        let end = try tmux.waitFor(text: "EXIT=0")
        #expect(end.contains("recall: The locale (LANG=C) is not UTF-8"))
    }
}
