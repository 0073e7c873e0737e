import Foundation
import Testing

/// `recall stats` (text and JSON) and the home screen's first frame (`recall home --batch`)
/// through the snapshot print exactly what a run with an empty cache folder prints.
@Suite struct SnapshotStatsCacheTests {
    private func run(_ arguments: [String], log: String, cache: String, environment: [String: String] = [:]) throws
        -> RecallProcess.Outcome {
        var env = environment
        env["XDG_CACHE_HOME"] = cache
        return try RecallProcess.run(
            arguments + ["--decks", RecallProcess.shippedDecks, "--log", log, "--now", SnapshotCacheTests.now],
            environment: env)
    }

    @Test func statsAndTheHomeScreenAreTheSameWithTheCache() throws {
        let folder = try TemporaryFolder()
        let log = try SnapshotCacheTests().writeLog(in: folder)
        let commands = [
            ["stats", "--width", "100"], ["stats", "--json"], ["home", "--batch", "--width", "90", "--height", "30"],
        ]
        let cache = folder.path("cache")
        func expectSame(_ comment: Comment, environment: [String: String] = [:]) throws {
            for command in commands {
                let fresh = folder.path("fresh-\(UUID().uuidString)")
                let cached = try run(command, log: log, cache: cache, environment: environment)
                let uncached = try run(command, log: log, cache: fresh, environment: environment)
                #expect(cached.status == 0, "\(command) \(comment)")
                #expect(!cached.stdout.isEmpty, "\(command) \(comment)")
                #expect(cached.stdout == uncached.stdout, "\(command) \(comment)")
                #expect(cached.stderr == uncached.stderr, "\(command) \(comment)")
                try? FileManager.default.removeItem(atPath: fresh)
            }
        }
        try expectSame("first run: no snapshot yet")
        try expectSame("second run: through the snapshot")
        // Answers again on later days (retention, calibration), an orphan, then a forget.
        let ids = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
            .compactMap { line -> String? in
                let fields = line.split(separator: "\t")
                return fields.count == 5 ? String(fields[2]) : nil
            }
        var text = ""
        for (index, id) in ids.prefix(6).enumerated() {
            text += "2026-11-20T0\(index):00:00.000Z\treview\t\(id)\t\(index % 2 == 0 ? 4 : 2)\t1200\n"
        }
        text += "2026-11-20T07:00:00.000Z\treview\tGONE-1/formula\t4\t900\n"
        let handle = try #require(FileHandle(forWritingAtPath: log))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try expectSame("after an append with an orphan")
        try expectSame("another time zone", environment: ["TZ": "Asia/Kolkata"])
        // The orphan answered again a day later: scored for calibration, so stats read the whole log.
        try handle.write(contentsOf: Data("2026-11-21T07:30:00.000Z\treview\tGONE-1/formula\t2\t900\n".utf8))
        try expectSame("an orphan with a scored answer")
        try handle.write(contentsOf: Data("2026-11-21T08:00:00.000Z\tforget\t\(ids[0])\t-\t-\n".utf8))
        try handle.close()
        try expectSame("after a forget")
    }

    @Test func theBatchHomeScreenNeedsNoTerminalAndFitsTheSizeAsked() throws {
        let folder = try TemporaryFolder()
        let log = try SnapshotCacheTests().writeLog(in: folder)
        let outcome = try run(["home", "--batch", "--width", "70", "--height", "12"], log: log, cache: folder.path("cache"))
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 12)
        #expect(lines.allSatisfy { $0.count <= 70 })
        #expect(lines.first?.contains("Recall") == true)
        #expect(lines.last?.contains("q quit") == true)
        let wrong = try run(["home", "--width", "70"], log: log, cache: folder.path("cache"))
        #expect(wrong.status == 64)
    }
}
