import Foundation
import ReviewLog
import Settings

extension GlobalOptions {
    /// The settings the options give, as typed, by key.
    var settingFlags: [SettingKey: String] {
        var flags: [SettingKey: String] = [:]
        flags[.decks] = decks
        flags[.log] = log
        flags[.newPerDay] = newPerDay.map(String.init)
        flags[.reviewsPerDay] = reviewsPerDay.map(String.init)
        flags[.dayStartsAt] = dayStartsAt.map(String.init)
        flags[.gradeKeys] = gradeKeys?.rawValue
        return flags
    }

    /// Resolves every setting: these options, then the environment, then the settings file, then
    /// the defaults; `extra` are the options of one command that set a setting (`--interview`).
    func resolveSettings(extra: [SettingKey: String] = [:]) -> (settings: Settings, problems: [SettingsProblem]) {
        SettingsEdge.resolve(flags: settingFlags.merging(extra) { _, new in new })
    }

    /// The settings in force. Prints each warning (an unknown key) to standard error; any error
    /// (a wrong value, a file that is not TOML or cannot be read) is printed as
    /// `config.toml:LINE: key: message` and stops the command with exit 78, so that no command,
    /// not even a read-only one, works on settings the user did not mean.
    func loadSettings(extra: [SettingKey: String] = [:]) throws(CLIFailure) -> Settings {
        let (settings, problems) = resolveSettings(extra: extra)
        try SettingsEdge.report(problems)
        return settings
    }
}

/// The outside world of the settings: the file, the environment, the disk and the host name.
enum SettingsEdge {
    /// The exit status of a bad settings file or variable (`EX_CONFIG` of sysexits.h).
    static let badSettingsStatus: Int32 = 78

    /// Reads the settings file and resolves every setting with `flags`.
    static func resolve(flags: [SettingKey: String]) -> (settings: Settings, problems: [SettingsProblem]) {
        let environment = ProcessInfo.processInfo.environment
        let locations = SettingsLocations(environment: environment)
        let resolver = SettingsResolver(
            flags: flags, environment: environment, file: readFile(locations),
            dataDecksExist: isFolder(locations.dataDecks), hostName: hostName())
        return resolver.resolve()
    }

    /// Prints warnings; prints errors and throws exit 78 when there is one.
    static func report(
        _ problems: [SettingsProblem],
        consequence: String = "nothing was done (fix them; 'recall config' shows every setting)"
    ) throws(CLIFailure) {
        for problem in problems { printError(problem.description) }
        let errors = problems.filter { $0.severity == .error }.count
        guard errors > 0 else { return }
        throw CLIFailure(
            "the settings have \(counted(errors, "error")); \(consequence)",
            status: badSettingsStatus)
    }

    /// The settings file, nil when there is none at its default place. Only a regular file of
    /// at most 1 MB is read (a pipe or a device would never end).
    static func readFile(_ locations: SettingsLocations) -> SettingsFile? {
        let path = locations.configFile
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT, !locations.configFileNamed { return nil }
            let reason = code == ENOENT ? "no such file (RECALL_CONFIG names it)" : String(cString: strerror(code))
            return .unreadable(path: path, reason: reason)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            return .unreadable(path: path, reason: "not a regular file")
        }
        let limit = 1 << 20
        guard status.st_size <= limit else { return .unreadable(path: path, reason: "larger than 1 MB") }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count == 0 {
                return SettingsFile.parse(bytes, path: path)
            } else if errno != EINTR {
                return .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
        }
        return .unreadable(path: path, reason: "larger than 1 MB")
    }

    /// The machine's name from `gethostname` (never a name-service lookup, which can hang
    /// for seconds on a machine without network).
    static func hostName() -> String {
        DeviceName.systemHostName() ?? ""
    }

    /// Whether a folder exists at `path`.
    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}

extension GlobalOptions {
    /// Where a decks choice came from, for a message about a missing folder.
    static func whereDecksCameFrom(_ source: SettingSource) -> String {
        switch source {
        case .flag: "pass --decks PATH to use another folder"
        case .environment(let name): "set by \(name); pass --decks PATH to use another folder"
        case .file(let path, let line): "set at \(path):\(line); pass --decks PATH to use another folder"
        case .builtInDefault: "pass --decks PATH to use another folder"
        }
    }
}
