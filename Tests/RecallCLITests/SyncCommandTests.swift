import Foundation
import Testing

/// `recall sync init`, `recall sync` without git, `recall check` and `recall stats` on a log
/// folder, through the binary.
@Suite struct SyncCommandTests {
    static let now = "2026-11-21T12:00:00Z"

    static let laptopLines = [
        "2026-11-20T09:00:00.000Z\treview\tS-0\t4\t1200",
        "2026-11-20T09:01:00.000Z\treview\tS-1\t2\t2300",
        "2026-11-20T09:02:00.000Z\tdrill\tS-1\t4\t900",
        "2026-11-21T09:00:00.000Z\treview\tS-2\t5\t800",
        "2026-11-21T09:00:05.000Z\tundo\tS-2\t-\t-",
    ]
    static let desktopLines = [
        "2026-11-20T20:00:00.000Z\treview\tS-3\t3\t4000",
        "2026-11-21T08:00:00.000Z\treview\tS-0\t5\t1000",
        "2026-11-21T08:30:00.000Z\tcram\tS-4\t4\t1000",
    ]

    static func log(_ lines: [String]) -> String { (["# recall review log v1"] + lines).map { $0 + "\n" }.joined() }

    @Test func aFolderReplaysAsTheOneFileOfItsMergedEvents() throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/sync.md", LogFolderSupport.deck(cards: 6))
        try folder.write("log/laptop.log", Self.log(Self.laptopLines))
        try folder.write("log/desktop.log", Self.log(Self.desktopLines))
        let merged = LogFolderSupport.mergedAnswerLines([("desktop.log", Self.desktopLines), ("laptop.log", Self.laptopLines)])
        #expect(merged.count == 6)
        try folder.write("single.log", Self.log(merged))
        let common = ["--decks", folder.path("decks"), "--now", Self.now]
        let fromFolder = try LogFolderSupport.cardsJSON(common + ["--log", folder.path("log")], environment: ["RECALL_DEVICE": "laptop"])
        let fromFile = try LogFolderSupport.cardsJSON(common + ["--log", folder.path("single.log")])
        #expect(fromFolder == fromFile)
        // S-0 was reviewed on both machines, once on each of two days: two reviews.
        #expect(fromFolder.contains("\"id\": \"S-0\"") || fromFolder.contains("\"id\":\"S-0\""))
        let cards = try JSONSerialization.jsonObject(with: Data(fromFolder.utf8)) as? [[String: Any]] ?? []
        #expect(cards.first { $0["id"] as? String == "S-0" }?["reviews"] as? Int == 2)
        // The laptop's undo took back its own S-2 review only.
        #expect(cards.first { $0["id"] as? String == "S-2" }?["new"] as? Bool == true)
        // The device name does not matter for reading.
        let elsewhere = try LogFolderSupport.cardsJSON(common + ["--log", folder.path("log")], environment: ["RECALL_DEVICE": "server"])
        #expect(elsewhere == fromFolder)
    }

    @Test func aSingleFileLogAndTheSameFileAloneInAFolderGiveTheSameState() throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/sync.md", LogFolderSupport.deck(cards: 6))
        let text = Self.log(Self.laptopLines + ["junk line", "2026-11-21T09:30:00.000Z\treview\tS-5\t1\t700"])
        try folder.write("reviews.log", text)
        try folder.write("log/laptop.log", text)
        let common = ["--decks", folder.path("decks"), "--now", Self.now]
        for command in [["cards", "--json"], ["due", "--json"], ["stats", "--json"], ["progress"], ["decks"]] {
            let file = try RecallProcess.run(command + common + ["--log", folder.path("reviews.log")])
            let inFolder = try RecallProcess.run(command + common + ["--log", folder.path("log")], environment: ["RECALL_DEVICE": "laptop"])
            var expected = file.stdout
            if command[0] == "stats" {
                expected = expected.replacingOccurrences(of: "\"devices\": []", with: "\"devices\": [{\"device\": \"laptop\", \"answers\": 4}]")
            }
            #expect(inFolder.stdout == expected, "\(command)")
            #expect(inFolder.status == file.status)
        }
    }

    @Test func checkNamesEachFilesProblemsAndClockTrouble() throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/sync.md", LogFolderSupport.deck(cards: 6))
        try folder.write("log/laptop.log", Self.log(Self.laptopLines + ["not a line"]))
        // The desktop's clock went back a day, then ran two hours ahead.
        try folder.write("log/desktop.log", Self.log(Self.desktopLines + [
            "2026-11-20T08:00:00.000Z\treview\tS-5\t4\t1000",
            "2026-11-21T14:00:00.000Z\treview\tS-1\t4\t1000",
        ]))
        try folder.write("log/laptop.sync-conflict-20261121-091523-K3X2R2T.log", Self.log(Array(Self.laptopLines.prefix(3))))
        let log = folder.path("log")
        let check = try RecallProcess.run(["check", "--decks", folder.path("decks"), "--log", log, "--now", Self.now])
        #expect(check.status == 1)
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(log)/laptop.log:7: error: expected 5 tab-separated fields (time, kind, card, grade, ms), found 1"))
        #expect(lines.contains("\(log)/desktop.log:5: warning: time 2026-11-20T08:00:00.000Z is 1 day before line 4's; the clock of the device that wrote it went back"))
        #expect(lines.contains("\(log)/desktop.log:6: warning: time 2026-11-21T14:00:00.000Z is 2 h after now (2026-11-21T12:00:00.000Z); the clock of the device that wrote it may be ahead"))
        #expect(lines.last == "log: 8 answers in \(log); 1 unreadable line; 3 files (desktop.log, laptop.log, "
            + "laptop.sync-conflict-20261121-091523-K3X2R2T.log); 3 lines found in several files, counted once")
        // The other commands say there is something to check, and go on.
        let due = try RecallProcess.run(["due", "--decks", folder.path("decks"), "--log", log, "--now", Self.now])
        #expect(due.status == 0)
        #expect(due.stderr == "recall: \(log) has 1 unreadable line; run 'recall check' for details\n")
    }

    @Test func statsCountsAnswersPerDeviceWithConflictCopiesOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/sync.md", LogFolderSupport.deck(cards: 6))
        try folder.write("log/laptop.log", Self.log(Self.laptopLines))
        try folder.write("log/desktop.log", Self.log(Self.desktopLines))
        try folder.write("log/desktop.sync-conflict-20261121-091523-K3X2R2T.log", Self.log(Self.desktopLines))
        let arguments = ["--decks", folder.path("decks"), "--log", folder.path("log"), "--now", Self.now]
        let json = try RecallProcess.run(["stats", "--json"] + arguments, environment: ["RECALL_DEVICE": "laptop"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"devices\": [{\"device\": \"desktop\", \"answers\": 3}, {\"device\": \"laptop\", \"answers\": 3}]"))
        #expect(json.stdout.contains("\"answers\": {\"total\": 6,"))
        let text = try RecallProcess.run(["stats", "--width", "80"] + arguments, environment: ["RECALL_DEVICE": "laptop"])
        #expect(text.stdout.hasSuffix("\nDevices\n  desktop  3 answers\n  laptop   3 answers (this device)\n"), "\(text.stdout)")
        // A log file has no devices.
        try folder.write("one.log", Self.log(Self.laptopLines))
        let single = try RecallProcess.run(["stats", "--json", "--decks", folder.path("decks"), "--log", folder.path("one.log"), "--now", Self.now])
        #expect(single.stdout.contains("\"devices\": []"))
        #expect(!(try RecallProcess.run(["stats", "--decks", folder.path("decks"), "--log", folder.path("one.log"), "--now", Self.now]).stdout.contains("Devices")))
    }

    @Test func syncInitCopiesTheLogAndLeavesTheOldFileAlone() throws {
        let folder = try TemporaryFolder()
        try folder.write("decks/sync.md", LogFolderSupport.deck(cards: 6))
        let old = try folder.write("state/reviews.log", Self.log(Self.laptopLines))
        let before = try Data(contentsOf: URL(fileURLWithPath: old))
        let target = folder.path("shared")
        // A device name with a space is a wrong setting: said, and nothing is made.
        let badName = try RecallProcess.run(
            ["sync", "init", target, "--log", old, "--decks", folder.path("decks")],
            environment: ["RECALL_DEVICE": "my laptop", "PATH": "/nonexistent"])
        #expect(badName.status == 78)
        #expect(badName.stderr.contains("RECALL_DEVICE"))
        #expect(!FileManager.default.fileExists(atPath: target))
        let environment = ["RECALL_DEVICE": "my-laptop", "PATH": "/nonexistent"]
        let outcome = try RecallProcess.run(["sync", "init", target, "--log", old, "--decks", folder.path("decks")], environment: environment)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Copied \(old) (3 answers) to \(target)/my-laptop.log; \(old) is left as it was."))
        #expect(outcome.stdout.contains("This device is 'my-laptop' (from RECALL_DEVICE)"))
        #expect(outcome.stdout.contains("--log \(target), or export RECALL_LOG=\(target)"))
        #expect(outcome.stdout.contains("any file-sync tool"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: old)) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(target)/my-laptop.log")) == before)
        // The folder now reads as the log did.
        let common = ["--decks", folder.path("decks"), "--now", Self.now]
        #expect(try LogFolderSupport.cardsJSON(common + ["--log", target], environment: environment)
            == LogFolderSupport.cardsJSON(common + ["--log", old]))
        // Again: nothing to do. With another log in the way: refused, nothing changed.
        let again = try RecallProcess.run(["sync", "init", target, "--log", old], environment: environment)
        #expect(again.status == 0)
        #expect(again.stdout.contains("already holds a copy"))
        let other = try folder.write("state/other.log", Self.log(Self.desktopLines))
        let refused = try RecallProcess.run(["sync", "init", target, "--log", other], environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("recall: \(target)/my-laptop.log already exists and differs from \(other); nothing was copied"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(target)/my-laptop.log")) == before)
        // A log that is a folder already, and a file where the folder should be.
        let already = try RecallProcess.run(["sync", "init", folder.path("elsewhere"), "--log", target], environment: environment)
        #expect(already.stderr == "recall: the log \(target) is already a log folder; 'recall sync' synchronises it\n")
        let blocked = try RecallProcess.run(["sync", "init", old, "--log", other], environment: environment)
        #expect(blocked.stderr == "recall: \(old) is a file, not a folder; name a new or existing folder\n")
    }

    @Test func syncOutsideGitSaysAnyFileSyncToolWorks() throws {
        let folder = try TemporaryFolder()
        try folder.write("log/laptop.log", Self.log(Self.laptopLines))
        let single = try RecallProcess.run(["sync", "--log", folder.path("one.log")])
        #expect(single.status == 1)
        #expect(single.stderr.contains("is a single file, not a log folder; make one with 'recall sync init FOLDER'"))
        let noGit = try RecallProcess.run(["sync", "--log", folder.path("log")], environment: ["RECALL_DEVICE": "laptop", "PATH": "/nonexistent"])
        #expect(noGit.status == 0)
        #expect(noGit.stdout.contains("git is not installed"))
        #expect(noGit.stdout.contains("Any file-sync tool (Syncthing, Dropbox, rsync) can carry the folder"))
        if LogFolderSupport.gitIsAvailable {
            let notARepository = try RecallProcess.run(
                ["sync", "--log", folder.path("log")],
                environment: LogFolderSupport.environment(home: folder.url.path, device: "laptop").merging(["GIT_CEILING_DIRECTORIES": folder.url.path]) { $1 })
            #expect(notARepository.status == 0, "\(notARepository.stderr)")
            #expect(notARepository.stdout.contains("is not in a git repository. Any file-sync tool"))
        }
        // Nothing was written.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("log")) == ["laptop.log"])
    }
}
