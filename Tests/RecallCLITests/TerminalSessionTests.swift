import Foundation
import Testing

/// The interactive screens end to end: the built binary in a real terminal (tmux), driven by
/// keys. Under CI a missing tmux fails these tests instead of skipping them.
@Suite(.serialized, .enabled(if: Tmux.isAvailable || Tmux.underCI, "tmux is not installed"))
struct TerminalSessionTests {
    let now = "2026-11-21T09:00:00Z"

    init() throws {
        try #require(Tmux.isAvailable, "tmux is not installed, and CI is set: the terminal tests cannot run")
    }

    func reviewArguments(log: String, command: String = "review", now: String? = nil) -> [String] {
        [command, "--decks", RecallProcess.shippedDecks, "--log", log, "--now", now ?? self.now]
    }

    /// The log's lines after the header, split at tabs.
    func logLines(_ path: String) throws -> [[String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
    }

    /// Ends the running session as a user does: `q` to the summary, `q` out, and waits for the
    /// shell line's `EXIT=0`.
    func quitSession(_ tmux: Tmux) throws {
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        try tmux.waitFor(text: "EXIT=0")
    }

    /// Checks that the shell in the pane got back a cooked terminal with echo and a visible cursor.
    func expectTerminalRestored(_ tmux: Tmux) throws {
        // The typed line holds `TTY%s`, the output `TTY=`: the wait cannot match the command itself.
        try tmux.runLine("printf 'TTY%s.\\n' \"=$(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | sort | tr '\\n' ' ')\"")
        let text = try tmux.waitFor(text: "TTY=")
        #expect(text.contains("TTY=echo icanon ."))
        #expect(tmux.cursorVisible)
    }

    @Test func reviewRevealGradeUndoRegradeQuit() throws {
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine(Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        #expect(tmux.screen.contains("0/20"))
        #expect(tmux.screen.contains("Space reveal  u undo  e edit  ? help  q quit"))
        try tmux.press("Space")
        try tmux.waitFor(text: "d/dx f(g(x)) = f'(g(x))g'(x)")
        #expect(tmux.screen.contains("0 1 2 → 1d  3 4 5 → 1d  u undo  e edit  ? help  q quit"))
        try tmux.type("4")
        let next = try tmux.waitFor(text: "Gradient: formula?")
        #expect(next.contains("1/20"))
        try tmux.type("u")
        let back = try tmux.waitFor(text: "Chain Rule: formula?")
        #expect(back.contains("0/20"))
        try tmux.press("Space")
        try tmux.waitFor(text: "d/dx f(g(x))")
        try tmux.type("5")
        try tmux.waitFor(text: "Gradient: formula?")
        try tmux.press("Space")
        try tmux.waitFor(text: "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]")
        try tmux.type("3")
        try tmux.waitFor(text: "2/21")  // graded below 4: it comes back as a drill
        try tmux.type("q")
        let summary = try tmux.waitFor(text: "summary")
        #expect(summary.contains("Cards answered    2"))
        #expect(summary.contains("Graded 3 or more  100% (2 of 2)"))
        try tmux.type("x")
        try tmux.waitFor(text: "EXIT=0")
        try expectTerminalRestored(tmux)

        let lines = try logLines(log)
        #expect(lines.map { $0[1] } == ["review", "undo", "review", "review"])
        #expect(lines.map { $0[2] } == ["MATH-011/formula", "MATH-011/formula", "MATH-011/formula", "MATH-012/formula"])
        #expect(lines.map { $0[3] } == ["4", "-", "5", "3"])
        #expect(lines.allSatisfy { $0[0].hasPrefix("2026-11-21T09:") })
        #expect(lines.filter { $0[1] == "review" }.allSatisfy { (Int($0[4]) ?? -1) > 0 })
    }

    @Test func resizeToTooSmallAndBack() throws {
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine(Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.resize(width: 30, height: 8)
        let small = try tmux.waitFor(text: "Terminal too small")
        #expect(!small.contains("Chain Rule"))
        try tmux.resize(width: 80, height: 24)
        let again = try tmux.waitFor(text: "Chain Rule: formula?")
        #expect(!again.contains("too small"))
        #expect(tmux.capture()[3] == String(repeating: " ", count: 30) + "Chain Rule: formula?")
        try quitSession(tmux)
    }

    @Test func cramOnePhaseLeavesTheScheduleAlone() throws {
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        let cardsArguments = ["cards", "--json", "--decks", RecallProcess.shippedDecks, "--log", log, "--now", now]
        let before = try RecallProcess.run(cardsArguments)
        let phaseCards = try RecallProcess.run(cardsArguments + ["--phase", "1"]).stdout
            .components(separatedBy: "\n").filter { $0.contains("\"id\"") }.count
        #expect(phaseCards == 15)

        try tmux.runLine(Tmux.recallLine(reviewArguments(log: log, command: "cram") + ["--phase", "1"]) + "; echo EXIT=$?")
        let phase = "Phase 1: Mathematical Foundations (Topics 1-5)"
        var seen = Set<String>()
        for answered in 0..<phaseCards {
            let text = try tmux.waitFor(text: "\(answered)/\(phaseCards)")
            let lines = tmux.capture()
            #expect(text.contains("Recall · cram \(phase)"))
            let detail = lines[1].split(separator: " ").suffix(3).joined(separator: " ")
            #expect(["01", "02", "03", "04", "05"].contains { detail.hasPrefix("TOPIC-\($0) · ") })
            seen.insert(detail)
            try tmux.press("Space")
            try tmux.waitFor(text: "cram: schedule unchanged")
            try tmux.type("5")
        }
        // The summary's figures, not just its title: a frame can be caught half drawn.
        let summary = try tmux.waitFor("the summary's figures") {
            $0.range(of: #"Cards answered +[0-9]+"#, options: .regularExpression) != nil
        }
        #expect(summary.contains("Session complete"))
        #expect(summary.contains("Cards answered    15"))
        #expect(seen.count == phaseCards)
        try tmux.type("x")
        try tmux.waitFor(text: "EXIT=0")

        let lines = try logLines(log)
        #expect(lines.count == 15)
        #expect(lines.allSatisfy { $0[1] == "cram" && $0[2].hasPrefix("TOPIC-0") })
        let after = try RecallProcess.run(cardsArguments)
        #expect(after.status == 0)
        // The SM-2 state is as it was; only the memory model (stability, difficulty, recall) counts crams.
        func schedules(_ text: String) -> [String] {
            text.split(separator: "\n").map { $0.components(separatedBy: ", \"stability\"").first ?? "" }
        }
        #expect(schedules(after.stdout) == schedules(before.stdout))
        #expect(after.stdout != before.stdout)
    }

    @Test func undoAfterARestartTakesBackTheLastAnswerInTheLog() throws {
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine(Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.press("Space")
        try tmux.waitFor(text: "d/dx f(g(x))")
        try tmux.type("5")
        try tmux.waitFor(text: "Gradient: formula?")
        try tmux.press("Space")
        try tmux.waitFor(text: "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]")
        try tmux.type("5")
        try tmux.waitFor(text: "Dot Product: formula?")
        try quitSession(tmux)
        try tmux.clear()
        // Started again: the Chain Rule and the Gradient are answered; it opens on the Dot Product.
        try tmux.runLine(Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Dot Product: formula?")
        try tmux.type("u")  // from the log: the Gradient comes back
        try tmux.waitFor(text: "Gradient: formula?")
        try tmux.press("Space")
        try tmux.waitFor(text: "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]")
        try tmux.type("4")
        try tmux.waitFor(text: "Dot Product: formula?")
        try tmux.type("u")  // the session's own answer
        try tmux.waitFor(text: "Gradient: formula?")
        try tmux.type("u")  // from the log again: the Chain Rule
        let back = try tmux.waitFor(text: "Chain Rule: formula?")
        #expect(!back.contains("did not take"))
        try quitSession(tmux)
        let lines = try logLines(log)
        #expect(lines.map { $0[1] } == ["review", "review", "undo", "review", "undo", "undo"])
        #expect(lines.map { $0[2] } == [
            "MATH-011/formula", "MATH-012/formula", "MATH-012/formula", "MATH-012/formula", "MATH-012/formula",
            "MATH-011/formula",
        ])
        let check = try RecallProcess.run(["check", "--decks", RecallProcess.shippedDecks, "--log", log, "--now", now])
        #expect(check.status == 0, "every undo was taken: \(check.stdout)")
        let cards = try RecallProcess.run(["cards", "--json", "--decks", RecallProcess.shippedDecks, "--log", log, "--now", now])
        #expect(cards.stdout.contains("{\"id\": \"MATH-011/formula\", \"deck\": \"Concepts Tracker (ML Fundamentals)\", \"phase\": \"Math\", \"new\": true"))
    }

    @Test func aSecondReviewOnTheSameLogIsRefused() throws {
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine(Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        // A second terminal, wide enough for the message on one line.
        let second = try Tmux(width: 300, height: 10)
        try second.runLine(Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        let screen = try second.waitFor(text: "EXIT=1")
        #expect(screen.contains("recall: the review log \(log) is in use by another recall session; finish that one first"))
        #expect(!screen.contains("Chain Rule"), "the second session never drew a card")
        // The first session goes on.
        try tmux.press("Space")
        try tmux.waitFor(text: "d/dx f(g(x))")
        try quitSession(tmux)
        // Once it has ended, the log is free again.
        let third = try RecallProcess.run(reviewArguments(log: log))
        #expect(third.stderr == "recall: the review screen needs a terminal (standard output is not a terminal)\n")
    }

    @Test func ctrlCAndSigtermRestoreTheTerminal() throws {
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine(Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.press("C-c")
        try tmux.waitFor(text: "summary")
        try tmux.press("C-c")
        try tmux.waitFor(text: "EXIT=0")
        try expectTerminalRestored(tmux)

        try tmux.clear()
        let pidFile = tmux.folder.path("recall.pid")
        try tmux.runLine("sh -c 'echo $$ > \(pidFile); exec \"$@\"' recall-under-test "
            + Tmux.recallLine(reviewArguments(log: log)).dropFirst(0) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        let pidText = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(Int32(pidText))
        #expect(kill(pid, SIGTERM) == 0)
        try tmux.waitFor(text: "EXIT=143")
        try expectTerminalRestored(tmux)

        // A hang-up (the terminal window closed) restores it too.
        try tmux.clear()
        try tmux.runLine("sh -c 'echo $$ > \(pidFile); exec \"$@\"' recall-under-test "
            + Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        let hangUpPID = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(hangUpPID != pid)
        #expect(kill(hangUpPID, SIGHUP) == 0)
        try tmux.waitFor(text: "EXIT=129")
        try expectTerminalRestored(tmux)
    }

    @Test func ctrlZSuspendsWithTheTerminalRestoredAndFgRedraws() throws {
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine("set -m; " + Tmux.recallLine(reviewArguments(log: log)))
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.press("C-z")
        try tmux.waitFor(text: "Stopped")
        try expectTerminalRestored(tmux)
        try tmux.clear()
        // The exit status is asked for on the same line, so nothing typed after the last key can
        // reach the session while it is still ending.
        try tmux.runLine("fg; echo DONE=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.press("Space")
        try tmux.waitFor(text: "d/dx f(g(x))")
        try tmux.type("q")
        try tmux.waitFor(text: "summary")
        try tmux.type("q")
        try tmux.waitFor(text: "DONE=0")
    }

    @Test func noColorDrawsTheHintWithoutColour() throws {
        for noColor in [false, true] {
            let tmux = try Tmux(environment: noColor ? ["NO_COLOR": "1"] : [:])
            let log = tmux.folder.path("reviews.log")
            try tmux.runLine(Tmux.recallLine(reviewArguments(log: log)))
            try tmux.waitFor(text: "Chain Rule: formula?")
            try tmux.type("4")  // before the reveal: a hint, drawn in yellow when colour is on
            try tmux.waitFor(text: "Reveal the answer first")
            let yellow = tmux.screenWithEscapes.contains("\u{1B}[33m") || tmux.screenWithEscapes.contains(";33m")
            #expect(yellow == !noColor, "NO_COLOR set: \(noColor)")
            try tmux.type("q")
            try tmux.waitFor(text: "summary")
            try tmux.type("q")
        }
    }

    @Test func aWholeDayByKeyboardThenTomorrowsQueue() throws {
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine(Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        var answered = 0
        while true {
            let text = try tmux.waitFor("the next card or the summary", timeout: 30) {
                $0.contains("Space reveal") || $0.contains("Session complete")
            }
            if text.contains("Session complete") { break }
            try #require(answered < 60, "the session does not end")
            try tmux.press("Space")
            let revealed = try tmux.waitFor(text: "3 4 5 → ")
            // Grades 4 and 5 alternate; a drill (none expected with these grades) gets a 4.
            let grade = revealed.contains("drill") || answered % 2 == 0 ? "4" : "5"
            try tmux.type(grade)
            answered += 1
            try tmux.waitFor("the answer to be counted") { !$0.contains("3 4 5 → ") || $0.contains("\(answered)/") }
        }
        #expect(answered == 20)
        try tmux.type("x")
        try tmux.waitFor(text: "EXIT=0")

        let lines = try logLines(log)
        #expect(lines.count == 20)
        #expect(lines.allSatisfy { $0[1] == "review" && ($0[3] == "4" || $0[3] == "5") })
        let reviewed = Set(lines.map { $0[2] })
        #expect(reviewed.count == 20)

        let tomorrow = try RecallProcess.run(
            ["due", "--json", "--decks", RecallProcess.shippedDecks, "--log", log, "--now", "2026-11-22T09:00:00Z"])
        #expect(tomorrow.status == 0)
        let rows = tomorrow.stdout.components(separatedBy: "\n").filter { $0.contains("\"id\"") }
        func ids(_ reason: String) -> Set<String> {
            Set(rows.filter { $0.contains("\"reason\": \"\(reason)\"") }.compactMap { row in
                row.components(separatedBy: "\"id\": \"").dropFirst().first?.components(separatedBy: "\"").first
            })
        }
        #expect(ids("due") == reviewed)
        #expect(ids("new").count == 20)
        #expect(ids("new").isDisjoint(with: reviewed))
        #expect(rows.filter { $0.contains("\"reason\": \"due\"") }.allSatisfy { $0.contains("\"due\": \"2026-11-22\"") })
    }

    @Test func editOpensTheEditorAtTheCardsLineAndReloads() throws {
        let tmux = try Tmux()
        let decks = tmux.folder.path("decks")
        try FileManager.default.createDirectory(atPath: decks, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: RecallProcess.shippedDecks) {
            try FileManager.default.copyItem(
                atPath: RecallProcess.shippedDecks + "/" + name, toPath: decks + "/" + name)
        }
        let argsFile = tmux.folder.path("editor-args")
        let editor = try tmux.folder.write("editor.sh", """
            #!/bin/sh
            echo "$@" > '\(argsFile)'
            sed -i 's/MATH-011 Chain Rule (/MATH-011 Chain Rule, renamed (/' "$2"
            """)
        #expect(chmod(editor, 0o755) == 0)
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine("EDITOR=\(Tmux.quoted(editor)) " + Tmux.recallLine(
            ["review", "--decks", decks, "--log", log, "--now", now]) + "; echo EXIT=$?")
        try tmux.waitFor(text: "Chain Rule: formula?")
        try tmux.type("e")
        try tmux.waitFor(text: "Chain Rule, renamed: formula?")
        let arguments = try String(contentsOfFile: argsFile, encoding: .utf8)
        #expect(arguments == "+11 \(decks)/01-concepts-tracker.md\n")
        // The same card, the same queue: grading it goes on to the next one.
        try tmux.press("Space")
        try tmux.waitFor(text: "d/dx f(g(x))")
        try tmux.type("4")
        try tmux.waitFor(text: "Gradient: formula?")
        try quitSession(tmux)
        #expect(try logLines(log).map { $0[2] } == ["MATH-011/formula"])
    }

    @Test func aTerminalThatCannotDrawTheScreenIsAOneLineError() throws {
        let tmux = try Tmux()
        let log = tmux.folder.path("reviews.log")
        try tmux.runLine("TERM=dumb " + Tmux.recallLine(reviewArguments(log: log)) + "; echo EXIT=$?")
        let text = try tmux.waitFor(text: "EXIT=1")
        #expect(text.contains("recall: the review screen needs a terminal (TERM=dumb cannot draw it)\nEXIT=1"))
        let piped = try RecallProcess.run(reviewArguments(log: log))
        #expect(piped.status == 1)
        #expect(piped.stderr == "recall: the review screen needs a terminal (standard output is not a terminal)\n")
    }
}
