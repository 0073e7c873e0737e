import Deck
import Foundation
import NcursesBackend
import RecallApp
import ReviewLog
import Study
import TerminalUI

/// The run loop of the interactive screens (`recall`, `recall review`, `recall cram`): checks
/// the terminal, takes the log's lock for a session, then feeds keys to `App.update`, performs
/// its effects (appending before the next frame is drawn) and draws `App.view`.
///
/// The clocks are read here only: the wall clock (or `--now`, moved on by the monotonic clock)
/// for the log's times, the monotonic clock for answer times.
final class InteractiveRun {
    private var context: StudyContext
    private let environment: [String: String]
    private var backend: NcursesBackend?
    private var lock: LogLock?
    private var appender: LogAppender?
    private let clock = ContinuousClock()
    private let startedAt: ContinuousClock.Instant
    private let startWall: Int64
    private let fixedNow: Bool

    /// The log's size when it was read, to tell once the lock is held whether it grew meanwhile.
    private var logSizeAtRead: Int64?

    /// Checks the terminal, then loads the decks and the log (without locking: a mistyped cram
    /// phase must not create a log). A session takes the lock in `run`, and reads the log again
    /// if it grew in between.
    init(options: GlobalOptions) throws(CLIFailure) {
        environment = ProcessInfo.processInfo.environment
        // Without a terminal nothing is read, locked or created.
        try Self.checkTerminal(environment: environment)
        logSizeAtRead = Self.fileSize(options.paths.logFile(explicit: options.log))
        context = try options.loadContext()
        startedAt = clock.now
        startWall = context.now
        fixedNow = options.now != nil
    }

    /// The decks and the log, as loaded at the start.
    var studyContext: StudyContext { context }

    /// The figures the home screen's `s` shows, from the decks and log as loaded.
    static func makeStats(_ context: StudyContext) -> StudyStats {
        StudyStats(library: context.library, replay: context.replay, answers: context.log.answers, days: context.days)
    }

    /// Runs the app from `start` until it quits. A review or cram takes the log's lock first and
    /// stops at once, before the screen, if another session holds it (reading the log again if
    /// it grew since it was read); the log is opened for appending once curses runs.
    func run(_ start: AppStart) throws(CLIFailure) {
        if start != .home {
            // A second session stops here, before the screen: the log is in use.
            try takeLock(logPath: context.logPath)
            if Self.fileSize(context.logPath) != logSizeAtRead, case .reloadFailed(let reason) = reload() {
                endSession()
                throw CLIFailure(reason)
            }
        }
        do {
            backend = try NcursesBackend(color: environment["NO_COLOR"].map(\.isEmpty) ?? true)
        } catch {
            endSession()
            throw CLIFailure("\(error)")
        }
        defer {
            backend?.restore()
            endSession()
        }
        // Only once curses runs is the log opened for appending (which may write its header).
        if start != .home { try openAppender() }
        var model = AppModel(
            library: context.library, replay: context.replay, limits: context.limits, start: start, at: now(),
            stats: Self.makeStats(context))
        while let terminal = backend {
            if model.size != terminal.size { model = App.update(model, .resize(terminal.size)).0 }
            terminal.draw(App.view(model, size: terminal.size))
            guard let event = terminal.readEvent(timeoutMillis: nil) else { return }
            let message: AppMessage
            switch event {
            case .key(let key): message = .key(key, at: now())
            case .resize(let size): message = .resize(size)
            }
            if try !process(message, model: &model) { return }
        }
    }

    /// Applies `message` and the messages its effects produce; false once the app quits.
    private func process(_ first: AppMessage, model: inout AppModel) throws(CLIFailure) -> Bool {
        var messages = [first]
        while !messages.isEmpty {
            let message = messages.removeFirst()
            let (next, effects) = App.update(model, message)
            model = next
            if case .reloaded = message { model.stats = Self.makeStats(context) }
            for effect in effects {
                switch effect {
                case .quit:
                    return false
                case .append(let event):
                    messages.append(append(event))
                case .beginSession:
                    do {
                        try takeLock(logPath: context.logPath)
                        try openAppender()
                        let fresh = reload(beginningSession: true)
                        if case .reloadFailed(let reason) = fresh {
                            // No session on a plan the log under the lock could not confirm.
                            endSession()
                            messages.append(.sessionRefused(reason: reason))
                        } else {
                            messages.append(fresh)
                        }
                    } catch {
                        endSession()
                        messages.append(.sessionRefused(reason: error.message))
                    }
                case .endSession:
                    endSession()
                    // Reading everything again is for the home screen, not for a way out.
                    if !effects.contains(.quit) { messages.append(reload()) }
                case .undoEarlierAnswer(let cramPhase):
                    messages.append(undoEarlierAnswer(cramPhase: cramPhase))
                case .openEditor(let file, let line):
                    try edit(file: file, line: line)
                    messages.append(reload())
                }
            }
        }
        return true
    }

    // MARK: Effects

    private func append(_ event: LogEvent) -> AppMessage {
        guard let appender else {
            return .saveFailed(reason: "cannot write to \(context.logPath): the log is not open")
        }
        do {
            try appender.append(event)
            return .saved
        } catch {
            return .saveFailed(reason: "\(error)")
        }
    }

