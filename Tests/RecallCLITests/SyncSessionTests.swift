import Foundation
import Testing

/// Several machines on one log, through the binary in real terminals: two "machines" (two state
/// folders, two device names) study offline on overlapping days and meet through a bare git
/// repository, synchronising in either order; sessions of two devices on one folder at once.
@Suite(.serialized) struct SyncSessionTests {
    /// One step of a review session.
    enum Step {
        /// Reveal and grade.
        case answer(Int)
        /// Take the last answer back.
        case undo
    }

    /// Runs a review session of `device` on `log` at `now` in a terminal, does `steps`, waiting
    /// for each answer or undo to reach the device's file, then quits mid-session with `q`.
    static func study(
        device: String, log: String, decks: String, now: String, home: String, steps: [Step], newPerDay: Int = 20
    ) throws {
        let own = log + "/" + device + ".log"
        let terminal = try FaultTerminal(
            ["review", "--decks", decks, "--log", log, "--now", now, "--new-per-day", String(newPerDay)],
            environment: LogFolderSupport.environment(home: home, device: device))
        let started = try terminal.waitForScreen(timeout: 10) { FaultSessionTests.counter($0) != nil }
        try #require(started.matched, "\(device) at \(now): no session:\n\(started.screen)")
        var lines = LogFolderSupport.eventLines(own).count
        for step in steps {
            switch step {
            case .answer(let grade):
                try terminal.press("Space")
                try terminal.press(String(grade))
            case .undo:
                try terminal.press("u")
            }
            lines += 1
            let written = try terminal.waitForScreen { _ in LogFolderSupport.eventLines(own).count == lines }
            #expect(written.matched, "\(device) at \(now): \(step) not written:\n\(written.screen)")
            // The next key only once the screen shows the card again (the answer is drawn after its sync).
            _ = try terminal.waitForScreen { FaultSessionTests.counter($0) != nil && !$0.contains("not saved") }
        }
        // Quit mid-session: the summary, then out.
        try terminal.press("q")
        try #require(try terminal.waitForScreen { $0.contains("summary") }.matched)
        try terminal.press("q")
        #expect(try terminal.waitForScreen { _ in (try? terminal.hasEnded()) ?? false }.matched)
    }

    /// `recall sync` for `device` on `log`; returns what it printed, failing on a non-zero exit.
    @discardableResult
    static func sync(device: String, log: String, home: String) throws -> String {
        let outcome = try RecallProcess.run(["sync", "--log", log], environment: LogFolderSupport.environment(home: home, device: device))
        #expect(outcome.status == 0, "sync of \(device): \(outcome.stderr)")
        return outcome.stdout
    }

    /// The world of the test: a bare repository and two machines that joined it, each from its
    /// own earlier log file, then studied offline on two overlapping days.
    struct World {
        let root: String
        var bare: String { root + "/bare.git" }
        var laptop: String { root + "/laptop/log" }
        var desktop: String { root + "/desktop/log" }
        var decks: String { root + "/decks" }
        var home: String { root + "/home" }
    }

    static func makeWorld(in folder: TemporaryFolder) throws -> World {
        let world = World(root: folder.url.path)
        try folder.write("decks/sync.md", LogFolderSupport.deck(cards: 8))
        try FileManager.default.createDirectory(atPath: world.home, withIntermediateDirectories: true)
        // Before: each machine had its own log file.
        let laptopOld = try folder.write("laptop/reviews.log", SyncCommandTests.log([
            "2026-11-19T09:00:00.000Z\treview\tS-0\t4\t1200", "2026-11-19T09:01:00.000Z\treview\tS-1\t5\t1300",
        ]))
        let desktopOld = try folder.write("desktop/reviews.log", SyncCommandTests.log([
            "2026-11-20T19:00:00.000Z\treview\tS-2\t3\t2100",
        ]))
        try LogFolderSupport.git(["init", "-q", "--bare", world.bare], home: world.home)

        // The laptop makes a log folder with git, adds the remote and pushes.
        let laptopEnvironment = LogFolderSupport.environment(home: world.home, device: "laptop")
        let initLaptop = try RecallProcess.run(["sync", "init", world.laptop, "--git", "--log", laptopOld], environment: laptopEnvironment)
        #expect(initLaptop.status == 0, "\(initLaptop.stderr)")
        #expect(initLaptop.stdout.contains("Made \(world.laptop) a git repository"))
        try LogFolderSupport.git(["remote", "add", "origin", world.bare], in: world.laptop, home: world.home)
        #expect(try sync(device: "laptop", log: world.laptop, home: world.home)
            == "sent: 2 answers from laptop\nreceived: nothing new from other devices\n")

