import Deck
import Foundation
import ReviewLog
import Settings
import Study

/// Everything a command needs, loaded once: the decks, the log, its replay, and today.
struct StudyContext {
    /// Every setting in force (for the interview day, the editor, the grade keys, the device…).
    let settings: Settings
    let decks: DecksChoice
    let logPath: String
    let library: DeckLibrary
    let log: LogContents
    let days: LocalDays
    let now: Int64
    let replay: Replay
    let limits: DailyLimits
    /// Where the log is (a file, or a folder and this device's file in it) and, for a folder,
    /// what each file held and where each answer came from.
    let logSource: LogSource

    /// Study day number for today.
    var today: Int { replay.today }

    /// The decks folder, or "built-in decks", as messages name it.
    var decksPath: String { decks.description }

    /// The same context with the log as read again (the replay is left as it was).
    func with(log: LogContents) -> StudyContext {
        StudyContext(
            settings: settings, decks: decks, logPath: logPath, library: library, log: log, days: days, now: now,
            replay: replay, limits: limits, logSource: logSource)
    }
}

/// Parses `--now`; nil when the text is not an RFC 3339 time.
func parsedNow(_ text: String) -> Int64? {
    try? RFC3339.parse(text)
}

extension GlobalOptions {
    /// The current time in milliseconds since 1970 UTC: `--now`, else the system clock.
    var nowMillis: Int64 {
        if let now, let millis = parsedNow(now) { return millis }
        return Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// What happens to a leech: the seam for a `suspend_leeches` setting (the flag for now).
    var leechPolicy: LeechPolicy { suspendLeeches ? .suspend : .mark }

    /// Resolves the settings (exit 78 on a bad one), then loads the decks and the log and
    /// replays them; prints a one-line note to stderr when either has problems, unless `quiet`.
    func loadContext(quiet: Bool = false) throws(CLIFailure) -> StudyContext {
        try loadContext(settings: loadSettings(), quiet: quiet)
    }

    /// Loads the decks and the log the settings name and replays them.
    func loadContext(settings: Settings, quiet: Bool = false) throws(CLIFailure) -> StudyContext {
        let decks = settings.decks.value
        let logPath = settings.log.value
        let location = logLocation(path: logPath, settings: settings)
        // The log is read on another thread while the decks load (the reader gives back the file's
        // pages as it goes, so both fit well under 200 MB at 100k cards and 1M events).
        // A deck failure is still reported first.
        let logRead = BackgroundLogRead(location: location)
        let library: DeckLibrary
        do {
            library = try decks.load()
        } catch {
            throw CLIFailure("\(error) (\(Self.whereDecksCameFrom(settings.decks.source)))")
        }
        let loaded: LoadedLog
        do {
            loaded = try logRead.result().get()
        } catch {
            throw CLIFailure("\(error)")
        }
        let contents = loaded.contents
        let days = LocalDays(timeZone: .current, dayStartHour: settings.dayStartsAt.value)
        let limits = DailyLimits(newPerDay: settings.newPerDay.value, reviewsPerDay: settings.reviewsPerDay.value)
        let now = nowMillis
        let replay = Replay(
            library: library, log: contents, days: days, today: days.day(atMillis: now), leechPolicy: leechPolicy)
        if !quiet { noteProblems(library: library, log: contents, logPath: logPath) }
        return StudyContext(
            settings: settings, decks: decks, logPath: logPath, library: library, log: contents, days: days,
            now: now, replay: replay, limits: limits,
            logSource: LogSource(location: location, loaded: loaded))
    }

    /// Prints the one-line note on the decks' and the log's problems to stderr, if they have any.
    func noteProblems(library: DeckLibrary, log: LogContents, logPath: String) {
        let errors = library.diagnostics.filter { $0.severity == .error }.count
        let warnings = library.diagnostics.count - errors
        var notes: [String] = []
        if errors + warnings > 0 { notes.append("the decks have \(counted(errors, "error")) and \(counted(warnings, "warning"))") }
        if !log.problems.isEmpty { notes.append("\(logPath) has \(counted(log.problems.count, "unreadable line"))") }
        if !notes.isEmpty { printError("recall: \(notes.joined(separator: "; ")); run 'recall check' for details") }
    }
}

/// "1 card", "2 cards".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
