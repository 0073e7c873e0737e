import Foundation
import Testing

/// `recall ready` and `recall cram --not-ready` as a user runs them.
@Suite struct ReadyCommandTests {
    static let oracle = RecallProcess.packageRoot.appendingPathComponent("Tests/MemoryTests/Oracle/memory-log")

    func setup() throws -> (TemporaryFolder, [String]) {
        let temp = try TemporaryFolder()
        try temp.write("decks/memory.md", String(contentsOf: Self.oracle.appendingPathComponent("memory.md"), encoding: .utf8))
        try temp.write("reviews.log", String(contentsOf: Self.oracle.appendingPathComponent("reviews.log"), encoding: .utf8))
        return (temp, ["--decks", temp.url.appendingPathComponent("decks").path, "--log", temp.url.appendingPathComponent("reviews.log").path])
    }

    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func readyJSONGivesEachCardsRecallOnTheDayAndPhaseCountsAsDefined() throws {
        let (temp, paths) = try setup()
        _ = temp
        let ready = try RecallProcess.run(["ready", "--json", "--interview", "2026-08-01", "--target", "0.85", "--now", "2026-07-20T12:00:00Z"] + paths)
        #expect(ready.status == 0, "\(ready.stderr)")
        let object = try #require(try json(ready.stdout) as? [String: Any])
        #expect(object["interview"] as? String == "2026-08-01")
        #expect(object["target"] as? Double == 0.85)
        #expect(object["daysLeft"] as? Int == 12)
        // Recall on the day is the recall `cards --json` predicts when that day comes without study.
        let onTheDay = try RecallProcess.run(["cards", "--json", "--now", "2026-08-01T12:00:00Z"] + paths)
        let cards = try #require(try json(onTheDay.stdout) as? [[String: Any]])
        let recallByID = Dictionary(uniqueKeysWithValues: cards.map { ($0["id"] as? String ?? "", $0["recall"] as? Double) })
        let readyCards = try #require(object["cards"] as? [[String: Any]])
        #expect(readyCards.count == 40)
        var readyCount = 0
        var recallSum = 0.0
        for card in readyCards {
            let id = try #require(card["id"] as? String)
            let recall = card["recall"] as? Double
            #expect(recall == recallByID[id] ?? nil, "\(id)")
            let isReady = try #require(card["ready"] as? Bool)
            #expect(isReady == ((recall ?? 0) >= 0.85 && recall != nil), "\(id)")
            readyCount += isReady ? 1 : 0
            recallSum += recall ?? 0
        }
        let phases = try #require(object["phases"] as? [[String: Any]])
        #expect(phases.count == 1)
        #expect(phases[0]["cards"] as? Int == 40)
        #expect(phases[0]["ready"] as? Int == readyCount)
        #expect(abs((phases[0]["meanRecall"] as? Double ?? -1) - recallSum / 40) < 1e-12)
        // The plan covers today up to the day before the interview.
        let plan = try #require(object["plan"] as? [[String: Any]])
        #expect(plan.first?["date"] as? String == "2026-07-20")
        #expect(plan.last?["date"] as? String == "2026-07-31")
        let planned = plan.flatMap { $0["cards"] as? [String] ?? [] }
        let notReady = Set(readyCards.filter { $0["ready"] as? Bool == false }.compactMap { $0["id"] as? String })
        #expect(Set(planned).isSubset(of: notReady))
    }

    @Test func readyTextShowsBarsTheWeakestCardsAndThePlan() throws {
        let (temp, paths) = try setup()
        _ = temp
        let outcome = try RecallProcess.run(["ready", "--interview", "2026-08-01", "--now", "2026-07-20T12:00:00Z", "--width", "80"] + paths)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Interview 2026-08-01 is in 12 days · target recall 90%")
        #expect(lines.contains { $0.hasPrefix("Memory › Phase 1: Oracle     40") && $0.contains("█") })
        #expect(lines.contains("Not ready, weakest first (22):"))
        #expect(lines.contains("  MEM-039  never answered"))
        #expect(lines.contains { $0.hasPrefix("  today ") })
        #expect(lines.contains { $0.hasPrefix("  2026-07-31") })
    }

    @Test func withoutADateItSaysHowToSetOneAndABadDateNamesItsSource() throws {
        let (temp, paths) = try setup()
        _ = temp
        let none = try RecallProcess.run(["ready"] + paths)
        #expect(none.status == 0)
        #expect(none.stdout.contains("No interview date is set. Give one with --interview YYYY-MM-DD"))
        let bad = try RecallProcess.run(["ready", "--interview", "2026-02-30"] + paths)
        #expect(bad.status == 78)
        #expect(bad.stderr.contains("--interview"))
        #expect(bad.stderr.contains("2026-02-30"))
        let env = try RecallProcess.run(["ready", "--json"] + paths, environment: ["RECALL_INTERVIEW": "2026-08-01", "RECALL_TARGET_RECALL": "1.5"])
        #expect(env.status == 78)
        #expect(env.stderr.contains("RECALL_TARGET_RECALL"))
        let fromEnv = try RecallProcess.run(["ready", "--json", "--now", "2026-07-20T12:00:00Z"] + paths, environment: ["RECALL_INTERVIEW": "2026-08-01"])
        #expect(fromEnv.status == 0)
        #expect(fromEnv.stdout.contains("\"daysLeft\": 12"))
    }

    @Test func statsJSONHasCalibration() throws {
        let (temp, paths) = try setup()
        _ = temp
        let outcome = try RecallProcess.run(["stats", "--json", "--now", "2026-07-20T12:00:00Z"] + paths)
        let object = try #require(try json(outcome.stdout) as? [String: Any])
        let calibration = try #require(object["calibration"] as? [String: Any])
        #expect((calibration["answers"] as? Int ?? 0) > 100)
        let fsrs = try #require(calibration["fsrs"] as? [String: Any])
        #expect(fsrs["logLoss"] is Double && fsrs["rmseBins"] is Double)
        let text = try RecallProcess.run(["stats", "--now", "2026-07-20T12:00:00Z", "--width", "80"] + paths)
        #expect(text.stdout.contains("FSRS-6 predicts your answers better than SM-2"))
    }
}
