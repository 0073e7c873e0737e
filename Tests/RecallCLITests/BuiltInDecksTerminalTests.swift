import Foundation
import Testing

/// A session on the built-in decks, in a real terminal: a fresh home, nothing set up.
@Suite struct BuiltInDecksTerminalTests {
    @Test func editingABuiltInCardSaysToRunInitAndNeverStartsTheEditor() throws {
        let tmux = try Tmux()
        let marker = tmux.folder.path("editor-ran")
        let editor = try tmux.folder.write("editor.sh", "#!/bin/sh\ntouch '\(marker)'\n")
        #expect(chmod(editor, 0o755) == 0)
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine("EDITOR=\(Tmux.quoted(editor)) " + Tmux.recallLine(
            ["review", "--log", log, "--now", "2026-11-21T09:00:00Z"]) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.type("e")
        try tmux.waitFor(text: "run 'recall init' first")
        #expect(!FileManager.default.fileExists(atPath: marker))
        // The session goes on: the card can still be answered.
        try tmux.press("Space")
        try tmux.waitFor(text: "d/dx f(g(x))")
        try tmux.type("4")
        try tmux.waitFor(text: "Gradient: formula?")
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        try tmux.waitFor(text: "EXIT=0")
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(lines.map { $0.split(separator: "\t")[2] } == ["MATH-011/formula"])
    }
}
