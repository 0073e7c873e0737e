/// Where Recall's files live, following the XDG base directory rules.
struct RecallPaths {
    /// The environment variables, injected so tests can set them.
    let environment: [String: String]
    /// Whether a folder exists at a path, injected for the same reason.
    let folderExists: (String) -> Bool

    private var home: String { environment["HOME"] ?? "." }

    private func base(_ variable: String, fallback: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return home + "/" + fallback
    }

    /// The decks folder: `--decks`, else `./Decks` if it exists, else `$XDG_DATA_HOME/recall/decks`.
    func decksFolder(explicit: String?) -> String {
        if let explicit { return explicit }
        if folderExists("Decks") { return "Decks" }
        return base("XDG_DATA_HOME", fallback: ".local/share") + "/recall/decks"
    }

    /// The review log: `--log`, else `$RECALL_LOG`, else `$XDG_STATE_HOME/recall/reviews.log`.
    func logFile(explicit: String?) -> String {
        if let explicit { return explicit }
        if let variable = environment["RECALL_LOG"], !variable.isEmpty { return variable }
        return base("XDG_STATE_HOME", fallback: ".local/state") + "/recall/reviews.log"
    }
}