        // The desktop clones the repository and joins with its own log.
        try LogFolderSupport.git(["clone", "-q", world.bare, world.desktop], home: world.home)
        let desktopEnvironment = LogFolderSupport.environment(home: world.home, device: "desktop")
        let initDesktop = try RecallProcess.run(["sync", "init", world.desktop, "--log", desktopOld], environment: desktopEnvironment)
        #expect(initDesktop.status == 0, "\(initDesktop.stderr)")
        #expect(initDesktop.stdout.contains("is in the git repository"))
        #expect(try sync(device: "desktop", log: world.desktop, home: world.home)
            == "sent: 1 answer from desktop\nreceived: nothing new from other devices\n")
        #expect(try sync(device: "laptop", log: world.laptop, home: world.home)
            == "sent: nothing new from laptop\nreceived: 1 answer from desktop\n")

        // Offline: both study on 21 and 22 November, the same new cards on the same day, with
        // undos and quits mid-session; the desktop never sees the laptop's new answers, nor the other way.
        try study(device: "laptop", log: world.laptop, decks: world.decks, now: "2026-11-21T09:00:00Z", home: world.home,
                  steps: [.answer(4), .answer(2), .undo, .answer(5), .answer(3)])
        try study(device: "desktop", log: world.desktop, decks: world.decks, now: "2026-11-21T09:30:00Z", home: world.home,
                  steps: [.answer(3), .undo, .answer(5), .answer(4), .answer(1)])
        try study(device: "laptop", log: world.laptop, decks: world.decks, now: "2026-11-22T08:00:00Z", home: world.home,
                  steps: [.answer(5), .answer(4), .undo, .answer(0)])
        try study(device: "desktop", log: world.desktop, decks: world.decks, now: "2026-11-22T08:20:00Z", home: world.home,
                  steps: [.answer(4), .answer(4), .answer(2), .undo])
        return world
    }

    /// `cards --json` of one machine at a fixed time.
    static func cards(_ world: World, device: String, log: String) throws -> String {
        try LogFolderSupport.cardsJSON(
            ["--decks", world.decks, "--log", log, "--now", "2026-11-23T09:00:00Z"],
            environment: LogFolderSupport.environment(home: world.home, device: device))
    }

    @Test func twoMachinesStudyOfflineThenSyncInEitherOrderAndAgree() throws {
        guard LogFolderSupport.gitIsAvailable, Tmux.isAvailable else {
            if Tmux.underCI { Issue.record("git and tmux are needed") }
            return
        }
        let folder = try TemporaryFolder()
        let world = try Self.makeWorld(in: folder)
        // Both studied the same card on 21 November, each without knowing of the other.
        func reviewsOn(_ day: String, _ file: String) -> Set<String> {
            Set(LogFolderSupport.eventLines(file).filter { $0.hasPrefix(day) && $0.contains("\treview\t") }
                .map { String($0.split(separator: "\t")[2]) })
        }
        let both = reviewsOn("2026-11-21", world.laptop + "/laptop.log").intersection(reviewsOn("2026-11-21", world.desktop + "/desktop.log"))
        #expect(!both.isEmpty, "no card was studied on both machines on the same day")
        #expect(try Self.cards(world, device: "laptop", log: world.laptop) != Self.cards(world, device: "desktop", log: world.desktop))

        // A second world, the same up to here, to sync in the other order.
        let other = World(root: folder.url.path + "-other")
        try FileManager.default.copyItem(atPath: world.root, toPath: other.root)
        defer { try? FileManager.default.removeItem(atPath: other.root) }
        for machine in [other.laptop, other.desktop] {
            try LogFolderSupport.git(["remote", "set-url", "origin", other.bare], in: machine, home: other.home)
        }

        // Laptop first, then the desktop, then the laptop again.
        let laptopSent = try Self.sync(device: "laptop", log: world.laptop, home: world.home)
        #expect(laptopSent == "sent: 7 answers from laptop\nreceived: nothing new from other devices\n")
        let desktopGot = try Self.sync(device: "desktop", log: world.desktop, home: world.home)
        #expect(desktopGot == "sent: 7 answers from desktop\nreceived: 7 answers from laptop (2 taken back)\n")
        let laptopGot = try Self.sync(device: "laptop", log: world.laptop, home: world.home)
        #expect(laptopGot == "sent: nothing new from laptop\nreceived: 7 answers from desktop (2 taken back)\n")

        // The desktop first in the other world.
        try Self.sync(device: "desktop", log: other.desktop, home: other.home)
        try Self.sync(device: "laptop", log: other.laptop, home: other.home)
        try Self.sync(device: "desktop", log: other.desktop, home: other.home)

        let laptopCards = try Self.cards(world, device: "laptop", log: world.laptop)
        #expect(laptopCards == (try Self.cards(world, device: "desktop", log: world.desktop)))
        #expect(laptopCards == (try Self.cards(other, device: "laptop", log: other.laptop)))
        #expect(laptopCards == (try Self.cards(other, device: "desktop", log: other.desktop)))

        // And it is what one log file holding the merged events gives.
        let files = ["desktop.log", "laptop.log"].map { ($0, LogFolderSupport.eventLines(world.laptop + "/" + $0)) }
        let single = try folder.write("single.log", SyncCommandTests.log(LogFolderSupport.mergedAnswerLines(files)))
        #expect(laptopCards == (try LogFolderSupport.cardsJSON(["--decks", world.decks, "--log", single, "--now", "2026-11-23T09:00:00Z"])))
        // Both devices' files are byte for byte the same on both machines.
        for name in ["desktop.log", "laptop.log"] {
            #expect(FileManager.default.contents(atPath: world.laptop + "/" + name) == FileManager.default.contents(atPath: world.desktop + "/" + name))
        }
        let stats = try RecallProcess.run(
            ["stats", "--json", "--decks", world.decks, "--log", world.desktop, "--now", "2026-11-23T09:00:00Z"],
            environment: LogFolderSupport.environment(home: world.home, device: "desktop"))
        #expect(stats.stdout.contains("\"devices\": [{\"device\": \"desktop\", \"answers\": 6}, {\"device\": \"laptop\", \"answers\": 7}]"), "\(stats.stdout)")

        // A conflict copy of the laptop's file dropped into the desktop's folder counts nothing twice.
        let laptopLines = LogFolderSupport.eventLines(world.desktop + "/laptop.log")
        try folder.write(
            "desktop/log/laptop.sync-conflict-20261122-101500-K3X2R2T.log",
            SyncCommandTests.log(Array(laptopLines.prefix(laptopLines.count - 2))))
        #expect(try Self.cards(world, device: "desktop", log: world.desktop) == laptopCards)
        let check = try RecallProcess.run(
            ["check", "--decks", world.decks, "--log", world.desktop, "--now", "2026-11-23T09:00:00Z"],
            environment: LogFolderSupport.environment(home: world.home, device: "desktop"))
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("found in several files, counted once"))
        // The next sync leaves the copy out of git and still works.
        #expect(try Self.sync(device: "desktop", log: world.desktop, home: world.home)
            == "sent: nothing new from desktop\nreceived: nothing new from other devices\n")
    }

    @Test func sessionsOfTwoDevicesOnOneFolderBothWorkAndASecondOnOneDeviceIsRefused() throws {
        guard Tmux.isAvailable else {
            if Tmux.underCI { Issue.record("tmux is needed") }
            return
        }
        let folder = try TemporaryFolder()
        try folder.write("decks/sync.md", LogFolderSupport.deck(cards: 12))
        let log = folder.path("shared")
        try FileManager.default.createDirectory(atPath: log, withIntermediateDirectories: true)
        let home = folder.path("home")
        let arguments = ["review", "--decks", folder.path("decks"), "--log", log, "--now", "2026-11-21T09:00:00Z"]
        let first = try FaultTerminal(arguments, environment: LogFolderSupport.environment(home: home, device: "alpha"))
        let second = try FaultTerminal(arguments, environment: LogFolderSupport.environment(home: home, device: "beta"))
        for terminal in [first, second] {
            try #require(try terminal.waitForScreen(timeout: 10) { FaultSessionTests.counter($0) != nil }.matched)
        }
        for (terminal, grade) in [(first, "4"), (second, "5"), (first, "3"), (second, "4")] {
            try terminal.press("Space")
            try terminal.press(grade)
        }
        #expect(try first.waitForScreen { FaultSessionTests.counter($0)?.answered == 2 }.matched)
        #expect(try second.waitForScreen { FaultSessionTests.counter($0)?.answered == 2 }.matched)
        #expect(LogFolderSupport.eventLines(log + "/alpha.log").count == 2)
        #expect(LogFolderSupport.eventLines(log + "/beta.log").count == 2)

        // A second session of alpha is refused, naming alpha's file; beta's goes on.
        let again = try FaultTerminal(
            arguments, width: 300, environment: LogFolderSupport.environment(home: home, device: "alpha"), reportsExit: true)
        let refused = try again.waitForScreen(timeout: 10) { $0.contains("[exit ") }
        #expect(refused.screen.contains("[exit 1]"), "\(refused.screen)")
        #expect(FaultSessionTests.flat(refused.screen).contains("recall: the review log \(log)/alpha.log is in use by another recall session"))
        // recall sync waits for the sessions of this machine.
        if LogFolderSupport.gitIsAvailable {
            try LogFolderSupport.git(["init", "-q", log], home: home)
            let sync = try RecallProcess.run(["sync", "--log", log], environment: LogFolderSupport.environment(home: home, device: "alpha"))
            #expect(sync.status == 1)
            #expect(sync.stderr == "recall: a recall session on this machine is using the log folder \(log); finish it, then sync\n")
        }
        try second.press("Space")
        try second.press("4")
        #expect(try second.waitForScreen { FaultSessionTests.counter($0)?.answered == 3 }.matched)
        #expect(LogFolderSupport.eventLines(log + "/beta.log").count == 3)
        // Both sessions' answers count for everyone: both began with the first card.
        let cards = try LogFolderSupport.cardsJSON(
            ["--decks", folder.path("decks"), "--log", log, "--now", "2026-11-21T12:00:00Z"], environment: ["RECALL_DEVICE": "gamma"])
        let firstCard = (try JSONSerialization.jsonObject(with: Data(cards.utf8)) as? [[String: Any]] ?? []).first { $0["id"] as? String == "S-0" }
        #expect(firstCard?["reviews"] as? Int == 2)
    }

    /// After a restart, `u` takes back this device's latest answer, even when another device's
    /// answer is later in the merged log: an undo line only ever undoes an answer of its own file.
    @Test func undoAfterARestartTakesBackThisDevicesOwnLatestAnswer() throws {
        guard Tmux.isAvailable else {
            if Tmux.underCI { Issue.record("tmux is needed") }
            return
        }
        let folder = try TemporaryFolder()
        try folder.write("decks/sync.md", LogFolderSupport.deck(cards: 6))
        let log = folder.path("shared")
        try FileManager.default.createDirectory(atPath: log, withIntermediateDirectories: true)
        let home = folder.path("home")
        try Self.study(device: "alpha", log: log, decks: folder.path("decks"), now: "2026-11-21T09:00:00Z", home: home, steps: [.answer(5)])
        let answered = try #require(LogFolderSupport.eventLines(log + "/alpha.log").first)
        let card = String(answered.split(separator: "\t")[2])
        // Later the same morning another device answered another card.
        try folder.write("shared/beta.log", SyncCommandTests.log(["2026-11-21T09:30:00.000Z\treview\tS-5\t4\t1000"]))
        let terminal = try FaultTerminal(
            ["review", "--decks", folder.path("decks"), "--log", log, "--now", "2026-11-21T10:00:00Z"],
            environment: LogFolderSupport.environment(home: home, device: "alpha"))
        try #require(try terminal.waitForScreen(timeout: 10) { FaultSessionTests.counter($0) != nil }.matched)
        try terminal.press("u")
        let undone = try terminal.waitForScreen { _ in LogFolderSupport.eventLines(log + "/alpha.log").count == 2 }
        #expect(undone.matched, "\(undone.screen)")
        let undoLine = LogFolderSupport.eventLines(log + "/alpha.log").last ?? ""
        #expect(undoLine.hasSuffix("\tundo\t\(card)\t-\t-"), "\(undoLine)")
        #expect(LogFolderSupport.eventLines(log + "/beta.log").count == 1)
        let check = try RecallProcess.run(
            ["check", "--decks", folder.path("decks"), "--log", log, "--now", "2026-11-21T10:30:00Z"],
            environment: ["RECALL_DEVICE": "alpha"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("log: 1 answer in \(log)"), "\(check.stdout)")
        try terminal.press("q")
    }

    @Test func aSessionStartedFromHomeReadsWhatArrivedMeanwhile() throws {
        guard Tmux.isAvailable else {
            if Tmux.underCI { Issue.record("tmux is needed") }
            return
        }
        let folder = try TemporaryFolder()
        try folder.write("decks/sync.md", LogFolderSupport.deck(cards: 6))
        let log = folder.path("shared")
        try FileManager.default.createDirectory(atPath: log, withIntermediateDirectories: true)
        let terminal = try FaultTerminal(
            ["--decks", folder.path("decks"), "--log", log, "--now", "2026-11-21T09:00:00Z", "--new-per-day", "3"],
            environment: LogFolderSupport.environment(home: folder.path("home"), device: "alpha"))
        try #require(try terminal.waitForScreen(timeout: 10) { $0.contains("Recall") }.matched)
        // Another device's answers arrive (a file-sync tool copies them in): two new cards introduced today.
        try folder.write("shared/beta.log", SyncCommandTests.log([
            "2026-11-21T08:00:00.000Z\treview\tS-0\t4\t1000", "2026-11-21T08:01:00.000Z\treview\tS-1\t5\t1000",
        ]))
        try terminal.press("Enter")
        let session = try terminal.waitForScreen(timeout: 10) { FaultSessionTests.counter($0) != nil }
        try #require(session.matched, "\(session.screen)")
        // Three new cards a day, two already introduced on the other device: one left.
        #expect(FaultSessionTests.counter(session.screen)?.total == 1, "\(session.screen)")
    }
}
