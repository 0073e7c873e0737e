import Foundation
import Testing

/// Faults during review sessions, through the real binary in a tmux terminal: `kill -9` at
/// random moments, two sessions on one log, and a disk that refuses the answer.
@Suite(.serialized) struct FaultSessionTests {
    /// A deck of `count` question cards with explicit IDs (no siblings, so every card can come today).
    static func deck(cards count: Int) -> String {
        "# Kill\n\n## Phase 1\n\n" + (0..<count).map { "- Question \($0)? :: Answer \($0). {#K-\($0)}" }.joined(separator: "\n") + "\n"
    }

    /// `--now` for trial `trial`: ten minutes apart, a new study day every 40 trials.
    static func now(trial: Int) -> String {
        // 2026-11-21T08:00:00Z, plus whole days and ten-minute steps.
        let seconds = 1_795_248_000 + (trial / 40) * 86_400 + (trial % 40) * 600
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The answered and total counts from the session's header (`12/45`), if it shows them.
    static func counter(_ screen: String) -> (answered: Int, total: Int)? {
        guard let header = screen.split(separator: "\n").first(where: { $0.contains("Recall ·") }) else { return nil }
        for word in header.split(separator: " ") {
            let parts = word.split(separator: "/")
            if parts.count == 2, let answered = Int(parts[0]), let total = Int(parts[1]) { return (answered, total) }
        }
        return nil
    }

    /// The screen's text with its lines joined and runs of spaces made one, so that a message
    /// wrapped over several lines can be searched for.
    static func flat(_ screen: String) -> String {
        screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The log's answer lines (every line that is not a comment).
    static func answerLines(_ path: String) throws -> [String] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init).filter { !$0.hasPrefix("#") }
    }

