import Foundation
import Testing

/// Settings, built-in decks, `recall init`, `recall config` and the command line's shape, run
/// as a user runs them: a fresh home folder, from `/`.
@Suite struct SettingsCommandTests {
    static let now = "2026-11-21T09:00:00Z"

    /// A fresh home folder with nothing set up, and the environment that points at it.
    struct Home {
        let folder: TemporaryFolder
        var environment: [String: String]

        init() throws {
            folder = try TemporaryFolder()
            environment = ["HOME": folder.url.path]
        }

        func run(_ arguments: [String], _ extra: [String: String] = [:]) throws -> RecallProcess.Outcome {
            try RecallProcess.run(
                arguments, environment: environment.merging(extra) { _, new in new }, in: URL(fileURLWithPath: "/"))
        }

        /// Writes `~/.config/recall/config.toml`.
        func writeConfig(_ text: String) throws {
            try folder.write(".config/recall/config.toml", text)
        }

        var configPath: String { folder.path(".config/recall/config.toml") }
    }

    static func dueIDs(_ outcome: RecallProcess.Outcome) throws -> [String] {
        let items = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        return items.compactMap { $0["id"] as? String }
    }

    @Test func withNothingSetUpTheBuiltInDecksGiveTwentyNewCardsAndInitKeepsThem() throws {
        let home = try Home()
        let before = try home.run(["due", "--json", "--now", Self.now])
        #expect(before.status == 0, "\(before.stderr)")
        let ids = try Self.dueIDs(before)
        #expect(ids.count == 20)
        let decks = try home.run(["decks", "--now", Self.now])
        #expect(decks.stdout.hasPrefix("Decks in use: the built-in decks (default)"))
        #expect(decks.stdout.contains("Total") && decks.stdout.contains("142"))

        let initialised = try home.run(["init"])
        #expect(initialised.status == 0)
        let deckFolder = home.folder.path(".local/share/recall/decks")
        #expect(initialised.stdout.contains("wrote    \(deckFolder)/01-concepts-tracker.md"))
        #expect(initialised.stdout.contains("wrote    \(home.configPath)"))
        // The copies are the checkout's decks byte for byte.
        for name in ["01-concepts-tracker.md", "02-ml-interview-curriculum.md"] {
            let copy = try Data(contentsOf: URL(fileURLWithPath: deckFolder + "/" + name))
            let shipped = try Data(contentsOf: URL(fileURLWithPath: RecallProcess.shippedDecks + "/" + name))
            #expect(copy == shipped, "\(name)")
        }
        let after = try home.run(["due", "--json", "--now", Self.now])
        #expect(try Self.dueIDs(after) == ids)
        #expect(try home.run(["decks"]).stdout.hasPrefix("Decks in use: \(deckFolder) (default)"))
        // The written settings change nothing: every key is commented out at its default.
        let config = try home.run(["config"])
        #expect(config.status == 0 && config.stderr.isEmpty, "\(config.stderr)")
        #expect(config.stdout.split(separator: "\n").dropFirst(2).allSatisfy { $0.hasSuffix("  default") })

        // A second init never overwrites an edited file.
        try home.folder.write(".local/share/recall/decks/01-concepts-tracker.md", "# Mine\n")
        let again = try home.run(["init"])
        #expect(again.stdout.contains("kept     \(deckFolder)/01-concepts-tracker.md (already there)"))
        #expect(try String(contentsOfFile: deckFolder + "/01-concepts-tracker.md", encoding: .utf8) == "# Mine\n")
    }

    @Test func theFileBeatsTheDefaultsAndFlagsAndVariablesBeatTheFile() throws {
        let home = try Home()
        try home.writeConfig("new_per_day = 5\nlog = \"file.log\"\n")
        let fromFile = try home.run(["due", "--json", "--now", Self.now])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(try Self.dueIDs(fromFile).count == 5)
        let fromFlag = try home.run(["due", "--json", "--now", Self.now, "--new-per-day", "7"])
        #expect(try Self.dueIDs(fromFlag).count == 7)
        let fromVariable = try home.run(["due", "--json", "--now", Self.now], ["RECALL_NEW_PER_DAY": "6"])
        #expect(try Self.dueIDs(fromVariable).count == 6)

        let config = try home.run(["config", "--new-per-day", "7"], ["RECALL_LOG": "/var/empty/env.log"])
        let rows = config.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        func row(_ key: String) -> [String]? { rows.first { $0.first == key } }
        #expect(row("new_per_day") == ["new_per_day", "7", "flag", "--new-per-day"])
        #expect(row("log") == ["log", "/var/empty/env.log", "environment", "RECALL_LOG"])
        #expect(row("reviews_per_day") == ["reviews_per_day", "200", "default"])
        let fileRows = try home.run(["config"]).stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        #expect(fileRows.contains(["new_per_day", "5", "\(home.configPath):1"]))
        #expect(fileRows.contains(["log", home.folder.path(".config/recall/file.log"), "\(home.configPath):2"]))
    }

    @Test func theLogOfTheVariableBeatsTheLogOfTheFile() throws {
        let home = try Home()
        let fileLog = try home.folder.write("file.log", "2026-11-20T10:00:00.000Z\treview\tMATH-011/formula\t5\t3000\n")
        try home.writeConfig("log = \"\(fileLog)\"\n")
        let fromFile = try home.run(["cards", "--json", "--now", Self.now])
        #expect(fromFile.stdout.contains("\"reviews\": 1"))
        let fromVariable = try home.run(["cards", "--json", "--now", Self.now], ["RECALL_LOG": home.folder.path("none.log")])
        #expect(fromVariable.status == 0)
        #expect(!fromVariable.stdout.contains("\"reviews\": 1"))
    }

