import Foundation
import Testing

/// `recall due`, `decks` and `stats` count today's queue alike, and say in the same words why a
/// card due by its schedule is not in it.
@Suite struct CountsCommandTests {
    /// Both cards of A-001 were answered long ago and are due today; B-001 is new.
    static let deck = """
        # Test

        ## Math

        - A-001 Alpha (High, Not Started, Week 1) :: Formula: a=1 :: Interview: What is alpha?

        ## Stats

        - B-001 Beta (High, Not Started, Week 1) :: Formula: b=2 :: Interview: What is beta?
        """

    static let log = """
        # recall review log v1
        2026-11-10T12:00:00.000Z\treview\tA-001/formula\t4\t2000
        2026-11-10T12:01:00.000Z\treview\tA-001/interview\t4\t2000

        """

    static let waits = "2 cards wait for their siblings until tomorrow (one card of a concept a day)"

    func run(_ arguments: [String]) throws -> String {
        let folder = try TemporaryFolder()
        try folder.write("Decks/test.md", Self.deck)
        try folder.write("reviews.log", Self.log)
        let outcome = try RecallProcess.run(
            arguments + ["--decks", "Decks", "--log", "reviews.log", "--now", "2026-11-21T10:00:00Z"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout
    }

    @Test func dueSaysWhyOneOfTwoDueCardsWaits() throws {
        let lines = try run(["due"]).split(separator: "\n").map(String.init)
        #expect(lines[0] == "2026-11-21: 2 cards to study (0 drill, 1 due of 2, 1 new of 2)")
        #expect(lines[1] == Self.waits)
    }

    @Test func decksShowsTodaysQueueApartAndWhatWaits() throws {
        let lines = try run(["decks"]).split(separator: "\n").map(String.init)
        let rows = Dictionary(lines.dropFirst().map { line -> (String, [String]) in
            let words = line.split(separator: " ").map(String.init)
            return (words.first ?? "", words)
        }, uniquingKeysWith: { first, _ in first })
        #expect(lines[1].hasPrefix("DECK") && lines[1].hasSuffix("CARDS    NEW    DUE  TODAY: DRILL    DUE    NEW   WAIT"))
        // CARDS NEW DUE, then today's DRILL DUE NEW and WAIT.
        #expect(rows["Math"]?.suffix(7) == ["2", "0", "2", "0", "1", "0", "1"])
        #expect(rows["Stats"]?.suffix(7) == ["2", "2", "0", "0", "0", "1", "1"])
        #expect(rows["Total"]?.suffix(7) == ["4", "2", "2", "0", "1", "1", "2"])
        #expect(lines.last == Self.waits)
    }

    @Test func statsCountsTodaysQueueAsDueDoes() throws {
        let text = try run(["stats", "--width", "160"]).split(separator: "\n").map(String.init)
        #expect(text.contains("  today's queue: 0 drills · 1 due · 1 new; " + Self.waits))
        let json = try run(["stats", "--json"]).split(separator: "\n").map(String.init)
        #expect(json.contains(
            #"  "queue": {"drills": 0, "due": 1, "new": 1, "waitingForSibling": 2, "overReviewLimit": 0},"#))
        #expect(json.contains(#"  "forecast": [2"# + String(repeating: ", 0", count: 29) + "],"))
    }
}
