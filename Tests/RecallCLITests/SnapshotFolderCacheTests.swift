import Foundation
import Testing

/// `recall due` on a log folder (two devices' files, merged by time) through the folder's
/// snapshot prints exactly what a run with an empty cache folder prints.
@Suite struct SnapshotFolderCacheTests {
    static let now = "2026-11-21T09:00:00Z"

    private func due(_ log: String, cache: String) throws -> RecallProcess.Outcome {
        try RecallProcess.run(
            ["due", "--decks", RecallProcess.shippedDecks, "--log", log, "--now", Self.now],
            environment: ["XDG_CACHE_HOME": cache, "RECALL_DEVICE": "laptop", "TZ": "UTC"])
    }

    @Test func dueOnAFolderIsTheSameWithTheCache() throws {
        let folder = try TemporaryFolder()
        let empty = try RecallProcess.run(
            ["due", "--json", "--decks", RecallProcess.shippedDecks, "--log", folder.path("none.log"), "--now", Self.now])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [[String: Any]])
        let ids = items.compactMap { $0["id"] as? String }
        try FileManager.default.createDirectory(atPath: folder.path("log"), withIntermediateDirectories: true)
        var laptop = "", phone = ""
        for (index, id) in ids.enumerated() {
            let line = "2026-11-1\(index % 8)T10:\(10 + index % 40):00.000Z\treview\t\(id)\t\(index % 6)\t2000\n"
            if index % 2 == 0 { laptop += line } else { phone += line }
            if index % 5 == 0 { phone += line }
        }
        phone += "2026-11-19T08:00:00.000Z\tsuspend\t\(ids[3])\t-\t-\n"
        laptop += "2026-11-19T09:00:00.000Z\tbury\t\(ids[4])\t-\t-\n"
        _ = try folder.write("log/laptop.log", laptop)
        _ = try folder.write("log/phone.log", phone)
        let cache = folder.path("cache")
        func expectSame(_ comment: Comment) throws {
            let fresh = folder.path("fresh-\(UUID().uuidString)")
            let cached = try due(folder.path("log"), cache: cache)
            let uncached = try due(folder.path("log"), cache: fresh)
            #expect(cached.status == 0, comment)
            #expect(cached.stdout == uncached.stdout, comment)
            #expect(cached.stderr == uncached.stderr, comment)
            try? FileManager.default.removeItem(atPath: fresh)
        }
        try expectSame("first run: no snapshot yet")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache + "/recall")
        #expect(files.contains { $0.hasPrefix("replay-") })
        try expectSame("second run: through the snapshot")
        _ = try folder.write("log/laptop.log", laptop + "2026-11-21T08:00:00.000Z\treview\t\(ids[0])\t1\t900\n"
            + "2026-11-21T08:01:00.000Z\tforget\t\(ids[2])\t-\t-\n")
        try expectSame("after an append to this device's file")
        _ = try folder.write("log/phone.log", phone + "2026-11-18T08:00:00.000Z\treview\t\(ids[5])\t0\t900\n")
        try expectSame("after an earlier answer from the other device")
    }
}
