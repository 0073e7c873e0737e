import Settings
import Testing

/// flag > environment > file > default, each value checked, each with its source.
@Suite struct SettingsResolverTests {
    static let environment = ["HOME": "/home/me"]

    static func resolve(
        flags: [SettingKey: String] = [:], environment extra: [String: String] = [:], file text: String? = nil,
        dataDecksExist: Bool = false
    ) -> (settings: Settings, problems: [String]) {
        let file = text.map { SettingsFile.parse(Array($0.utf8), path: "/home/me/.config/recall/config.toml") }
        let resolver = SettingsResolver(
            flags: flags, environment: environment.merging(extra) { _, new in new }, file: file,
            dataDecksExist: dataDecksExist, hostName: "my laptop")
        let (settings, problems) = resolver.resolve()
        return (settings, problems.map(\.description))
    }

    @Test func defaultsWithNothingSetUp() {
        let (settings, problems) = Self.resolve()
        #expect(problems.isEmpty)
        #expect(settings.decks == Resolved(.builtIn, from: .builtInDefault))
        #expect(settings.log == Resolved("/home/me/.local/state/recall/reviews.log", from: .builtInDefault))
        #expect(settings.device.value == "my-laptop")
        #expect(settings.newPerDay == Resolved(20, from: .builtInDefault))
        #expect(settings.reviewsPerDay.value == 200)
        #expect(settings.dayStartsAt.value == 4)
        #expect(settings.interview.value == nil)
        #expect(settings.targetRecall.value == 0.9)
        #expect(settings.editor == Resolved("vi", from: .builtInDefault))
        #expect(settings.gradeKeys.value == "0-5")
        #expect(settings.filePath == "/home/me/.config/recall/config.toml")
    }

    @Test func theDataFolderDecksWinOverTheBuiltInOnesOnceTheyExist() {
        let (settings, _) = Self.resolve(environment: ["XDG_DATA_HOME": "/data"], dataDecksExist: true)
        #expect(settings.decks == Resolved(.folder("/data/recall/decks"), from: .builtInDefault))
    }

    @Test func theFileBeatsTheDefaultTheEnvironmentBeatsTheFileAFlagBeatsAll() {
        let file = "new_per_day = 5\nlog = \"reviews.log\"\ndecks = \"~/decks\"\n"
        let fromFile = Self.resolve(file: file).settings
        #expect(fromFile.newPerDay == Resolved(5, from: .file(path: "/home/me/.config/recall/config.toml", line: 1)))
        #expect(fromFile.log.value == "/home/me/.config/recall/reviews.log", "relative to the file's folder")
        #expect(fromFile.decks.value == .folder("/home/me/decks"))

        let fromEnvironment = Self.resolve(
            environment: ["RECALL_NEW_PER_DAY": "6", "RECALL_LOG": "/env.log"], file: file).settings
        #expect(fromEnvironment.newPerDay == Resolved(6, from: .environment("RECALL_NEW_PER_DAY")))
        #expect(fromEnvironment.log == Resolved("/env.log", from: .environment("RECALL_LOG")))

        let fromFlag = Self.resolve(
            flags: [.newPerDay: "7"], environment: ["RECALL_NEW_PER_DAY": "6"], file: file).settings
        #expect(fromFlag.newPerDay == Resolved(7, from: .flag("--new-per-day")))
        #expect(fromFlag.newPerDay.source.description == "flag --new-per-day")
    }

    @Test func theEditorOfTheSettingsBeatsVisualAndEditor() {
        let env = ["VISUAL": "code -w", "EDITOR": "nano"]
        #expect(Self.resolve(environment: env).settings.editor == Resolved("code -w", from: .environment("VISUAL")))
        #expect(Self.resolve(environment: ["EDITOR": "nano"]).settings.editor.value == "nano")
        let fromFile = Self.resolve(environment: env, file: "editor = \"vim\"").settings.editor
        #expect(fromFile.value == "vim")
        let fromVariable = Self.resolve(environment: env.merging(["RECALL_EDITOR": "ed"]) { $1 }, file: "editor = \"vim\"")
        #expect(fromVariable.settings.editor == Resolved("ed", from: .environment("RECALL_EDITOR")))
    }

