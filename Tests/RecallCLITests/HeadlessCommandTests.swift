import Foundation
import Testing

/// The commands that print rather than draw, run as a user runs them.
@Suite struct HeadlessCommandTests {
    static let now = "2026-11-21T09:00:00Z"

    @Test func decksCountsTheShippedCardsByCategoryAndPhase() throws {
        let folder = try TemporaryFolder()
        let result = try RecallProcess.run(
            ["decks", "--decks", RecallProcess.shippedDecks, "--log", folder.path("reviews.log"), "--now", Self.now])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        func cards(_ name: String) -> String? {
            // CARDS NEW DUE, then today's DRILL DUE NEW WAIT.
            rows.first { $0.dropLast(7).joined(separator: " ") == name }.map { String($0[$0.count - 7]) }
        }
        #expect(cards("Concepts Tracker (ML Fundamentals)") == "82")
        for (category, count) in [("Math", "26"), ("Classical ML", "18"), ("Deep Learning", "16"),
                                  ("Transformer", "12"), ("RecSys", "8"), ("ML Systems", "2")] {
            #expect(cards(category) == count, "category \(category)")
        }
        #expect(cards("NLP") == nil, "a category without concepts is not listed")
        #expect(cards("Machine Learning Interview Preparation - DeepMind") == "60")
        #expect(cards("Phase 1: Mathematical Foundations (Topics 1-5)") == "15")
        #expect(cards("Phase 2: Deep Learning Fundamentals (Topics 6-12)") == "21")
        #expect(cards("Phase 3: Advanced Deep Learning Concepts (Topics 13-17)") == "15")
        #expect(cards("Phase 4: Practical Machine Learning (Topics 18-20)") == "9")
        #expect(cards("Total") == "142")
    }