    /// Each bad file: its message names the file and line, and the command stops with 78.
    @Test(arguments: [
        ("new_per_day = \"5\"\n", ":1: new_per_day: must be a whole number without quotes, not the string \"5\""),
        ("\ninterview = \"soon\"\n", ":2: interview: 'soon' is not a date such as 2027-01-15"),
        ("interview = 2027-02-30\n", ":1: not valid TOML: "),
        ("reviews_per_day = -3\n", ":1: reviews_per_day: must be 0 or more, not -3"),
        ("new_per_day = 5\nlog = [\n", ":2: not valid TOML: "),
        ("target_recall = 1.5\n", ":1: target_recall: must be between 0 and 1 (such as 0.9), not 1.5"),
        ("grade_keys = \"vim\"\n", ":1: grade_keys: must be \"0-5\" or \"anki\", not \"vim\""),
    ])
    func aBadFileStopsEveryCommandWithItsLine(text: String, message: String) throws {
        let home = try Home()
        try home.writeConfig(text)
        for command in [["due"], ["cards", "--json"], ["check"]] {
            let outcome = try home.run(command + ["--now", Self.now])
            #expect(outcome.status == 78, "\(command)")
            #expect(outcome.stdout.isEmpty, "nothing worked out on defaults")
            #expect(outcome.stderr.hasPrefix(home.configPath + message), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("recall: the settings have 1 error; nothing was done"))
        }
        let config = try home.run(["config"])
        #expect(config.status == 78)
        #expect(config.stdout.contains("SETTING"), "config still shows the settings")
    }

    @Test func anUnknownKeyIsAWarningAndTheRestIsUsed() throws {
        let home = try Home()
        try home.writeConfig("new_per_day = 4\nnew_per_dya = 9\n")
        let outcome = try home.run(["due", "--json", "--now", Self.now])
        #expect(outcome.status == 0)
        #expect(try Self.dueIDs(outcome).count == 4)
        #expect(outcome.stderr == "\(home.configPath):2: warning: unknown key 'new_per_dya'; it is ignored (did you mean 'new_per_day'?)\n")
    }

    @Test func anUnreadableOrMissingNamedFileIsAnError() throws {
        let home = try Home()
        try FileManager.default.createDirectory(atPath: home.configPath, withIntermediateDirectories: true)
        let folder = try home.run(["due"])
        #expect(folder.status == 78)
        #expect(folder.stderr.hasPrefix("\(home.configPath): cannot read the settings file: not a regular file"))
        let missing = try home.run(["due"], ["RECALL_CONFIG": home.folder.path("nope.toml")])
        #expect(missing.status == 78)
        #expect(missing.stderr.hasPrefix(home.folder.path("nope.toml") + ": cannot read the settings file: no such file"))
        try home.folder.write("bad.toml", bytes: Array("editor = \"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8))
        let bytes = try home.run(["due"], ["RECALL_CONFIG": home.folder.path("bad.toml")])
        #expect(bytes.status == 78)
        #expect(bytes.stderr.hasPrefix(home.folder.path("bad.toml") + ":1: not UTF-8 text"))
    }

    @Test func optionsGoBeforeOrAfterTheCommand() throws {
        let home = try Home()
        let log = home.folder.path("r.log")
        let before = try home.run(["--log", log, "--now", Self.now, "--new-per-day", "3", "due", "--json"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(try Self.dueIDs(before).count == 3)
        let after = try home.run(["due", "--json", "--log", log, "--now", Self.now, "--new-per-day", "3"])
        #expect(before.stdout == after.stdout)
        let config = try home.run(["--log", log, "config"])
        #expect(config.stdout.contains("\(log)  flag --log"))
        let keys = try home.run(["--grade-keys", "anki", "config"], ["RECALL_GRADE_KEYS": "0-5"])
        #expect(keys.stdout.contains("anki") && keys.stdout.contains("flag --grade-keys"))
        let fromVariable = try home.run(["config"], ["RECALL_GRADE_KEYS": "anki"])
        #expect(fromVariable.stdout.contains("environment RECALL_GRADE_KEYS"))
    }

    @Test func flagMistakesSayWhatIsWrong() throws {
        let home = try Home()
        let negative = try home.run(["due", "--new-per-day", "-1"])
        #expect(negative.status == 64)
        #expect(negative.stderr.hasPrefix("Error: --new-per-day must be 0 or more, not -1."))
        let mistyped = try home.run(["revew"])
        #expect(mistyped.status == 64)
        #expect(mistyped.stderr.hasPrefix("Error: Unknown command 'revew'. Did you mean 'review'?"))
        let version = try home.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test func theBuiltInDecksCanBeChosenByName() throws {
        let home = try Home()
        try home.folder.write("mine/a.md", "# Mine\n\n- What? :: This.\n")
        try home.writeConfig("decks = \"\(home.folder.path("mine"))\"\n")
        let mine = try home.run(["decks"])
        #expect(mine.stdout.hasPrefix("Decks in use: \(home.folder.path("mine")) (\(home.configPath):1)"))
        let builtIn = try home.run(["decks", "--decks", "built-in"])
        #expect(builtIn.stdout.hasPrefix("Decks in use: the built-in decks (flag --decks)"))
    }
}

/// The completion scripts `make install` writes come from the command definitions.
@Suite struct CompletionScriptTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptKnowsEveryCommandAndGlobalOption(shell: String) throws {
        let outcome = try RecallProcess.run(["--generate-completion-script", shell])
        #expect(outcome.status == 0)
        for word in ["review", "cram", "init", "config", "new-per-day", "day-starts-at"] {
            #expect(outcome.stdout.contains(word), "\(shell): \(word)")
        }
    }
}
