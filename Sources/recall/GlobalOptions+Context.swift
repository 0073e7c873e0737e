import Deck
import Foundation
import ReviewLog
import Study

/// Everything a command needs, loaded once: the decks, the log, its replay, and today.
struct StudyContext {
    let decksPath: String
    let logPath: String
    let library: DeckLibrary
    let log: LogContents
    let days: LocalDays
    let now: Int64
    let replay: Replay
    let limits: DailyLimits

    /// Study day number for today.
    var today: Int { replay.today }

    /// The same context with the log as read again (the replay is left as it was).
    func with(log: LogContents) -> StudyContext {
        StudyContext(
            decksPath: decksPath, logPath: logPath, library: library, log: log, days: days, now: now,
            replay: replay, limits: limits)
    }
}

/// Parses `--now`; nil when the text is not an RFC 3339 time.
func parsedNow(_ text: String) -> Int64? {
    try? RFC3339.parse(text)
}

extension GlobalOptions {
    /// The paths, as the options and the environment give them.
    var paths: RecallPaths {
        RecallPaths(environment: ProcessInfo.processInfo.environment) { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// The current time in milliseconds since 1970 UTC: `--now`, else the system clock.
    var nowMillis: Int64 {
        if let now, let millis = parsedNow(now) { return millis }
        return Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// The study days in the local time zone (`TZ`), starting at `--day-starts-at`.
    var days: LocalDays { LocalDays(timeZone: .current, dayStartHour: dayStartsAt) }

    /// What happens to a leech: the seam for a `suspend_leeches` setting (the flag for now).
    var leechPolicy: LeechPolicy { suspendLeeches ? .suspend : .mark }

    /// The daily limits.
    var limits: DailyLimits { DailyLimits(newPerDay: newPerDay, reviewsPerDay: reviewsPerDay) }

    /// Loads the decks and the log and replays it; prints a one-line note to stderr when
    /// either has problems, unless `quiet`.
    func loadContext(quiet: Bool = false) throws(CLIFailure) -> StudyContext {
        let decksPath = paths.decksFolder(explicit: decks)
        let logPath = paths.logFile(explicit: log)
        // The log is read on another thread while the decks load (the reader gives back the file's
        // pages as it goes, so both fit well under 200 MB at 100k cards and 1M events).
        // A deck failure is still reported first.
        let logRead = BackgroundLogRead(path: logPath)
        let library: DeckLibrary
        do {
            library = try DeckFolder(path: decksPath).load()
        } catch {
            throw CLIFailure("\(error) (pass --decks PATH to use another folder)")
        }
        let contents: LogContents
        do {
            contents = try logRead.result().get()
        } catch {
            throw CLIFailure("\(error)")
        }
        let days = self.days
        let now = nowMillis
        let replay = Replay(
            library: library, log: contents, days: days, today: days.day(atMillis: now), leechPolicy: leechPolicy)
        if !quiet { noteProblems(library: library, log: contents, logPath: logPath) }
        return StudyContext(
            decksPath: decksPath, logPath: logPath, library: library, log: contents, days: days,
            now: now, replay: replay, limits: limits)
    }

    private func noteProblems(library: DeckLibrary, log: LogContents, logPath: String) {
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
