import Foundation
import Testing

/// A deck with escape sequences (clear screen, a window title, colours) and a bidi override, in
/// a real terminal: the pane's title, colours and contents are never changed by it, and the
/// visible marks are there, both from `recall due` and on the review screen.
@Suite(.serialized, .enabled(if: Tmux.isAvailable || Tmux.underCI, "tmux is not installed"))
struct UntrustedTextTerminalTests {
    static let now = "2026-11-21T09:00:00Z"
    static let deck = """
        # Shared deck
        ## Phase 1
        - Evil \u{1B}[2J\u{1B}]0;PWNED\u{07} \u{1B}[31m\u{1B}[41mred\u{1B}[0m question? :: access\u{202E}level \u{1B}]2;OWNED\u{1B}\\ok {#EVIL-1}
        - Second :: card {#PLAIN-1}

        """

    init() throws {
        try #require(Tmux.isAvailable, "tmux is not installed, and CI is set: the terminal tests cannot run")
    }

    /// The pane's colours as `capture-pane -e` reports them: any red (foreground or background).
    static func hasRed(_ escaped: String) -> Bool {
        escaped.contains("\u{1B}[31m") || escaped.contains("\u{1B}[41m") || escaped.contains(";31m")
            || escaped.contains(";41m") || escaped.contains("\u{1B}[31;") || escaped.contains("\u{1B}[41;")
    }

    @Test func dueAndTheReviewScreenShowMarksAndLeaveTitleColoursAndContentsAlone() throws {
        let tmux = try Tmux()
        let decks = tmux.folder.path("d")
        try tmux.folder.write("d/shared.md", Self.deck)
        let log = tmux.folder.path("reviews.log")
        let title = tmux.paneTitle
        #expect(!title.isEmpty)
        #expect(title != "PWNED" && title != "OWNED")

        // The headless path: text printed by `recall due` after a line of our own.
        try tmux.runLine("echo MARK-BEFORE; " + Tmux.recallLine(["due", "--decks", decks, "--log", log, "--now", Self.now])
                         + "; echo EXIT=$?")
        let printed = try tmux.waitFor(text: "EXIT=0")
        #expect(printed.contains("MARK-BEFORE"), "the screen was not cleared")
        #expect(printed.contains("Evil ␛[2J␛]0;PWNED␇ ␛[31m␛[41mred␛[0m question?"))
        #expect(tmux.paneTitle == title)
        #expect(!Self.hasRed(tmux.screenWithEscapes))

        // The review screen: the question, then the answer with the bidi override.
        try tmux.clear()
        try tmux.runLine(Tmux.recallLine(["review", "--decks", decks, "--log", log, "--now", Self.now]) + "; echo EXIT=$?")
        let front = try tmux.waitFor(text: "PWNED␇")
        #expect(front.contains("Evil ␛[2J␛]0;PWNED␇ ␛[31m␛[41mred␛[0m question?"))
        #expect(front.contains("Recall · daily review"), "the header is still there: nothing cleared the screen")
        #expect(front.contains("Space reveal"), "the key hints are still there")
        #expect(tmux.paneTitle == title)
        #expect(!Self.hasRed(tmux.screenWithEscapes))
        try tmux.press("Space")
        let back = try tmux.waitFor(text: "access<U+202E>level ␛]2;OWNED␛\\ok")
        #expect(back.contains("Recall · daily review"))
        #expect(tmux.paneTitle == title)
        #expect(!Self.hasRed(tmux.screenWithEscapes))
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        try tmux.waitFor(text: "EXIT=0")
        #expect(tmux.paneTitle == title)
    }
}

extension Tmux {
    /// The pane's title (`#{pane_title}`), which an OSC 0 or OSC 2 sequence would set.
    var paneTitle: String {
        ((try? Self.run(["-L", socket, "display-message", "-p", "-t", "main", "#{pane_title}"]).output) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
