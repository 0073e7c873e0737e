import Foundation
import Testing

/// `recall cards --json`'s stability, difficulty and recall on a seeded random log (reviews,
/// drills, crams and undos at all times of day over months), against py-fsrs 6.3.2's figures
/// in `Tests/MemoryTests/Oracle/memory-log/expected.tsv` (written by `scripts/fsrs-oracle.py`).
@Suite struct MemoryCardsJSONTests {
    static let folder = RecallProcess.packageRoot.appendingPathComponent("Tests/MemoryTests/Oracle/memory-log")

    @Test func stabilityDifficultyAndRecallAgreeWithPyFSRS() throws {
        let expectedText = try String(contentsOf: Self.folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
        var lines = expectedText.split(separator: "\n")
        let now = String(lines.removeFirst().dropFirst("# now ".count))
        let temp = try TemporaryFolder()
        try temp.write("decks/memory.md", String(contentsOf: Self.folder.appendingPathComponent("memory.md"), encoding: .utf8))
        let log = temp.url.appendingPathComponent("reviews.log").path
        try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent("reviews.log").path, toPath: log)
        let before = try Data(contentsOf: URL(fileURLWithPath: log))

        let outcome = try RecallProcess.run([
            "cards", "--json", "--decks", temp.url.appendingPathComponent("decks").path, "--log", log, "--now", now,
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try #require(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? "", $0) })
        #expect(lines.count == 40)
        for line in lines {
            let fields = line.split(separator: "\t").map(String.init)
            let row = try #require(byID[fields[0]])
            for (key, text) in zip(["stability", "difficulty", "recall"], fields[1...]) {
                if text == "null" {
                    #expect(row[key] is NSNull, "\(fields[0]) \(key)")
                } else {
                    let value = try #require(row[key] as? Double, "\(fields[0]) \(key)")
                    let expected = try #require(Double(text))
                    #expect(abs(value - expected) <= 1e-6 * max(1, expected), "\(fields[0]) \(key): \(value) vs \(expected)")
                }
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    }
}
