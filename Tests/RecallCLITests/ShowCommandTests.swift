import Foundation
import Testing

/// `recall show`: DESIGN §12's examples through `--json`, `--raw`, the text form, the history,
/// a mistyped ID, and `recall check` on maths problems.
@Suite struct ShowCommandTests {
    static let examples: [(source: String, drawn: String)] = [
        (#"$\alpha + \beta \leq \gamma$"#, "α + β ≤ γ"),
        (#"$x_i^2$"#, "xᵢ²"),
        (#"$e^{-x}$"#, "e⁻ˣ"),
        (#"$\frac{a+b}{c}$"#, "(a+b)/c"),
        (#"$\sqrt{x+1}$"#, "√(x+1)"),
        (#"$\mathbb{E}[X]$"#, "𝔼[X]"),
        (#"$\|w\|_2$"#, "‖w‖₂"),
        (#"$\hat{y}$"#, "ŷ"),
    ]

    func folder(deck: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let decks = folder.url.appendingPathComponent("Decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try deck.write(to: decks.appendingPathComponent("maths.md"), atomically: true, encoding: .utf8)
        return folder
    }

    func show(_ id: String, in folder: TemporaryFolder, _ extra: [String] = []) throws -> RecallProcess.Outcome {
        try RecallProcess.run(
            ["show", id, "--decks", folder.url.appendingPathComponent("Decks").path,
             "--log", folder.url.appendingPathComponent("reviews.log").path, "--now", "2026-11-21T09:00:00Z"] + extra)
    }

    func object(_ outcome: RecallProcess.Outcome) throws -> [String: Any] {
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        return try #require(json as? [String: Any])
    }

    @Test func everyDesignExampleThroughShowJSON() throws {
        var deck = "# Maths\n\n## Phase 1\n\n"
        for (index, example) in Self.examples.enumerated() {
            deck += "- Example \(index) \(example.source)? :: \(example.source) {#EX-\(index)}\n"
        }
        let folder = try folder(deck: deck)
        for (index, example) in Self.examples.enumerated() {
            let outcome = try show("EX-\(index)", in: folder, ["--json"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let card = try object(outcome)
            let back = try #require(card["back"] as? String)
            let front = try #require(card["front"] as? String)
            #expect(back.precomposedStringWithCanonicalMapping == example.drawn.precomposedStringWithCanonicalMapping)
            #expect(front.precomposedStringWithCanonicalMapping
                == "Example \(index) \(example.drawn)?".precomposedStringWithCanonicalMapping)
            let raw = try object(try show("EX-\(index)", in: folder, ["--json", "--raw"]))
            #expect(raw["back"] as? String == example.source)
        }
    }

    @Test func stateAndHistoryAsCardsJSONAndTheLog() throws {
        let folder = try folder(deck: "# Maths\n\n## Phase 1\n\n- Norm? :: $\\|w\\|_2$ {#NORM}\n")
        let log = """
            # recall review log v1
            2026-11-20T09:14:03.120Z\treview\tNORM\t4\t3120
            2026-11-20T09:15:03.000Z\tdrill\tNORM\t5\t900

            """
        try log.write(to: folder.url.appendingPathComponent("reviews.log"), atomically: true, encoding: .utf8)
        let card = try object(try show("NORM", in: folder, ["--json"]))
        let state = try #require(card["state"] as? [String: Any])
        #expect(state["id"] as? String == "NORM")
        #expect(state["repetitions"] as? Int == 1)
        #expect(state["interval"] as? Int == 1)
        #expect(state["due"] as? String == "2026-11-21")
        let history = try #require(card["history"] as? [[String: Any]])
        #expect(history.count == 2)
        #expect(history.first?["time"] as? String == "2026-11-20T09:14:03.120Z")
        #expect(history.first?["kind"] as? String == "review")
        #expect(history.first?["grade"] as? Int == 4)
        #expect(history.last?["ms"] as? Int == 900)

        let text = try show("NORM", in: folder, ["--width", "60"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("  ‖w‖₂\n"))
        #expect(text.stdout.contains("repetitions 1 · EF 2.50 · interval 1d · due 2026-11-21"))
        #expect(text.stdout.contains("2026-11-20T09:15:03.000Z  drill   5  900 ms"))
    }

    @Test func aSuspendedCardSaysSo() throws {
        let folder = try folder(deck: "# Maths\n\n## Phase 1\n\n- Norm? :: $\\|w\\|_2$ {#NORM}\n- Sum? :: $a+b$ {#SUM}\n")
        let log = """
            # recall review log v1
            2026-11-20T09:14:03.120Z\treview\tNORM\t4\t3120
            2026-11-20T09:20:00.000Z\tsuspend\tNORM\t-\t-
            2026-11-20T09:21:00.000Z\tsuspend\tSUM\t-\t-

            """
        try log.write(to: folder.url.appendingPathComponent("reviews.log"), atomically: true, encoding: .utf8)
        let reviewed = try show("NORM", in: folder)
        #expect(reviewed.status == 0, "\(reviewed.stderr)")
        #expect(reviewed.stdout.contains("· lapses 0 · reviews 1 · suspended\n"))
        let new = try show("SUM", in: folder)
        #expect(new.stdout.contains("state     new (never reviewed) · suspended\n"))
        #expect(try object(try show("SUM", in: folder, ["--json"]))["state"].flatMap { $0 as? [String: Any] }?["suspended"] as? Bool == true)
    }

    @Test func aMistypedIDSuggestsTheNearest() throws {
        let folder = try TemporaryFolder()
        let log = folder.url.appendingPathComponent("none.log").path
        let outcome = try RecallProcess.run(["show", "MATH-11/formula", "--decks", RecallProcess.shippedDecks, "--log", log])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no card has the ID 'MATH-11/formula'; did you mean MATH-011/formula"))
        let concept = try RecallProcess.run(["show", "MATH-011", "--decks", RecallProcess.shippedDecks, "--log", log])
        #expect(concept.status == 1)
        #expect(concept.stderr.contains("MATH-011/formula, MATH-011/interview"))
    }

    @Test func theExampleDeckDrawsWithoutWarningsAndCheckReportsMathsProblems() throws {
        let examples = RecallProcess.packageRoot.appendingPathComponent("docs/examples").path
        let logFolder = try TemporaryFolder()
        let log = logFolder.url.appendingPathComponent("none.log").path
        let clean = try RecallProcess.run(["check", "--decks", examples, "--log", log])
        #expect(clean.stdout.contains("0 errors, 0 warnings"), "\(clean.stdout)")
        let attention = try RecallProcess.run(
            ["show", "ATTN-001/formula", "--json", "--decks", examples, "--log", log])
        let card = try object(attention)
        #expect((card["back"] as? String)?.hasPrefix("softmax(QKᵀ/√dₖ)V\n") == true)

        let folder = try folder(deck: "# M\n\n- Bad? :: $\\foo{x} + y$ and $\\frac{a}{b$ {#BAD}\n- Price? :: costs $5 {#OK}\n- Open? :: the $x_t {#OPEN}\n")
        let check = try RecallProcess.run(
            ["check", "--decks", folder.url.appendingPathComponent("Decks").path, "--log", log])
        #expect(check.status == 0)
        #expect(check.stdout.contains("maths.md:3: warning: maths in Answer: unknown command \\foo, shown as written (at character 2)"))
        #expect(check.stdout.contains("maths.md:3: warning: maths in Answer: unbalanced brace"))
        #expect(check.stdout.contains("maths.md:5: warning: maths in Answer: $ is never closed"))
        #expect(!check.stdout.contains("maths.md:4:"))
        let bad = try object(try show("BAD", in: folder, ["--json"]))
        #expect(bad["back"] as? String == "\\foo{x} + y and a/b")
    }
}
