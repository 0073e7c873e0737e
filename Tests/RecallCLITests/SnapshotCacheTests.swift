import Foundation
import Testing

/// `recall due` through its snapshot and deck cache prints exactly what a run with an empty
/// cache folder prints, whatever changed in between.
@Suite struct SnapshotCacheTests {
    static let now = "2026-11-21T09:00:00Z"

    /// Reviews, a drill and an undo of the first cards the shipped decks introduce.
    func writeLog(in folder: TemporaryFolder) throws -> String {
        let empty = try RecallProcess.run(
            ["due", "--json", "--decks", RecallProcess.shippedDecks, "--log", folder.path("none.log"), "--now", Self.now])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [[String: Any]])
        let ids = items.compactMap { $0["id"] as? String }
        var text = "# recall review log v1\n"
        for (index, id) in ids.enumerated() {
            text += "2026-11-1\(index % 8)T10:00:\(10 + index).000Z\treview\t\(id)\t\(index % 6)\t2000\n"
        }
        text += "2026-11-20T23:30:00.000Z\tdrill\t\(ids[1])\t2\t1500\n"
        text += "2026-11-20T23:40:00.000Z\treview\t\(ids[2])\t5\t1500\n"
        return try folder.write("reviews.log", text)
    }

    private func due(_ log: String, cache: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> RecallProcess.Outcome {
        var env = environment
        env["XDG_CACHE_HOME"] = cache
        return try RecallProcess.run(
            ["due", "--decks", RecallProcess.shippedDecks, "--log", log, "--now", Self.now] + extra, environment: env)
    }

    @Test func dueIsTheSameWithTheCacheAfterAppendsClockAndSettingChangesAndDamage() throws {
        let folder = try TemporaryFolder()
        let log = try writeLog(in: folder)
        let cache = folder.path("cache")
        func expectSame(_ comment: Comment, _ extra: [String] = [], environment: [String: String] = [:]) throws {
            let fresh = folder.path("fresh-\(UUID().uuidString)")
            let cached = try due(log, cache: cache, extra, environment: environment)
            let uncached = try due(log, cache: fresh, extra, environment: environment)
            #expect(cached.status == 0, comment)
            #expect(cached.stdout == uncached.stdout, comment)
            #expect(cached.stderr == uncached.stderr, comment)
            try? FileManager.default.removeItem(atPath: fresh)
        }
        try expectSame("first run: no snapshot yet")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache + "/recall")
        #expect(files.contains { $0.hasPrefix("replay-") } && files.contains { $0.hasPrefix("decks-") })
        try expectSame("second run: through the snapshot")

        let handle = try #require(FileHandle(forWritingAtPath: log))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("2026-11-21T08:00:00.000Z\treview\tMATH-001/formula\t1\t900\nbad line\n".utf8))
        try handle.write(contentsOf: Data("2026-11-21T08:01:00.000Z\tundo\tMATH-001/formula\t-\t-\n".utf8))
        try handle.close()
        try expectSame("after an append with a bad line and an undo")
        try expectSame("another time zone", environment: ["TZ": "America/New_York"])
        try expectSame("another day-start hour", ["--day-starts-at", "0"])
        try expectSame("back to the first settings")

        for file in try FileManager.default.contentsOfDirectory(atPath: cache + "/recall") {
            try Data("not a snapshot".utf8).write(to: URL(fileURLWithPath: cache + "/recall/" + file))
        }
        try expectSame("damaged cache files are ignored without a word")
    }
}
