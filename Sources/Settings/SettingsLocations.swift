/// Where Recall's files are by default, from the environment (XDG base directories).
public struct SettingsLocations: Hashable, Sendable {
    /// The home folder (`HOME`, else `.`).
    public let home: String
    /// The settings file: `RECALL_CONFIG`, else `$XDG_CONFIG_HOME/recall/config.toml`.
    public let configFile: String
    /// Whether `RECALL_CONFIG` named the file (then it must exist).
    public let configFileNamed: Bool
    /// The decks folder `recall init` fills, and used when it exists: `$XDG_DATA_HOME/recall/decks`.
    public let dataDecks: String
    /// The default review log: `$XDG_STATE_HOME/recall/reviews.log`.
    public let defaultLog: String

    /// The places for this environment. An `XDG_*` variable counts only when it is an
    /// absolute path, as the XDG rules say.
    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        func base(_ variable: String, _ fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return (home.hasSuffix("/") ? home : home + "/") + fallback
        }
        self.home = home
        if let named = environment["RECALL_CONFIG"], !named.isEmpty {
            configFile = expandingTilde(named, home: home)
            configFileNamed = true
        } else {
            configFile = base("XDG_CONFIG_HOME", ".config") + "/recall/config.toml"
            configFileNamed = false
        }
        dataDecks = base("XDG_DATA_HOME", ".local/share") + "/recall/decks"
        defaultLog = base("XDG_STATE_HOME", ".local/state") + "/recall/reviews.log"
    }
}

/// `~` and `~/x` with the home folder put in; other paths as they are.
func expandingTilde(_ path: String, home: String) -> String {
    if path == "~" { return home }
    if path.hasPrefix("~/") { return (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst() }
    return path
}
