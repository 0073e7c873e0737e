import Foundation
import Testing

/// `e` under an interactive shell with job control (`bash -i`): a real vim gets the terminal,
/// the edit shows on the card, and the session's history stays.
@Suite(.serialized, .enabled(if: Tmux.isAvailable || Tmux.underCI, "tmux is not installed"))
struct EditorJobControlTests {
    let now = "2026-11-21T09:00:00Z"

    /// A pane running `bash -i` (job control on), with a copy of the shipped decks.
    func bashPane() throws -> (Tmux, String) {
        let tmux = try Tmux()
        let decks = tmux.folder.path("decks")
        try FileManager.default.createDirectory(atPath: decks, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: RecallProcess.shippedDecks) {
            try FileManager.default.copyItem(atPath: RecallProcess.shippedDecks + "/" + name, toPath: decks + "/" + name)
        }
        try tmux.runLine("exec bash --norc --noprofile -i")
        try tmux.runLine("set -m; echo JOBS=$-")
        try tmux.waitFor("an interactive bash with job control") { $0.contains("JOBS=") && $0.contains("m") }
        return (tmux, decks)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/vim"), "vim is not installed"))
    func vimUnderJobControlEditsTheCardAndTheSessionGoesOn() throws {
        let (tmux, decks) = try bashPane()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine("EDITOR='vim -N -u NONE -i NONE -n' " + Tmux.recallLine(
            ["review", "--decks", decks, "--log", log, "--now", now]) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.press("Space")
        try tmux.waitFor(text: "d/dx f(g(x))")
        try tmux.type("4")
        try tmux.waitFor(text: "Gradient: formula?")
        try tmux.type("e")
        // vim has the terminal: it shows the deck at the card's line and takes keys.
        try tmux.waitFor("vim on the deck file", timeout: 30) { $0.contains("MATH-012 Gradient (") && !$0.contains("Recall · daily review") }
        // The terminal is resized while vim has it: recall comes back at the new size.
        try tmux.resize(width: 100, height: 30)
        try tmux.type(":s/MATH-012 Gradient (/MATH-012 Gradient, in vim (/")
        try tmux.press("Enter")
        try tmux.type(":wq")
        try tmux.press("Enter")
        // Back on the card, the edit shown, the history intact (1 answered).
        let back = try tmux.waitFor(text: "Gradient, in vim: formula?", timeout: 30)
        #expect(back.contains("1/20"))
        let header = try #require(tmux.capture().first)
        #expect(header.count > 90, "the header spans the resized terminal: \(header)")
        // The answer before the edit can still be taken back.
        try tmux.type("u")
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        let end = try tmux.waitFor(text: "EXIT=0")
        #expect(!end.contains("Stopped"))
        try tmux.runLine("jobs; echo JOBS-END")
        let jobs = try tmux.waitFor(text: "JOBS-END\n")
        #expect(!jobs.contains("Stopped"))
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(lines.map { $0.split(separator: "\t")[1] } == ["review", "undo"])
    }

    @Test func anEditorThatCannotStartIsSaidOnTheCard() throws {
        let (tmux, decks) = try bashPane()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine("EDITOR=/nonexistent/editor " + Tmux.recallLine(
            ["review", "--decks", decks, "--log", log, "--now", now]) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.type("e")
        let screen = try tmux.waitFor(text: "cannot start the editor '/nonexistent/editor'")
        #expect(screen.contains("Chain Rule: formula?"))
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        try tmux.waitFor(text: "EXIT=0")
    }
}
