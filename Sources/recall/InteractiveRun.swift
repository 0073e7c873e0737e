import Foundation
import NcursesBackend
import RecallApp
import RecallRuntime
import Settings
import Study

/// The wiring of the interactive screens (`recall`, `recall review`, `recall cram`): checks the
/// terminal, loads the decks and the log, then runs `Runtime` with the real ports (the log file,
/// the decks in use, the system clock, the editor of the settings) on curses.
struct InteractiveRun {
    private let context: StudyContext
    private let options: GlobalOptions
    private let environment: [String: String]
    /// The log's size when it was read (a folder's files' sizes added up), to tell once the lock is
    /// held whether anything was added meanwhile (by another device, too).
    private let logSizeAtRead: Int64?
    /// The fold the context's replay was made from, when the log was read through its snapshot
    /// for the home screen (`context.log` then holds only the lines read this time).
    private let fold: LogFold?

    /// Checks the terminal, then loads the decks and the log (without locking: a mistyped cram
    /// phase must not create a log). For the home screen (`forHome`), the log is read through its
    /// snapshot: the first frame needs the state, not every event.
    init(options: GlobalOptions, forHome: Bool = false) throws(CLIFailure) {
        environment = ProcessInfo.processInfo.environment
        // Without a terminal nothing is read, locked or created.
        try Self.checkTerminal(environment: environment)
        self.options = options
        let settings = try options.loadSettings()
        logSizeAtRead = FileReviewLog(location: options.logLocation(path: settings.log.value, settings: settings)).size
        if forHome {
            (context, fold) = try Self.loadForHome(options: options, settings: settings)
        } else {
            context = try options.loadContext(settings: settings)
            fold = nil
        }
    }

    /// The context and fold for the home screen: through the snapshot when the fold can give
    /// every figure home shows (`loadStateWithExactFold`), else the whole log and no fold.
    static func loadForHome(options: GlobalOptions, settings: Settings) throws(CLIFailure) -> (StudyContext, LogFold?) {
        let (context, fold) = try options.loadStateWithExactFold()
        guard let fold else { return (try options.loadContext(settings: settings, quiet: true), nil) }
        return (context, fold)
    }

    /// The decks and the log, as loaded at the start.
    var studyContext: StudyContext { context }

    /// Runs the app from `start` until it quits. A review or cram takes the log's lock before
    /// the screen starts, and stops there if another session holds it.
    func run(_ start: AppStart, notice: String? = nil, restartCram: Bool = false) throws(CLIFailure) {
        // A locale that cannot show formulas is said once: on the first screen and on stderr.
        let applied = setlocale(LC_ALL, "") != nil
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        let localeNote = LocaleCheck.note(applied: applied, codeset: codeset, environment: environment)
        if let localeNote { printError("recall: " + localeNote) }
        let notice = [notice, localeNote].compactMap { $0 }.joined(separator: " ")
        let runtime = Self.runtime(context: context, options: options)
        let model = try Self.firstModel(
            start, runtime: runtime, context: context, fold: fold, options: options, logSizeAtRead: logSizeAtRead,
            notice: notice.isEmpty ? nil : notice, restartCram: restartCram)
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(color: environment["NO_COLOR"].map(\.isEmpty) ?? true)
        } catch {
            runtime.endSession()
            throw CLIFailure("\(error)")
        }
        defer { backend.restore() }
        do {
            try runtime.run(model, on: backend)
        } catch {
            throw CLIFailure(error.message)
        }
    }

    /// The runtime over the real ports for `context`.
    static func runtime(context: StudyContext, options: GlobalOptions) -> Runtime {
        let runtime = Runtime(
            log: FileReviewLog(location: context.logSource.location), decks: ChosenDeckSource(context.decks),
            clock: SystemClock(fixedStartMillis: options.now == nil ? nil : context.now),
            editor: context.decks == .builtIn ? BuiltInDeckEditor() : ProcessEditor(command: context.settings.editor.value),
            days: context.days, limits: context.limits,
            gradeKeys: GradeKeys(rawValue: context.settings.gradeKeys.value) ?? .zeroToFive)
        runtime.interview = InterviewSettings(settings: context.settings).interviewTarget
        runtime.leechPolicy = context.replay.leechPolicy
        return runtime
    }

    /// The model the screens open on: from `fold` for the home screen when there is one (and
    /// it can stand in for the log today), else from every event, read again if `context` holds
    /// only the lines read after a snapshot.
    static func firstModel(
        _ start: AppStart, runtime: Runtime, context: StudyContext, fold: LogFold?, options: GlobalOptions,
        logSizeAtRead: Int64?, notice: String?, restartCram: Bool
    ) throws(CLIFailure) -> AppModel {
        if let fold, start == .home, let model = runtime.prepareHome(
            library: context.library, fold: fold, replay: context.replay, notice: notice) {
            return model
        }
        let whole = fold == nil ? context : try options.loadContext(settings: context.settings, quiet: true)
        do {
            return try runtime.prepare(
                start, library: whole.library, log: whole.log, logSizeAtRead: logSizeAtRead, notice: notice,
                restartCram: restartCram)
        } catch {
            throw CLIFailure(error.message)
        }
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
