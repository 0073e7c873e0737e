import Foundation
import Testing

/// Maths drawn by the real terminal: the example deck's Gaussian density card, revealed in tmux.
@Suite(.serialized, .enabled(if: Tmux.isAvailable || Tmux.underCI, "tmux is not installed"))
struct MathsTerminalTests {
    @Test func displayMathsIsDrawnInTwoDimensionsByTheTerminal() throws {
        try #require(Tmux.isAvailable, "tmux is not installed, and CI is set: the terminal tests cannot run")
        let tmux = try Tmux()
        let decks = RecallProcess.packageRoot.appendingPathComponent("docs/examples").path
        let arguments = ["review", "--decks", decks, "--log", tmux.folder.path("reviews.log"), "--now", "2026-11-21T09:00:00Z"]
        try tmux.runLine(Tmux.recallLine(arguments) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Gaussian density: formula?")
        try tmux.press("Space")
        // The whole card, not a frame caught half drawn: the formula's three rows and the notes.
        let screen = try tmux.waitFor("the revealed formula and its notes") { screen in
            screen.contains("exp⎜") && screen.contains("√(2πσ²)") && screen.contains("(x-μ)²")
                && screen.contains("Notes  𝔼[X] = μ and Var(X) = σ²")
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rule = try #require(lines.firstIndex { $0.contains("𝒩(x; μ, σ²) = ───────── exp⎜-────────⎟") })
        // The three rows of the formula stay aligned in the terminal's own cells.
        #expect(lines[rule - 1].hasSuffix("1        ⎛  (x-μ)² ⎞"))
        #expect(lines[rule + 1].hasSuffix("√(2πσ²)     ⎝   2σ²   ⎠"))
        let column = { (line: String, piece: String) -> Int? in
            line.range(of: piece).map { line[..<$0.lowerBound].count }
        }
        #expect(column(lines[rule - 1], "⎛") == column(lines[rule], "⎜"))
        #expect(column(lines[rule + 1], "⎝") == column(lines[rule], "⎜"))
        #expect(screen.contains("Notes  𝔼[X] = μ and Var(X) = σ²"))
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        try tmux.waitFor(text: "EXIT=0")
    }
}
