import ArgumentParser
import RecallApp

/// The options every command takes: where the decks and the log are, the clock, and the daily limits.
struct GlobalOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The folder of deck files; every *.md below it is loaded.",
        discussion: "Default: $RECALL_DECKS, else the settings' decks, else $XDG_DATA_HOME/recall/decks if it exists, else the built-in decks. 'built-in' names the built-in decks.",
        valueName: "path"))
    var decks: String?

    @Option(help: ArgumentHelp(
        "The review log file.",
        discussion: "Default: $RECALL_LOG, else the settings' log, else $XDG_STATE_HOME/recall/reviews.log (~/.local/state/recall/reviews.log).",
        valueName: "path"))
    var log: String?

    @Option(help: ArgumentHelp(
        "Act as if it were this time (RFC 3339, e.g. 2026-11-21T09:00:00Z). For scripts and tests.",
        valueName: "time"))
    var now: String?

    @Option(help: ArgumentHelp("New cards introduced a day at most (default 20).", valueName: "n"))
    var newPerDay: Int?

    @Option(help: ArgumentHelp("Scheduled reviews a day at most (default 200).", valueName: "n"))
    var reviewsPerDay: Int?

    @Option(help: ArgumentHelp(
        "The hour (0-23, local time) at which a new study day starts; reviews before it count for the day before (default 4).",
        valueName: "hour"))
    var dayStartsAt: Int?

    /// The options above that take a value, as typed before or after a subcommand.
    static let valueOptionNames: Set<String> = [
        "--decks", "--log", "--now", "--new-per-day", "--reviews-per-day", "--day-starts-at", "--grade-keys",
    ]

    @Flag(help: ArgumentHelp("Suspend a card once it has 8 lapses (a leech); off by default, as in Anki."))
    var suspendLeeches = false

    @Option(help: ArgumentHelp(
        "The keys that grade a revealed card: 0-5 (the grades themselves, the default), or anki (1 Again, 2 Hard, 3 Good, 4 Easy: grades 2-5; Space grades Good).",
        valueName: "0-5|anki"))
    var gradeKeys: GradeKeys?

    func validate() throws {
        if let newPerDay, newPerDay < 0 { throw ValidationError("--new-per-day must be 0 or more, not \(newPerDay).") }
        if let reviewsPerDay, reviewsPerDay < 0 {
            throw ValidationError("--reviews-per-day must be 0 or more, not \(reviewsPerDay).")
        }
        if let dayStartsAt, !(0...23).contains(dayStartsAt) {
            throw ValidationError("--day-starts-at must be an hour from 0 to 23, not \(dayStartsAt).")
        }
        if let now, parsedNow(now) == nil {
            throw ValidationError("--now '\(now)' is not an RFC 3339 time such as 2026-11-21T09:00:00Z.")
        }
    }
}