    /// Takes back the log's latest answer (the one an `undo` line would name) when it was given
    /// today in this kind of session, to a card the session could ask (a card of the crammed
    /// phase for a cram), then reads the log again so the session can ask that card first. The
    /// log as last read is the truth here: this session's own answers are all undone.
    private func undoEarlierAnswer(cramPhase: String?) -> AppMessage {
        // The log as it is now (the lock is held): this process's own answers and undos count.
        guard let appender, let log = try? LogFile.read(at: context.logPath) else { return .nothingToUndo }
        context = context.with(log: log)
        guard let latest = log.answers.last,
              context.days.day(atMillis: latest.time) == context.today,
              let card = context.library.card(CardID(latest.cardID)) else { return .nothingToUndo }
        if let cramPhase {
            guard latest.kind == .cram, card.phase == cramPhase else { return .nothingToUndo }
        } else {
            guard latest.kind != .cram else { return .nothingToUndo }
        }
        let undoneBefore = context.log.undoneCount
        let instant = now()
        let event = LogEvent(time: instant.wallMillis, kind: .undo, cardID: latest.cardID, grade: nil, answerMillis: nil)
        do {
            try appender.append(event)
        } catch {
            return .saveFailed(reason: "\(error)")
        }
        let fresh = reload()
        guard case .reloaded(let snapshot, let at) = fresh else {
            // The decks could not be read again, but the log must be: a second `u` must not
            // repeat this undo.
            if let log = try? LogFile.read(at: context.logPath) { context = context.with(log: log) }
            return fresh
        }
        guard context.log.undoneCount == undoneBefore + 1 else {
            return .reloadFailed(reason: "the log did not take the undo of \(latest.cardID); run 'recall check'")
        }
        return .earlierAnswerUndone(snapshot, answer: latest, at: at)
    }

    /// The size of the file at `path`, nil when there is none.
    private static func fileSize(_ path: String) -> Int64? {
        var status = stat()
        return stat(path, &status) == 0 ? Int64(status.st_size) : nil
    }

    /// Takes the log's exclusive lock, unless already held.
    private func takeLock(logPath: String) throws(CLIFailure) {
        if lock == nil { lock = try Self.acquireLock(logPath: logPath) }
    }

    private static func acquireLock(logPath: String) throws(CLIFailure) -> LogLock {
        do {
            return try LogLock(logPath: logPath)
        } catch {
            throw CLIFailure(lockMessage(error))
        }
    }

    /// Opens the log for appending, unless already open.
    private func openAppender() throws(CLIFailure) {
        guard appender == nil else { return }
        do {
            appender = try LogAppender(path: context.logPath)
        } catch {
            throw CLIFailure("\(error)")
        }
    }

    private func endSession() {
        appender?.close()
        appender = nil
        lock?.release()
        lock = nil
    }

    private static func lockMessage(_ error: LogFileError) -> String {
        if case .inUse(let path) = error {
            return "the review log \(path) is in use by another recall session; finish that one first"
        }
        return "\(error)"
    }

    /// Reads the decks and the log again, for the study day it is now (a screen left open past
    /// the day's start plans the new day); `beginningSession` answers `.sessionBegan`.
    private func reload(beginningSession: Bool = false) -> AppMessage {
        let library: DeckLibrary
        do {
            library = try DeckFolder(path: context.decksPath).load()
        } catch {
            return .reloadFailed(reason: "cannot reload the decks: \(error)")
        }
        let contents: LogContents
        do {
            contents = try LogFile.read(at: context.logPath)
        } catch {
            return .reloadFailed(reason: "cannot reload the log: \(error)")
        }
        let instant = now()
        let today = context.days.day(atMillis: instant.wallMillis)
        let replay = Replay(
            library: library, log: contents, days: context.days, today: today, leechPolicy: context.replay.leechPolicy)
        context = StudyContext(
            decksPath: context.decksPath, logPath: context.logPath, library: library, log: contents,
            days: context.days, now: instant.wallMillis, replay: replay, limits: context.limits)
        let snapshot = LibrarySnapshot(library: library, replay: replay)
        return beginningSession ? .sessionBegan(snapshot, at: instant) : .reloaded(snapshot, at: instant)
    }

    /// Hands the terminal to `$EDITOR` (else `vi`) at `+line file`, then takes it back.
    private func edit(file: String, line: Int) throws(CLIFailure) {
        backend?.restore()
        backend = nil
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor may carry arguments (`code -w`): let the shell split it.
        process.arguments = ["-c", editor + " \"$@\"", "recall-editor", "+\(line)", file]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            printError("recall: cannot start the editor '\(editor)': \(error)")
        }
        do {
            backend = try NcursesBackend(color: environment["NO_COLOR"].map(\.isEmpty) ?? true)
        } catch {
            throw CLIFailure("\(error)")
        }
    }

    // MARK: Clock and terminal

    private func now() -> AppInstant {
        let elapsed = startedAt.duration(to: clock.now)
        let (seconds, attoseconds) = elapsed.components
        let monotonic = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        let wall: Int64
        if fixedNow {
            wall = startWall + monotonic
        } else {
            wall = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        }
        return AppInstant(wallMillis: wall, monotonicMillis: monotonic)
    }

    /// Fails with a one-line message when the screen cannot work: output or input not a
    /// terminal, `TERM` unset, empty, `dumb` or `unknown`.
    static func checkTerminal(environment: [String: String]) throws(CLIFailure) {
        guard isatty(STDOUT_FILENO) == 1 else {
            throw CLIFailure("the review screen needs a terminal (standard output is not a terminal)")
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CLIFailure("the review screen needs a terminal (standard input is not a terminal)")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw CLIFailure("the review screen needs a terminal (TERM is not set)") }
        guard term != "dumb", term != "unknown" else {
            throw CLIFailure("the review screen needs a terminal (TERM=\(term) cannot draw it)")
        }
    }
}
