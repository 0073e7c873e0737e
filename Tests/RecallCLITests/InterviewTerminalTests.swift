import Foundation
import Testing

/// The interview countdown on the home screen and `recall cram --not-ready`, in a real terminal.
@Suite(.serialized, .enabled(if: Tmux.isAvailable || Tmux.underCI, "tmux is not installed"))
struct InterviewTerminalTests {
    static let oracle = RecallProcess.packageRoot.appendingPathComponent("Tests/MemoryTests/Oracle/memory-log")
    let now = "2026-07-20T12:00:00Z"

    init() throws {
        try #require(Tmux.isAvailable, "tmux is not installed, and CI is set: the terminal tests cannot run")
    }

    func prepare(_ tmux: Tmux) throws -> [String] {
        let decks = tmux.folder.path("decks")
        try FileManager.default.createDirectory(atPath: decks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.oracle.appendingPathComponent("memory.md").path, toPath: decks + "/memory.md")
        let log = tmux.folder.path("reviews.log")
        try FileManager.default.copyItem(atPath: Self.oracle.appendingPathComponent("reviews.log").path, toPath: log)
        return ["--decks", decks, "--log", log, "--now", now]
    }

    @Test func theHomeScreenCountsDownToTheInterview() throws {
        let tmux = try Tmux()
        let paths = try prepare(tmux)
        try tmux.runLine("RECALL_INTERVIEW=2026-08-01 " + Tmux.recallLine(["home"] + paths) + "; echo EXIT=$?")
        let screen = try tmux.waitFor(text: "Interview in 12 days")
        #expect(screen.contains("Interview in 12 days · 45% ready · 22 cards to bring back"))
        #expect(screen.contains("ready"))
        #expect(screen.contains("45%"))
        try tmux.type("q")
        try tmux.waitFor(text: "EXIT=0")
    }

    @Test func cramNotReadyDrillsTheWeakestCardsAsCrams() throws {
        let tmux = try Tmux()
        let paths = try prepare(tmux)
        let log = paths[3]
        let before = try String(contentsOfFile: log, encoding: .utf8)
        try tmux.runLine(Tmux.recallLine(["cram", "--not-ready", "--interview", "2026-08-01"] + paths) + "; echo EXIT=$?")
        let first = try tmux.waitFor(text: "0/22")
        #expect(first.contains("not ready for 2026-08-01"))
        // Weakest first: the card never answered.
        #expect(first.contains("Question number 39?"))
        try tmux.press("Space")
        try tmux.waitFor(text: "cram: schedule unchanged")
        try tmux.type("5")
        try tmux.waitFor(text: "1/22")
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        try tmux.waitFor(text: "EXIT=0")
        let after = try String(contentsOfFile: log, encoding: .utf8)
        #expect(after.hasPrefix(before))
        let added = after.dropFirst(before.count).split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(added.count == 1)
        #expect(added.first?[1] == "cram")
        #expect(added.first?[2] == "MEM-039")
        #expect(added.first?[3] == "5")
    }
}
