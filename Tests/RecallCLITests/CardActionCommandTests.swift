import Foundation
import Testing

/// `recall suspend`, `unsuspend` and `forget`, and `recall cards --state`, run as a user runs them.
@Suite struct CardActionCommandTests {
    static let now = "2026-11-21T09:00:00Z"

    /// MATH-011/formula reviewed 5, 5, 4: n 3, I 17, EF 2.70, due 11-27; ML-002/interview due 11-13.
    static let log = """
        # recall review log v1
        2026-11-01T10:00:00.000Z\treview\tMATH-011/formula\t5\t3000
        2026-11-02T09:00:00.000Z\treview\tMATH-011/formula\t5\t2500
        2026-11-10T12:00:00.000Z\treview\tMATH-011/formula\t4\t2200
        2026-11-12T09:00:00.000Z\treview\tML-002/interview\t1\t6000

        """

    struct Setup {
        let folder: TemporaryFolder
        let log: String
        var arguments: [String] { ["--decks", RecallProcess.shippedDecks, "--log", log, "--now", CardActionCommandTests.now] }

        func run(_ words: [String]) throws -> RecallProcess.Outcome { try RecallProcess.run(words + arguments) }

        func cards() throws -> [String: [String: Any]] {
            let result = try run(["cards", "--json"])
            let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: list.compactMap { card in (card["id"] as? String).map { ($0, card) } })
        }

        func due() throws -> [String] {
            let result = try run(["due", "--json"])
            let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            return list.compactMap { $0["id"] as? String }
        }
    }

    func setup() throws -> Setup {
        let folder = try TemporaryFolder()
        return Setup(folder: folder, log: try folder.write("reviews.log", Self.log))
    }

    @Test func suspendTakesACardOutOfDueAndUnsuspendBringsItBackUnchanged() throws {
        let setup = try setup()
        #expect(try setup.due().contains("ML-002/interview"))
        let before = try #require(try setup.cards()["ML-002/interview"])
        #expect(before["suspended"] as? Bool == false)

        let suspend = try setup.run(["suspend", "ML-002/interview"])
        #expect(suspend.status == 0)
        #expect(suspend.stdout.contains("ML-002/interview: suspended"))
        #expect(try !setup.due().contains("ML-002/interview"))
        let suspended = try #require(try setup.cards()["ML-002/interview"])
        #expect(suspended["suspended"] as? Bool == true)
        let listed = try setup.run(["cards", "--state", "suspended"])
        #expect(listed.stdout.split(separator: "\n").count == 2)
        #expect(listed.stdout.contains("ML-002/interview") && listed.stdout.contains("(suspended)"))

        let unsuspend = try setup.run(["unsuspend", "ML-002/interview"])
        #expect(unsuspend.status == 0)
        #expect(try setup.due().contains("ML-002/interview"))
        let back = try #require(try setup.cards()["ML-002/interview"])
        for key in ["repetitions", "interval", "due", "lapses", "reviews", "lastReviewed"] {
            #expect("\(back[key] ?? "")" == "\(before[key] ?? "")", "\(key) unchanged")
        }
        #expect(back["suspended"] as? Bool == false)
        let text = try String(contentsOfFile: setup.log, encoding: .utf8)
        #expect(text.hasSuffix("\tsuspend\tML-002/interview\t-\t-\n2026-11-21T09:00:00.000Z\tunsuspend\tML-002/interview\t-\t-\n"))
    }

    @Test func forgetMakesACardNewAndKeepsItsHistoryInTheLog() throws {
        let setup = try setup()
        let forget = try setup.run(["forget", "MATH-011/formula"])
        #expect(forget.status == 0)
        #expect(forget.stdout.contains("MATH-011/formula: forgotten: new again (was 3 reviews, interval 17d, EF 2.70)"))
        let card = try #require(try setup.cards()["MATH-011/formula"])
        #expect(card["new"] as? Bool == true)
        #expect(card["repetitions"] as? Int == 0)
        #expect(card["interval"] as? Int == 0)
        #expect((card["easiness"] as? NSNumber)?.doubleValue == 2.50)
        let text = try String(contentsOfFile: setup.log, encoding: .utf8)
        #expect(text.hasPrefix(Self.log), "the answers stay in the log")
        #expect(try setup.cards()["MATH-011/formula"]?["new"] as? Bool == true)
        #expect(try setup.run(["cards", "--state", "new"]).stdout.contains("MATH-011/formula"))
        #expect(try setup.run(["check"]).status == 0)
    }

    @Test func unknownIDsAreRefusedWithTheNearestOnesAndNothingIsWritten() throws {
        let setup = try setup()
        let result = try setup.run(["suspend", "ML-002/interview", "MATH-01/formula"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("recall: no card has the ID 'MATH-01/formula'; nearest: "))
        #expect(result.stderr.contains("MATH-011/formula"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(try String(contentsOfFile: setup.log, encoding: .utf8) == Self.log)
    }

    @Test func idsComeFromAPhaseOrFromStandardInput() throws {
        let setup = try setup()
        let phase = try setup.run(["suspend", "--phase", "Phase 1"])
        #expect(phase.status == 0)
        #expect(phase.stdout.split(separator: "\n").count == 15)
        #expect(try setup.run(["cards", "--state", "suspended", "--json"]).stdout.components(separatedBy: "\"id\"").count == 16)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: RecallProcess.binary)
        process.arguments = ["forget", "-"] + setup.arguments
        process.environment = ["PATH": "/usr/bin:/bin", "TZ": "UTC", "HOME": setup.folder.url.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("MATH-011/formula\n\n  ML-002/interview  \n".utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(printed.contains("MATH-011/formula: forgotten") && printed.contains("ML-002/interview: forgotten"))
    }

    @Test func aRunningSessionsLockRefusesTheCommand() throws {
        let setup = try setup()
        // flock(1) holds the same kind of lock a session holds while it runs the command.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        process.arguments = ["-n", setup.log, RecallProcess.binary, "suspend", "MATH-011/formula"] + setup.arguments
        process.environment = ["PATH": "/usr/bin:/bin", "TZ": "UTC", "HOME": setup.folder.url.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("is in use by another recall session; finish that one first"))
        #expect(try String(contentsOfFile: setup.log, encoding: .utf8) == Self.log)
    }
}
