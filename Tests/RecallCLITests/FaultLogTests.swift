import Foundation
import Testing

/// Faults in the review log, through the binary: a log cut at any byte of its last line, a log
/// whose place cannot be written or read, and events dated after the clock.
@Suite struct FaultLogTests {
    static let now = "2026-11-21T12:00:00Z"
    static let deck = """
        # Faults

        ## Phase 1

        - FLT-001 Alpha (High, Not Started, Week 1) :: Formula: a = 1 :: Interview: Why alpha?
        - FLT-002 Beta (High, Not Started, Week 1) :: Formula: b = 2 :: Interview: Why beta?
        - FLT-003 Gamma (High, Not Started, Week 1) :: Formula: c = 3 :: Interview: Why gamma?

        """
    static let earlierLines = [
        "# recall review log v1",
        "2026-11-19T09:00:00.000Z\treview\tFLT-001/formula\t5\t1200",
        "2026-11-20T09:00:00.000Z\treview\tFLT-002/formula\t4\t2300",
    ]
    static let lastLine = "2026-11-21T09:00:00.000Z\treview\tFLT-003/formula\t3\t3400\n"

    /// `recall cards --json` parsed into id → object.
    static func cards(_ arguments: [String], environment: [String: String] = [:]) throws -> [String: [String: Any]] {
        let outcome = try RecallProcess.run(["cards", "--json"] + arguments, environment: environment)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let array = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: array.compactMap { object in
            (object["id"] as? String).map { ($0, object) }
        })
    }

    /// In a log folder, the cut file is one device's, beside another device's whole one.
    @Test(arguments: [false, true])
    func aLogCutAtEveryByteOfItsLastLineLoadsAndIsReportedOnThatLine(inLogFolder: Bool) throws {
        let folder = try TemporaryFolder()
        let decks = try folder.write("decks/faults.md", Self.deck)
        let decksFolder = (decks as NSString).deletingLastPathComponent
        let earlier = Self.earlierLines.joined(separator: "\n") + "\n"
        let last = Array(Self.lastLine.utf8)
        let environment = inLogFolder ? ["RECALL_DEVICE": "laptop"] : [:]
        if inLogFolder {
            try folder.write("log/desktop.log", "# recall review log v1\n2026-11-20T20:00:00.000Z\treview\tFLT-003/interview\t4\t1000\n")
        }
        // Any cut that leaves part of the line, even all of it but its newline, is a torn line.
        for cut in 0...last.count {
            let file = try folder.write(inLogFolder ? "log/laptop.log" : "reviews.log", bytes: Array(earlier.utf8) + last[0..<cut])
            let log = inLogFolder ? folder.path("log") : file
            let arguments = ["--decks", decksFolder, "--log", log, "--now", Self.now]
            let check = try RecallProcess.run(["check"] + arguments, environment: environment)
            let torn = cut > 0 && cut < last.count
            if torn {
                #expect(check.status == 1, "cut at \(cut)")
                #expect(check.stdout.contains("\(file):4: error: torn last line (no newline)"), "cut at \(cut): \(check.stdout)")
                #expect(check.stdout.contains("1 unreadable line"), "cut at \(cut)")
            } else {
                // Nothing of the line, or all of it: nothing to report.
                #expect(check.status == 0, "cut at \(cut): \(check.stdout)")
            }
            // The answers before the cut are always there; the loading commands never fail.
            if cut % 8 == 0 || cut == last.count - 1 || cut == last.count {
                let cards = try Self.cards(arguments, environment: environment)
                #expect(cards["FLT-001/formula"]?["reviews"] as? Int == 1, "cut at \(cut)")
                #expect(cards["FLT-002/formula"]?["reviews"] as? Int == 1, "cut at \(cut)")
                #expect(cards["FLT-003/formula"]?["reviews"] as? Int == (torn || cut == 0 ? 0 : 1), "cut at \(cut)")
                if inLogFolder { #expect(cards["FLT-003/interview"]?["reviews"] as? Int == 1, "cut at \(cut)") }
                let due = try RecallProcess.run(["due"] + arguments, environment: environment)
                #expect(due.status == 0, "cut at \(cut): \(due.stderr)")
                if torn { #expect(due.stderr.contains("has 1 unreadable line; run 'recall check' for details")) }
            }
        }
    }

    @Test func aLogUnderARegularFileIsAOneLineErrorNotACrash() throws {
        let folder = try TemporaryFolder()
        let decks = try folder.write("decks/faults.md", Self.deck)
        let blocker = try folder.write("not-a-folder", "a file where a folder should be\n")
        let log = blocker + "/reviews.log"
        let outcome = try RecallProcess.run(
            ["due", "--decks", (decks as NSString).deletingLastPathComponent, "--log", log, "--now", Self.now])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "recall: cannot open \(log) for reading: Not a directory\n")
        #expect(outcome.stdout.isEmpty)
    }

    /// A folder as the log is a log folder: empty, it is an empty log, and nothing is created by reading it.
    @Test func aLogThatIsAnEmptyFolderIsAnEmptyLogFolder() throws {
        let folder = try TemporaryFolder()
        let decks = try folder.write("decks/faults.md", Self.deck)
        let log = folder.path("log-folder")
        try FileManager.default.createDirectory(atPath: log, withIntermediateDirectories: true)
        let outcome = try RecallProcess.run(
            ["due", "--decks", (decks as NSString).deletingLastPathComponent, "--log", log, "--now", Self.now])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.stdout.contains("3 cards to study"), "\(outcome.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: log).isEmpty)
        // A log folder that cannot be listed is a one-line error naming it.
        chmod(log, 0)
        defer { chmod(log, 0o700) }
        if getuid() != 0 {
            let denied = try RecallProcess.run(["due", "--decks", (decks as NSString).deletingLastPathComponent, "--log", log, "--now", Self.now])
            #expect(denied.status == 1)
            #expect(denied.stderr == "recall: cannot open \(log) for reading: Permission denied\n")
        }
    }

    /// The clock moved backwards: the log has answers dated after `--now`. They are replayed in
    /// file order like any other (the schedule is the fold of the file, not of the calendar), so
    /// a card answered "tomorrow" is not due today; nothing crashes, and `check` warns about the
    /// clock (times after now, a step back) without failing.
    @Test func eventsDatedAfterNowAreReplayedInFileOrderWithoutACrash() throws {
        let folder = try TemporaryFolder()
        let decks = try folder.write("decks/faults.md", Self.deck)
        let log = try folder.write("reviews.log", """
            # recall review log v1
            2026-11-19T09:00:00.000Z\treview\tFLT-001/formula\t5\t1200
            2026-11-30T09:00:00.000Z\treview\tFLT-002/formula\t4\t2300
            2026-11-20T09:00:00.000Z\treview\tFLT-003/formula\t4\t2300
            2031-01-01T09:00:00.000Z\treview\tFLT-003/formula\t5\t900

            """)
        let arguments = ["--decks", (decks as NSString).deletingLastPathComponent, "--log", log, "--now", Self.now]
        let check = try RecallProcess.run(["check"] + arguments)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("\(log):3: warning: time 2026-11-30T09:00:00.000Z is 8 days 21 h after now"))
        #expect(check.stdout.contains("and so is 1 later line; the clock of the device that wrote it may be ahead"))
        #expect(check.stdout.contains("\(log):4: warning: time 2026-11-20T09:00:00.000Z is 10 days before line 3's"))
        let cards = try Self.cards(arguments)
        // Reviewed on 2026-11-30 (in the future): one repetition, due a day after that review.
        #expect(cards["FLT-002/formula"]?["repetitions"] as? Int == 1)
        #expect(cards["FLT-002/formula"]?["due"] as? String == "2026-12-01")
        #expect(cards["FLT-002/formula"]?["lastReviewed"] as? String == "2026-11-30")
        // Two reviews, the second in 2031: six days after it.
        #expect(cards["FLT-003/formula"]?["repetitions"] as? Int == 2)
        #expect(cards["FLT-003/formula"]?["due"] as? String == "2031-01-07")
        let due = try RecallProcess.run(["due", "--json"] + arguments)
        #expect(due.status == 0)
        #expect(!due.stdout.contains("FLT-002/formula"))
        #expect(!due.stdout.contains("FLT-003/formula"))
        // The card reviewed before --now with a past due day is due as usual.
        #expect(due.stdout.contains("FLT-001/formula"))
    }
}
