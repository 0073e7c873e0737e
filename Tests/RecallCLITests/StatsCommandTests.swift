import Foundation
import Testing

/// `recall stats` run as a user would: JSON figures worked out by hand, width, read-only.
@Suite struct StatsCommandTests {
    static let deck = """
        # Test

        ## Math

        - A-001 Alpha (High, Not Started, Week 1) :: Formula: a=1 :: Interview: What is alpha?
        """

    /// A 5 then a 2 (a lapse: 1 lapse, EF 2.60 kept, I 1, due today), a drill, and a cram at
    /// 01:30 that counts for the day before (the day starts at 04:00).
    static let log = """
        # recall review log v1
        2026-11-19T12:00:00.000Z\treview\tA-001/formula\t5\t2000
        2026-11-20T12:00:00.000Z\treview\tA-001/formula\t2\t3000
        2026-11-20T12:01:00.000Z\tdrill\tA-001/formula\t4\t1000
        2026-11-21T01:30:00.000Z\tcram\tA-001/interview\t5\t500

        """

    func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("Decks/test.md", Self.deck)
        try folder.write("reviews.log", Self.log)
        return folder
    }

    func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func jsonGivesTheFiguresOfASmallLog() throws {
        let folder = try folder()
        let outcome = try RecallProcess.run(
            ["stats", "--json", "--decks", "Decks", "--log", "reviews.log", "--now", "2026-11-21T10:00:00Z"], in: folder.url)
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        let lines = lines(outcome.stdout)
        #expect(lines.contains(#"  "today": "2026-11-21","#))
        #expect(lines.contains(#"  "cards": {"total": 2, "new": 1, "young": 1, "mature": 0, "suspended": 0},"#))
        #expect(lines.contains(
            #"  "phases": [{"deck": "Test", "phase": "Math", "total": 2, "new": 1, "young": 1, "mature": 0, "suspended": 0}],"#))
        #expect(lines.contains(#"  "forecast": [1"# + String(repeating: ", 0", count: 29) + "],"))
        #expect(lines.contains(#"  "overdue": 0,"#))
        #expect(lines.contains(#"  "answers": {"total": 4, "reviews": 2, "firstReviews": 1, "drills": 1, "crams": 1},"#))
        #expect(lines.contains(
            #"  "retention": {"young": {"last30Days": {"passed": 0, "total": 1, "rate": 0.0000}, "#
                + #""allTime": {"passed": 0, "total": 1, "rate": 0.0000}}, "#
                + #""mature": {"last30Days": {"passed": 0, "total": 0, "rate": null}, "#
                + #""allTime": {"passed": 0, "total": 0, "rate": null}}},"#))
        #expect(lines.contains(#"  "streak": {"current": 2, "longest": 2, "studiedToday": false, "studyDays": 2},"#))
        #expect(lines.contains(#"  "answerMillis": 6500,"#))
        #expect(lines.contains(#"  "lowestEasiness": [],"#))
        #expect(lines.contains(
            #"  "mostLapses": [{"id": "A-001/formula", "front": "Alpha: formula?", "easiness": 2.60, "#
                + #""lapses": 1, "reviews": 2, "leech": false}],"#))
        #expect(lines.contains(#"  "leechCount": 0,"#))
        // One answer is scored (a's second study day): SM-2 said 0.9^(1/1), it was forgotten.
        #expect(lines.contains { $0.hasPrefix(#"  "calibration": {"answers": 1, "sm2": {"logLoss": 2.30258509299"#) })

        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let calendar = try #require(object["calendar"] as? [String: Any])
        #expect(calendar["start"] as? String == "2026-05-25")
        let answers = try #require(calendar["answers"] as? [Int])
        #expect(answers.count == 181)
        #expect(Array(answers.suffix(3)) == [1, 3, 0])
    }

    @Test func textFitsTheWidthFromTheOptionOrColumns() throws {
        let folder = try folder()
        let arguments = ["stats", "--decks", "Decks", "--log", "reviews.log", "--now", "2026-11-21T10:00:00Z"]
        let narrow = try RecallProcess.run(arguments + ["--width", "40"], in: folder.url)
        #expect(narrow.status == 0)
        #expect(lines(narrow.stdout).allSatisfy { $0.count <= 40 })
        #expect(lines(narrow.stdout).contains("  today      " + String(repeating: "█", count: 25) + " 1"))
        let columns = try RecallProcess.run(arguments, environment: ["COLUMNS": "120"], in: folder.url)
        #expect(lines(columns.stdout).contains("   1 ┤██"))
        // Not a terminal and no COLUMNS: 80.
        let plain = try RecallProcess.run(arguments, in: folder.url)
        #expect(lines(plain.stdout).contains("   1 ┤█"))
        #expect(lines(plain.stdout).contains("  streak   2 days (longest 2) · nothing yet today · 2 days studied"))
    }

    @Test func statsAndProgressNeverWriteTheLog() throws {
        let folder = try folder()
        for command in ["stats", "progress"] {
            let outcome = try RecallProcess.run([command, "--decks", "Decks", "--log", "reviews.log"], in: folder.url)
            #expect(outcome.status == 0)
        }
        let log = try String(contentsOfFile: folder.path("reviews.log"), encoding: .utf8)
        #expect(log == Self.log)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(files == ["Decks", "reviews.log"])
    }

    @Test func anEmptyLogSaysNothingYet() throws {
        let folder = try folder()
        let outcome = try RecallProcess.run(
            ["stats", "--decks", "Decks", "--log", "missing.log", "--now", "2026-11-21T10:00:00Z"], in: folder.url)
        #expect(outcome.status == 0)
        let lines = lines(outcome.stdout)
        #expect(lines.filter { $0.hasSuffix("nothing yet") }.count == 6)
        #expect(!outcome.stdout.contains("nan"))
        let json = try RecallProcess.run(
            ["stats", "--json", "--decks", "Decks", "--log", "missing.log", "--now", "2026-11-21T10:00:00Z"], in: folder.url)
        #expect(json.stdout.contains(#""answers": {"total": 0, "reviews": 0, "firstReviews": 0, "drills": 0, "crams": 0}"#))
        #expect(json.stdout.contains(#""streak": {"current": 0, "longest": 0, "studiedToday": false, "studyDays": 0}"#))
    }
}
