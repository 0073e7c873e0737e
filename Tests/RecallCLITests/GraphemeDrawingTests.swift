import Foundation
import Testing

/// Emoji sequences reach the real terminal whole: a ZWJ sequence, a flag, a skin tone.
@Suite(.serialized, .enabled(if: Tmux.isAvailable || Tmux.underCI, "tmux is not installed"))
struct GraphemeDrawingTests {
    @Test func emojiSequencesAreDrawnWhole() throws {
        let tmux = try Tmux()
        let decks = tmux.folder.path("decks")
        try FileManager.default.createDirectory(atPath: decks, withIntermediateDirectories: true)
        _ = try tmux.folder.write("decks/emoji.md", "# Emoji\n\n## Ship\n\n- Ship 👩‍💻 to 🇫🇷 now 👍🏽 end? :: ok {#Q-E}\n")
        try tmux.runLine(Tmux.recallLine(
            ["review", "--decks", decks, "--log", tmux.folder.path("reviews.log"), "--now", "2026-11-21T09:00:00Z"])
            + "; echo EXIT=$?")
        let screen = try tmux.waitFor(text: "end?")
        #expect(screen.contains("Ship 👩‍💻 to 🇫🇷 now 👍🏽 end?"))
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        try tmux.waitFor(text: "EXIT=0")
    }
}