    @Test func everyWrongValueIsAnErrorNamingLineAndKey() {
        let (settings, problems) = Self.resolve(file: """
            new_per_day = -1
            reviews_per_day = "many"
            day_starts_at = 24
            interview = "next week"
            target_recall = 1
            grade_keys = "vim"
            device = "my laptop"
            editor = 3
            log = ""
            """)
        let path = "/home/me/.config/recall/config.toml"
        #expect(problems == [
            "\(path):1: new_per_day: must be 0 or more, not -1",
            "\(path):2: reviews_per_day: must be a whole number without quotes, not the string \"many\"",
            "\(path):3: day_starts_at: must be an hour from 0 to 23, not 24",
            "\(path):4: interview: 'next week' is not a date such as 2027-01-15",
            "\(path):5: target_recall: must be between 0 and 1 (such as 0.9), not 1.0",
            "\(path):6: grade_keys: must be \"0-5\" or \"anki\", not \"vim\"",
            "\(path):7: device: 'my laptop' may hold only letters, digits, '.', '_' and '-'",
            "\(path):8: editor: must be a string in quotes, not an integer",
            "\(path):9: log: must not be empty",
        ])
        #expect(settings.newPerDay == Resolved(20, from: .builtInDefault), "a wrong value is never used")
    }

    @Test func aDeviceNameIsOneTheLogFolderKeepsAsItIs() {
        for name in [".laptop", "-laptop", "laptop-", ".", ".."] {
            let (settings, problems) = Self.resolve(file: "device = \"\(name)\"")
            #expect(problems == ["/home/me/.config/recall/config.toml:1: device: '\(name)' may not start with '.' or '-', nor end with '-'"])
            #expect(settings.device.source == .builtInDefault)
        }
        #expect(Self.resolve(file: "device = \"my.box_2-b\"").problems.isEmpty)
    }

    @Test func theHostNameIsMadeTheNameTheLogFolderFileHas() {
        func device(host: String) -> String {
            SettingsResolver(flags: [:], environment: Self.environment, file: nil, dataDecksExist: false, hostName: host)
                .resolve().0.device.value
        }
        #expect(device(host: "Work Laptop (2)") == "Work-Laptop--2")
        #expect(device(host: ".hidden-box-") == "hidden-box")
        #expect(device(host: "-.-") == "device")
        #expect(device(host: "") == "device")
    }

    @Test func aWrongFileValueIsReportedEvenWhenAFlagOverridesIt() {
        let (settings, problems) = Self.resolve(flags: [.newPerDay: "3"], file: "new_per_day = -1")
        #expect(settings.newPerDay.value == 3)
        #expect(problems.count == 1)
    }

    @Test func wrongEnvironmentValuesNameTheVariable() {
        let (_, problems) = Self.resolve(environment: [
            "RECALL_DAY_STARTS_AT": "noon", "RECALL_TARGET_RECALL": "0", "RECALL_INTERVIEW": "2027-02-30",
        ])
        #expect(Set(problems) == [
            "environment RECALL_DAY_STARTS_AT: day_starts_at: 'noon' is not a whole number",
            "environment RECALL_TARGET_RECALL: target_recall: must be between 0 and 1 (such as 0.9), not 0.0",
            "environment RECALL_INTERVIEW: interview: '2027-02-30' is not a date such as 2027-01-15",
        ])
    }

    @Test func goodValuesFromTheEnvironment() {
        let (settings, problems) = Self.resolve(environment: [
            "RECALL_INTERVIEW": "2027-01-15", "RECALL_TARGET_RECALL": "0.8", "RECALL_GRADE_KEYS": "anki",
            "RECALL_DEVICE": "desk.2", "RECALL_DECKS": "built-in",
        ])
        #expect(problems.isEmpty)
        #expect(settings.interview.value == CalendarDate(year: 2027, month: 1, day: 15))
        #expect(settings.targetRecall.value == 0.8)
        #expect(settings.gradeKeys.value == "anki")
        #expect(settings.device == Resolved("desk.2", from: .environment("RECALL_DEVICE")))
        #expect(settings.decks.value == .builtIn)
    }

    @Test func theConfigFileCanBeNamedByTheEnvironment() {
        let locations = SettingsLocations(environment: ["HOME": "/h", "RECALL_CONFIG": "~/r.toml"])
        #expect(locations.configFile == "/h/r.toml" && locations.configFileNamed)
        let xdg = SettingsLocations(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/c", "XDG_STATE_HOME": "relative"])
        #expect(xdg.configFile == "/c/recall/config.toml")
        #expect(xdg.defaultLog == "/h/.local/state/recall/reviews.log", "a relative XDG path is ignored")
    }
}
