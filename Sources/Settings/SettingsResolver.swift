/// Resolves every setting as flag > environment > file > default, checking each value given
/// (DESIGN.md §13). Pure: the caller reads the file, the environment and the disk's answers.
public struct SettingsResolver: Sendable {
    /// The options given on the command line, as typed, by the setting they set.
    public var flags: [SettingKey: String]
    /// The process's environment.
    public var environment: [String: String]
    /// The default places.
    public var locations: SettingsLocations
    /// The settings file as read, nil when there is none at its default place.
    public var file: SettingsFile?
    /// Whether `locations.dataDecks` is a folder (then it is the default decks).
    public var dataDecksExist: Bool
    /// The machine's host name, for the default device name.
    public var hostName: String

    /// A resolver over these inputs.
    public init(
        flags: [SettingKey: String], environment: [String: String], file: SettingsFile?,
        dataDecksExist: Bool, hostName: String
    ) {
        self.flags = flags
        self.environment = environment
        self.locations = SettingsLocations(environment: environment)
        self.file = file
        self.dataDecksExist = dataDecksExist
        self.hostName = hostName
    }

    /// The settings in force and every problem found (the file's own first, then by key).
    public func resolve() -> (settings: Settings, problems: [SettingsProblem]) {
        var problems = file?.problems ?? []
        let home = locations.home
        let fileFolder = Self.folder(of: locations.configFile)
        func path(_ raw: RawSetting) -> Result<String, SettingMessage> {
            Parse.text(raw).map { text in
                let expanded = expandingTilde(text, home: home)
                // A relative path in the file is relative to the file's folder.
                if case .file = raw, !expanded.hasPrefix("/") { return fileFolder + "/" + expanded }
                return expanded
            }
        }
        let decksDefault: Resolved<DecksChoice> = dataDecksExist
            ? Resolved(.folder(locations.dataDecks), from: .builtInDefault)
            : Resolved(.builtIn, from: .builtInDefault)
        let decks = pick(.decks, default: decksDefault, problems: &problems) { raw in
            if case .text(let text) = raw, text == "built-in" { return .success(.builtIn) }
            return path(raw).map(DecksChoice.folder)
        }
        let log = pick(.log, default: Resolved(locations.defaultLog, from: .builtInDefault), problems: &problems, path)
        let device = pick(.device, default: Resolved(Parse.deviceName(fromHost: hostName), from: .builtInDefault),
                          problems: &problems, Parse.device)
        let newPerDay = pick(.newPerDay, default: Resolved(SettingDefaults.newPerDay, from: .builtInDefault),
                             problems: &problems) { Parse.count($0) }
        let reviewsPerDay = pick(.reviewsPerDay, default: Resolved(SettingDefaults.reviewsPerDay, from: .builtInDefault),
                                 problems: &problems) { Parse.count($0) }
        let dayStartsAt = pick(.dayStartsAt, default: Resolved(SettingDefaults.dayStartsAt, from: .builtInDefault),
                               problems: &problems, Parse.hour)
        let interview = pick(.interview, default: Resolved<CalendarDate?>(nil, from: .builtInDefault),
                             problems: &problems) { Parse.date($0).map(Optional.some) }
        let target = pick(.targetRecall, default: Resolved(SettingDefaults.targetRecall, from: .builtInDefault),
                          problems: &problems, Parse.probability)
        let editor = pick(.editor, default: editorDefault, problems: &problems) { Parse.text($0) }
        let gradeKeys = pick(.gradeKeys, default: Resolved(SettingDefaults.gradeKeys, from: .builtInDefault),
                             problems: &problems, Parse.gradeKeys)
        let settings = Settings(
            decks: decks, log: log, device: device, newPerDay: newPerDay, reviewsPerDay: reviewsPerDay,
            dayStartsAt: dayStartsAt, interview: interview, targetRecall: target, editor: editor,
            gradeKeys: gradeKeys, filePath: locations.configFile, fileFound: file != nil)
        return (settings, Self.ordered(problems))
    }

    /// The file's problems by line, then the environment's, then the flags'.
    private static func ordered(_ problems: [SettingsProblem]) -> [SettingsProblem] {
        func rank(_ problem: SettingsProblem) -> (Int, Int) {
            switch problem.place {
            case .file(_, let line): (0, line)
            case .environment: (1, 0)
            case .flag: (2, 0)
            case .builtInDefault: (3, 0)
            }
        }
        return problems.enumerated().sorted { first, second in
            let (a, b) = (rank(first.element), rank(second.element))
            return (a.0, a.1, first.offset) < (b.0, b.1, second.offset)
        }.map(\.element)
    }

    /// `VISUAL`, else `EDITOR`, else `vi`: below the settings file, as git places them below its own.
    private var editorDefault: Resolved<String> {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.isEmpty { return Resolved(value, from: .environment(name)) }
        }
        return Resolved(SettingDefaults.editor, from: .builtInDefault)
    }

    /// The strongest valid value among the flag, the variable and the file, else the default.
    /// Every value given is checked, so that a bad file is reported even when a flag overrides it.
    private func pick<Value>(
        _ key: SettingKey, default fallback: Resolved<Value>, problems: inout [SettingsProblem],
        _ parse: (RawSetting) -> Result<Value, SettingMessage>
    ) -> Resolved<Value> {
        var candidates: [(RawSetting, SettingSource)] = []
        if let text = flags[key] { candidates.append((.text(text), .flag(key.flag))) }
        if let text = environment[key.environmentVariable], !text.isEmpty {
            candidates.append((.text(text), .environment(key.environmentVariable)))
        }
        if let file, let entry = file.entries[key] {
            candidates.append((.file(entry.value), .file(path: file.path, line: entry.line)))
        }
        var chosen: Resolved<Value>?
        for (raw, source) in candidates {
            switch parse(raw) {
            case .success(let value):
                if chosen == nil { chosen = Resolved(value, from: source) }
            case .failure(let failure):
                problems.append(SettingsProblem(.error, at: source, key: key, failure.text))
            }
        }
        return chosen ?? fallback
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