    @Test func dueWithAnEmptyLogListsTwentyNewCardsOfDifferentConceptsWeekOneHighFirst() throws {
        let folder = try TemporaryFolder()
        let result = try RecallProcess.run(
            ["due", "--json", "--decks", RecallProcess.shippedDecks, "--log", folder.path("reviews.log"), "--now", Self.now])
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 20)
        let ids = items.compactMap { $0["id"] as? String }
        #expect(items.allSatisfy { $0["reason"] as? String == "new" && $0["due"] is NSNull })
        let concepts = ids.map { $0.split(separator: "/")[0] }
        #expect(Set(concepts).count == 20, "no two cards of one concept")
        // Week 1 High concepts of the tracker (12 of them) come before anything else.
        let weekOneHigh: Set<Substring> = ["MATH-011", "MATH-012", "MATH-001", "MATH-002", "MATH-003", "MATH-005",
                                           "MATH-006", "MATH-007", "MATH-008", "MATH-009", "MATH-010"]
        #expect(Set(concepts.prefix(weekOneHigh.count)) == weekOneHigh)
        #expect(concepts[weekOneHigh.count...].prefix(2) == ["MATH-013", "MATH-004"], "then Week 1 Medium")
        #expect(!concepts.contains { $0.hasPrefix("TOPIC-") }, "cards without a week come last")
    }

    /// A log written by hand: reviews on and after their due days, a review before the 04:00
    /// day start, drills, crams, an undo, and an orphan. Every figure is worked out by hand below.
    static let handWrittenLog = """
        # recall review log v1
        2026-11-01T10:00:00.000Z\treview\tMATH-011/formula\t5\t3000
        2026-11-01T10:05:00.000Z\tdrill\tMATH-011/formula\t3\t2000
        2026-11-02T09:00:00.000Z\treview\tMATH-011/formula\t5\t2500
        2026-11-02T09:01:00.000Z\tcram\tMATH-011/formula\t1\t1000
        2026-11-05T08:00:00.000Z\treview\tML-002/interview\t3\t4000
        2026-11-06T02:30:00.000Z\treview\tML-002/interview\t4\t3500
        2026-11-10T12:00:00.000Z\treview\tMATH-011/formula\t4\t2200
        2026-11-10T12:01:00.000Z\treview\tMATH-011/formula\t0\t2100
        2026-11-10T12:01:05.000Z\tundo\tMATH-011/formula\t-\t-
        2026-11-12T09:00:00.000Z\treview\tML-002/interview\t1\t6000
        2026-11-12T09:02:00.000Z\tdrill\tML-002/interview\t4\t1500
        2026-11-13T09:00:00.000Z\tcram\tTOPIC-01/why\t2\t1800
        2026-11-13T09:00:30.000Z\treview\tGONE-001/formula\t5\t900

        """

    @Test func cardsJSONReportsTheStateSM2GivesAHandWrittenLog() throws {
        let folder = try TemporaryFolder()
        let log = try folder.write("reviews.log", Self.handWrittenLog)
        let result = try RecallProcess.run(
            ["cards", "--json", "--decks", RecallProcess.shippedDecks, "--log", log, "--now", Self.now])
        #expect(result.status == 0)
        let cards = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(cards.count == 142)
        let byID = Dictionary(uniqueKeysWithValues: cards.compactMap { card in (card["id"] as? String).map { ($0, card) } })

        // 5 on 11-01: n1 I1 EF2.60; 5 on 11-02: n2 I6 EF2.70; 4 on 11-10 (two days late): n3,
        // I = ⌈6 × 2.70⌉ = 17, EF 2.70, due 11-27. The 0 that followed was undone; drill and cram change nothing.
        let chainRule = try #require(byID["MATH-011/formula"])
        #expect(chainRule["new"] as? Bool == false)
        #expect(chainRule["repetitions"] as? Int == 3)
        #expect((chainRule["easiness"] as? NSNumber)?.doubleValue == 2.70)
        #expect(chainRule["interval"] as? Int == 17)
        #expect(chainRule["due"] as? String == "2026-11-27")
        #expect(chainRule["lapses"] as? Int == 0)
        #expect(chainRule["reviews"] as? Int == 3)
        #expect(chainRule["lastReviewed"] as? String == "2026-11-10")
        #expect(chainRule["phase"] as? String == "Math")
        #expect(chainRule["deck"] as? String == "Concepts Tracker (ML Fundamentals)")

        // 3 on 11-05: n1 I1 EF2.36; 4 at 02:30 on 11-06 counts for 11-05: n2 I6; 1 on 11-12: a lapse,
        // n1 I1, EF unchanged, due 11-13.
        let logistic = try #require(byID["ML-002/interview"])
        #expect(logistic["repetitions"] as? Int == 1)
        #expect((logistic["easiness"] as? NSNumber)?.doubleValue == 2.36)
        #expect(logistic["interval"] as? Int == 1)
        #expect(logistic["due"] as? String == "2026-11-13")
        #expect(logistic["lapses"] as? Int == 1)
        #expect(logistic["reviews"] as? Int == 3)
        #expect(logistic["lastReviewed"] as? String == "2026-11-12")

        // Crammed only: still new.
        let topic = try #require(byID["TOPIC-01/why"])
        #expect(topic["new"] as? Bool == true)
        #expect(topic["repetitions"] as? Int == 0)
        #expect(topic["interval"] as? Int == 0)
        #expect(topic["due"] is NSNull)
        #expect(topic["lastReviewed"] is NSNull)
        #expect(result.stdout.contains("\"easiness\": 2.50"), "easiness printed with two decimals")
    }

    @Test func checkReportsEveryDeckProblemWhileCardsStillLoadTheGoodOnes() throws {
        let folder = try TemporaryFolder()
        var deck = Array("""
            # Bad deck
            ## Phase A
            - MATH-900 Thing (High, Not Started, Week 1) :: Formula: x = y :: Interview: What?
            - MATH-900 Thing again (High, Not Started, Week 1) :: Formula: a :: Interview: b
            - MATH-901 No fields (High, Not Started, Week 1)
            - MATH-902 Odd (Low, Not Started, Week 2) :: Formula: z :: Mnemonic: zed
            - MATH-903 Bytes 
            """.utf8)
        deck += [0xFF, 0xFE] + Array(" (High, Not Started, Week 1) :: Formula: q\n".utf8)
        deck += Array("- MATH-904 Good (Medium, Not Started, Week 1) :: Formula: g :: Interview: why g?\n".utf8)
        try folder.write("decks/bad.md", bytes: deck)
        let arguments = ["--decks", folder.path("decks"), "--log", folder.path("reviews.log"), "--now", Self.now]

        let check = try RecallProcess.run(["check"] + arguments, in: folder.url)
        #expect(check.status == 1)
        let lines = check.stdout.split(separator: "\n").map(String.init)
        let file = folder.path("decks") + "/bad.md"
        #expect(lines.contains { $0.hasPrefix("\(file):4: error: duplicate card ID MATH-900/formula") && $0.contains("\(file):3") })
        #expect(lines.contains { $0.hasPrefix("\(file):5: error: ") && $0.contains("no field") })
        #expect(lines.contains { $0.hasPrefix("\(file):6: warning: ") && $0.contains("Mnemonic") })
        #expect(lines.contains { $0.hasPrefix("\(file):7: error: invalid UTF-8") })

        let cards = try RecallProcess.run(["cards"] + arguments, in: folder.url)
        #expect(cards.status == 0)
        for id in ["MATH-900/formula", "MATH-900/interview", "MATH-902/formula", "MATH-904/formula", "MATH-904/interview"] {
            #expect(cards.stdout.contains(id), "\(id) still loads")
        }
        #expect(!cards.stdout.contains("MATH-901") && !cards.stdout.contains("MATH-903"))
        #expect(cards.stderr.contains("run 'recall check'"))
    }

    @Test func checkReportsBadLogLinesByNumberAndLeavesTheFileByteForByte() throws {
        let folder = try TemporaryFolder()
        let text = "# recall review log v1\n"
            + "2026-11-20T09:00:00.000Z\treview\tMATH-011/formula\t4\t1200\n"
            + "2026-11-20T09:00:05.000Z\treview\tMATH-012/formula\t7\t1200\n"
            + "2026-11-20T09:00:09.000Z\tpeek\tMATH-012/formula\t4\t1200\n"
            + "2026-11-20T09:00:10.000Z\treview\tMATH-001/formula\t5\t900\n"
            + "2026-11-20T09:01:0"
        let log = try folder.write("reviews.log", text)
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let arguments = ["--decks", RecallProcess.shippedDecks, "--log", log, "--now", Self.now]

        let check = try RecallProcess.run(["check"] + arguments)
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(log):3: error: grade 7 is outside 0–5"))
        #expect(check.stdout.contains("\(log):4: error: unknown kind 'peek'"))
        #expect(check.stdout.contains("\(log):6: error: torn last line"))

        let cards = try RecallProcess.run(["cards", "--json"] + arguments)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(cards.stdout.utf8)) as? [[String: Any]])
        let reviewed = rows.filter { $0["new"] as? Bool == false }.compactMap { $0["id"] as? String }
        #expect(Set(reviewed) == ["MATH-011/formula", "MATH-001/formula"], "everything else is replayed")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    }

    @Test(arguments: ["due", "cards", "decks", "check"])
    func everyCommandHasUsefulHelp(_ command: String) throws {
        let result = try RecallProcess.run([command, "--help"])
        #expect(result.status == 0)
        for option in ["--decks", "--log", "--now", "--new-per-day", "--reviews-per-day", "--day-starts-at"] {
            #expect(result.stdout.contains(option), "\(command) --help mentions \(option)")
        }
        #expect(result.stdout.contains("OVERVIEW:"))
    }

    @Test(arguments: [
        (["due", "--frobnicate"], "Unknown option '--frobnicate'"),
        (["due", "--now", "yesterday"], "--now 'yesterday' is not an RFC 3339 time"),
        (["due", "--new-per-day=-3"], "--new-per-day must be 0 or more"),
        (["due", "--new-per-day", "many"], "many"),
        (["cards", "--day-starts-at", "25"], "--day-starts-at must be an hour from 0 to 23"),
        (["summon"], "Unknown command 'summon'."),
        (["due", "--new-per-day", "-1"], "--new-per-day must be 0 or more, not -1"),
    ])
    func aWrongFlagGetsOneLineAndAUsageHint(_ arguments: [String], _ message: String) throws {
        let result = try RecallProcess.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message))
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("--help"))
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack"))
    }

    @Test(arguments: [["review"], ["cram", "--phase", "1"], []])
    func withoutATerminalASessionReadsLocksAndCreatesNothing(_ arguments: [String]) throws {
        let folder = try TemporaryFolder()
        let log = folder.path("state/recall/reviews.log")
        let result = try RecallProcess.run(
            arguments + ["--decks", RecallProcess.shippedDecks, "--log", log], environment: ["TERM": "xterm-256color"])
        #expect(result.status == 1)
        #expect(result.stderr == "recall: the review screen needs a terminal (standard output is not a terminal)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("state")), "no folder, no log")
    }

    @Test func aMissingDecksFolderIsOneClearLine() throws {
        let folder = try TemporaryFolder()
        let result = try RecallProcess.run(["due", "--decks", folder.path("nowhere"), "--log", folder.path("r.log")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("recall: "))
        #expect(result.stderr.contains(folder.path("nowhere")))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func theLogDefaultsToRecallLogThenXDGStateHome() throws {
        let folder = try TemporaryFolder()
        try folder.write("state/recall/reviews.log", Self.handWrittenLog)
        let viaXDG = try RecallProcess.run(
            ["check", "--decks", RecallProcess.shippedDecks], environment: ["XDG_STATE_HOME": folder.path("state")])
        #expect(viaXDG.stdout.contains("log: 11 answers in \(folder.path("state"))/recall/reviews.log"))
        try folder.write("other.log", "")
        let viaVariable = try RecallProcess.run(
            ["check", "--decks", RecallProcess.shippedDecks],
            environment: ["XDG_STATE_HOME": folder.path("state"), "RECALL_LOG": folder.path("other.log")])
        #expect(viaVariable.stdout.contains("log: 0 answers in \(folder.path("other.log"))"))
    }
}