    /// SplitMix64 for the trials' random choices.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Runs `trials` review sessions on one log, each answering a few cards as fast as keys go and
    /// killed with SIGKILL at a random moment. After each kill the log must read without a problem,
    /// hold every answer the screen showed as accepted (its counter), and nothing twice. With
    /// `inLogFolder`, the log is a folder that also holds another device's answers, and the
    /// session's own file is the one checked.
    static func killTrials(_ trials: Int, cards: Int, seed: UInt64, inLogFolder: Bool = false) throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/kill.md", deck(cards: cards))
        let decks = folder.path("decks")
        let log = inLogFolder ? folder.path("state/log") : folder.path("state/reviews.log")
        let own = inLogFolder ? log + "/kill.log" : log
        let environment = inLogFolder ? ["RECALL_DEVICE": "kill"] : [:]
        if inLogFolder {
            // Another device answered a few of the cards the day before.
            try folder.write("state/log/other.log", "# recall review log v1\n" + (0..<5).map {
                "2026-11-20T09:0\($0):00.000Z\treview\tK-\($0 * 7)\t4\t1000\n"
            }.joined())
        }
        var random = Seeded(state: seed)
        var terminal: FaultTerminal?
        var killsMidAnswer = 0
        for trial in 0..<trials {
            let arguments = ["review", "--decks", decks, "--log", log, "--now", now(trial: trial), "--new-per-day", "1000"]
            if let terminal {
                try terminal.restart(arguments, environment: environment)
            } else {
                terminal = try FaultTerminal(arguments, environment: environment)
            }
            guard let terminal else { return }
            let before = try answerLines(own)
            let started = try terminal.waitForScreen(timeout: 30) { counter($0) != nil }
            try #require(started.matched, "trial \(trial): no session screen:\n\(started.screen)")
            let answeredBefore = counter(started.screen)?.answered ?? 0
            // A few answers, keys sent at once; then a short random pause and the kill, with nothing
            // in between, so kills land while answers are being written, synced and drawn.
            let answers = Int.random(in: 1...3, using: &random)
            var keys: [String] = []
            for _ in 0..<answers { keys += ["Space", String(Int.random(in: 0...5, using: &random))] }
            guard let pid = try terminal.pid() else { Issue.record("trial \(trial): no process"); return }
            try terminal.tmux(["send-keys", "-t", "main"] + keys)
            usleep(UInt32(Int.random(in: 0...6_000, using: &random)))
            kill(pid, SIGKILL)
            _ = try terminal.waitForScreen(timeout: 5) { _ in (try? terminal.hasEnded()) ?? false }
            // The pane stays open on the last frame drawn: a frame is drawn only after its answer
            // was synced, so its counter is what the user saw as accepted.
            let seen = try terminal.screen()

            let accepted = (counter(seen)?.answered ?? answeredBefore) - answeredBefore
            let check = try RecallProcess.run(
                ["check", "--decks", decks, "--log", log, "--now", now(trial: trial)], environment: environment)
            #expect(check.status == 0, "trial \(trial): the log does not read cleanly:\n\(check.stdout)")
            let after = try answerLines(own)
            #expect(Array(after.prefix(before.count)) == before, "trial \(trial): earlier lines changed")
            let new = after.count - before.count
            #expect(new >= accepted, "trial \(trial): \(accepted) answers shown as accepted, \(new) in the log")
            #expect(new <= answers, "trial \(trial): \(answers) grades pressed, \(new) answers logged")
            #expect(Set(after).count == after.count, "trial \(trial): a line is in the log twice")
            if new > accepted { killsMidAnswer += 1 }
        }
        // Reviews: no card twice on one day (repeats on a day are drills).
        var reviewed = Set<String>()
        for line in try answerLines(own) {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 5, fields[1] == "review" else { continue }
            let key = String(fields[0].prefix(10)) + " " + fields[2]
            #expect(reviewed.insert(key).inserted, "reviewed twice on one day: \(line)")
        }
        #expect(try answerLines(own).count > trials / 2, "the trials answered almost nothing")
        if inLogFolder {
            // The other device's file is untouched, and the folder holds nothing else.
            #expect(try answerLines(log + "/other.log").count == 5)
            #expect(try FileManager.default.contentsOfDirectory(atPath: log).sorted() == ["kill.log", "other.log"])
        }
        print("kill trials: \(trials), answers in the log: \(try answerLines(own).count), kills with an answer saved but not yet shown: \(killsMidAnswer)")
    }

    @Test func killedAtRandomMomentsTheLogKeepsEveryAcceptedAnswerOnce() throws {
        let soak = ProcessInfo.processInfo.environment["RECALL_SOAK"] == "1"
        try Self.killTrials(soak ? 500 : 50, cards: soak ? 2_000 : 200, seed: soak ? 99 : 7)
    }

    @Test func killedAtRandomMomentsALogFolderKeepsEveryAcceptedAnswerOnceInItsOwnFile() throws {
        let soak = ProcessInfo.processInfo.environment["RECALL_SOAK"] == "1"
        try Self.killTrials(soak ? 300 : 30, cards: soak ? 2_000 : 200, seed: soak ? 98 : 8, inLogFolder: true)
    }

    /// A log cut inside its last line, then a review session's answer: the torn line is closed
    /// with a tab (so it can never read as an answer), the answer goes on a line of its own, and
    /// the torn line stays reported.
    @Test(arguments: [false, true])
    func afterALogCutMidLineASessionsAnswerStartsOnACleanLine(inLogFolder: Bool) throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/kill.md", Self.deck(cards: 5))
        let environment = inLogFolder ? ["RECALL_DEVICE": "cut"] : [:]
        if inLogFolder { try folder.write("log/other.log", "# recall review log v1\n2026-11-20T08:00:00.000Z\treview\tK-4\t4\t1000\n") }
        let head = "# recall review log v1\n2026-11-20T09:00:00.000Z\treview\tK-0\t4\t1200\n"
        let last = Array("2026-11-20T09:01:00.000Z\treview\tK-1\t5\t900\n".utf8)
        var terminal: FaultTerminal?
        for cut in stride(from: 1, to: last.count - 1, by: 9) {
            let own = try folder.write(inLogFolder ? "log/cut.log" : "reviews.log", bytes: Array(head.utf8) + last[0..<cut])
            let log = inLogFolder ? folder.path("log") : own
            let arguments = ["review", "--decks", folder.path("decks"), "--log", log, "--now", Self.now(trial: 0)]
            if let terminal {
                try terminal.restart(arguments, environment: environment)
            } else {
                terminal = try FaultTerminal(arguments, environment: environment)
            }
            guard let terminal else { return }
            try #require(try terminal.waitForScreen(timeout: 30) { Self.counter($0) != nil }.matched, "cut at \(cut)")
            try terminal.press("Space")
            try terminal.press("4")
            #expect(try terminal.waitForScreen { Self.counter($0)?.answered == 1 }.matched, "cut at \(cut)")
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: own)))
            let expectedStart = Array(head.utf8) + last[0..<cut] + [UInt8(ascii: "\t"), UInt8(ascii: "\n")]
            #expect(Array(bytes.prefix(expectedStart.count)) == expectedStart, "cut at \(cut)")
            #expect(bytes.last == UInt8(ascii: "\n"))
            let check = try RecallProcess.run(
                ["check", "--decks", folder.path("decks"), "--log", log, "--now", Self.now(trial: 0)], environment: environment)
            #expect(check.stdout.contains("\(own):3: error:"), "cut at \(cut): \(check.stdout)")
            #expect(check.stdout.contains(inLogFolder ? "log: 3 answers" : "log: 2 answers"), "cut at \(cut): \(check.stdout)")
            #expect(check.stdout.contains("1 unreadable line"), "cut at \(cut): \(check.stdout)")
        }
    }

    @Test func aSecondSessionIsRefusedWhileDueAndStatsKeepWorking() throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/kill.md", Self.deck(cards: 20))
        let decks = folder.path("decks")
        let log = folder.path("state/reviews.log")
        let arguments = ["--decks", decks, "--log", log, "--now", Self.now(trial: 0)]
        let first = try FaultTerminal(["review"] + arguments)
        try #require(try first.waitForScreen(timeout: 30) { Self.counter($0) != nil }.matched)
        try first.press("Space")
        try first.press("4")
        try #require(try first.waitForScreen { Self.counter($0)?.answered == 1 }.matched)

        let second = try FaultTerminal(["review"] + arguments, width: 300, reportsExit: true)
        let refused = try second.waitForScreen(timeout: 30) { $0.contains("[exit ") }
        #expect(refused.screen.contains("[exit 1]"), "\(refused.screen)")
        #expect(Self.flat(refused.screen).contains("recall: the review log \(log) is in use by another recall session"))

        let due = try RecallProcess.run(["due"] + arguments)
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout.contains("19 cards to study"), "\(due.stdout)")
        let stats = try RecallProcess.run(["stats", "--json"] + arguments)
        #expect(stats.status == 0, "\(stats.stderr)")
        // The first session goes on, and its answers are saved.
        try first.press("Space")
        try first.press("5")
        #expect(try first.waitForScreen { Self.counter($0)?.answered == 2 }.matched)
        #expect(try Self.answerLines(log).count == 2)
        // Once it ends, a new session may start.
        try first.press("q")
        try #require(try first.waitForScreen { Self.counter($0) == nil }.matched)
        try first.press("q")
        #expect(try first.waitForScreen { _ in (try? first.hasEnded()) ?? false }.matched)
        try second.restart(["review"] + arguments)
        #expect(try second.waitForScreen(timeout: 30) { Self.counter($0) != nil }.matched)
    }

    @Test func aFullDiskAtTheStartIsSaidAndNoSessionStarts() throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/kill.md", Self.deck(cards: 5))
        let log = folder.path("full.log")
        try FileManager.default.createSymbolicLink(atPath: log, withDestinationPath: "/dev/full")
        let terminal = try FaultTerminal(
            ["review", "--decks", folder.path("decks"), "--log", log, "--now", Self.now(trial: 0)], width: 300,
            reportsExit: true)
        let ended = try terminal.waitForScreen(timeout: 30) { $0.contains("[exit ") }
        #expect(ended.screen.contains("[exit 1]"), "\(ended.screen)")
        // /dev/full reads as endless zeros: the log cannot be read, so no session starts.
        #expect(Self.flat(ended.screen).contains("recall: cannot read \(log): File too large"), "\(ended.screen)")
        #expect(Self.counter(ended.screen) == nil)
    }

    @Test func aLogUnderAFileIsSaidAndNoSessionStarts() throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/kill.md", Self.deck(cards: 5))
        let blocker = try folder.write("blocker", "not a folder\n")
        let terminal = try FaultTerminal(
            ["review", "--decks", folder.path("decks"), "--log", blocker + "/reviews.log", "--now", Self.now(trial: 0)],
            width: 300, reportsExit: true)
        let ended = try terminal.waitForScreen(timeout: 30) { $0.contains("[exit ") }
        #expect(ended.screen.contains("[exit 1]"), "\(ended.screen)")
        #expect(Self.flat(ended.screen).contains("Not a directory"), "\(ended.screen)")
        #expect(Self.counter(ended.screen) == nil)
    }

    /// The disk fills up in the middle of a session (a file-size limit makes every write fail
    /// with EFBIG): the session says so, and the card stays on screen unanswered.
    @Test func aDiskThatFillsMidSessionIsSaidAndTheCardIsNotShownAsSaved() throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/kill.md", Self.deck(cards: 5))
        // Exactly 1 024 bytes: the limit below, so the header is there and no answer fits.
        let header = "# recall review log v1\n"
        let filler = "#" + String(repeating: "x", count: 1_024 - header.utf8.count - 2) + "\n"
        let log = try folder.write("reviews.log", header + filler)
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)).count == 1_024)
        let terminal = try FaultTerminal(
            ["review", "--decks", folder.path("decks"), "--log", log, "--now", Self.now(trial: 0)],
            wrapper: "trap '' XFSZ; ulimit -f 2;")
        let started = try terminal.waitForScreen(timeout: 30) { Self.counter($0) != nil }
        try #require(started.matched, "\(started.screen)")
        try terminal.press("Space")
        try terminal.press("4")
        let said = try terminal.waitForScreen { Self.flat($0).contains("File too large") }
        #expect(said.matched, "\(said.screen)")
        #expect(Self.flat(said.screen).contains("not saved: cannot write to \(log): File too large — the answer was not recorded"))
        #expect(Self.counter(said.screen)?.answered == 0, "\(said.screen)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)).count == 1_024)
        #expect(!(try terminal.hasEnded()))
    }
}
