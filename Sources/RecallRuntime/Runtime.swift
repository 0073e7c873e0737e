import Deck
import RecallApp
import ReviewLog
import Study
import TerminalUI

/// The run loop of the interactive screens, on any terminal: it feeds keys to `App.update`,
/// performs the effects through its ports (appending before the next frame is drawn), and draws
/// `App.view`. It never imports curses, and holds no copy of the decks or the replay: the model
/// is their only holder; every reload reads them afresh and hands them to `update`.
///
/// ```swift
/// let runtime = Runtime(log: log, decks: decks, clock: clock, editor: editor, days: days, limits: limits)
/// let model = try runtime.prepare(.review, library: library, log: contents, logSizeAtRead: size)
/// try runtime.run(model, on: terminal)   // ends the session on the way out
/// ```
public final class Runtime {
    /// The review log.
    public let log: any ReviewLogStore
    /// The decks.
    public let decks: any DeckSource
    /// The clocks.
    public let clock: any RuntimeClock
    /// The editor `e` opens.
    public let editor: any CardEditor
    /// The study days.
    public let days: LocalDays
    /// The daily limits.
    public let limits: DailyLimits
    /// Which keys grade.
    public let gradeKeys: GradeKeys
    /// The interview date and target, when one is set: the home screen counts down to it and a
    /// review asks the plan's cards for today.
    public var interview: InterviewTarget?
    /// What the replay does with a leech (the seam for a `suspend_leeches` setting).
    public var leechPolicy: LeechPolicy = .mark
    /// The stats figures and memory states the first model was made without, worked out by `run`
    /// on another thread while it draws the first frame, and handed to the app before the first key.
    var deferredFigures: (@Sendable () -> (StudyStats, MemoryReplay))?

    /// A runtime over these ports.
    public init(
        log: any ReviewLogStore, decks: any DeckSource, clock: any RuntimeClock, editor: any CardEditor,
        days: LocalDays, limits: DailyLimits, gradeKeys: GradeKeys = .zeroToFive
    ) {
        self.log = log
        self.decks = decks
        self.clock = clock
        self.editor = editor
        self.days = days
        self.limits = limits
        self.gradeKeys = gradeKeys
    }

    /// The model `start` opens on, from the decks and log as first read (`logSizeAtRead` is the
    /// log's size then). A review or cram takes the log's lock first, before any screen, and
    /// fails if another session holds it; if the log grew since it was read, it is read again.
    public func prepare(
        _ start: AppStart, library: DeckLibrary, log contents: LogContents, logSizeAtRead: Int64?,
        notice: String? = nil, restartCram: Bool = false
    ) throws(RuntimeFailure) -> AppModel {
        var library = library
        var contents = contents
        if start != .home {
            try log.lock()
            if log.size != logSizeAtRead {
                do {
                    let fresh = try loadAll()
                    library = fresh.library
                    contents = fresh.log
                } catch {
                    endSession()
                    throw error
                }
            }
        }
        let instant = clock.now()
        let (replay, fold) = replayAndFold(library: library, log: contents, today: days.day(atMillis: instant.wallMillis))
        return model(
            start, library: library, replay: replay,
            stats: studyStats(library: library, replay: replay, fold: fold, log: contents),
            memory: MemoryReplay(library: library, fold: fold), at: instant, notice: notice, restartCram: restartCram)
    }

    /// The model `start` opens on at `instant`, from the replay, its stats (today's queue is
    /// added here) and the memory states (the interview outlook needs them).
    func model(
        _ start: AppStart, library: DeckLibrary, replay: Replay, stats: StudyStats?, memory: MemoryReplay?,
        at instant: AppInstant, notice: String?, restartCram: Bool
    ) -> AppModel {
        var stats = stats
        stats?.todayQueue = DailyQueue(library: library, replay: replay, limits: limits).counts
        let outlook = interview.flatMap { target in
            memory.map {
                InterviewOutlook(
                    library: library, replay: replay, memory: $0, interviewDay: target.day, target: target.recall)
            }
        }
        return AppModel(
            library: library, replay: replay, limits: limits, start: start, at: instant, stats: stats,
            gradeKeys: gradeKeys, decksFolder: decks.path, notice: notice,
            restartCram: restartCram, interviewOutlook: outlook, memory: memory)
    }

    /// Runs `model` on `terminal` until the app quits or input ends. A session's log is opened
    /// for appending first (once the screen runs); the lock is released on every way out.
    public func run(_ model: AppModel, on terminal: some TerminalBackend) throws(RuntimeFailure) {
        defer { endSession() }
        if log.isLocked { try log.openForAppending() }
        var model = model
        var figures = deferredFigures.map { OtherThread($0) }
        deferredFigures = nil
        while true {
            if model.size != terminal.size { model = App.update(model, .resize(terminal.size)).0 }
            terminal.draw(App.view(model, size: terminal.size))
            if let loading = figures {
                let (stats, memory) = loading.value()
                model = App.update(model, .figuresLoaded(stats: stats, memory: memory)).0
                figures = nil
            }
            guard let event = terminal.readEvent(timeoutMillis: nil) else { return }
            let message: AppMessage
            switch event {
            case .key(let key): message = .key(key, at: clock.now())
            case .resize(let size): message = .resize(size)
            }
            if !process(message, model: &model, terminal: terminal) { return }
        }
    }

    /// Releases the log: closes it for appending and lets the lock go.
    public func endSession() {
        log.release()
    }

    /// Applies `first` and the messages its effects produce; false once the app quits.
    func process(_ first: AppMessage, model: inout AppModel, terminal: some TerminalBackend) -> Bool {
        var messages = [first]
        while !messages.isEmpty {
            let message = messages.removeFirst()
            let (next, effects) = App.update(model, message)
            model = next
            for effect in effects {
                switch effect {
                case .quit:
                    return false
                case .append(let event):
                    messages.append(append(event))
                case .beginSession:
                    messages.append(beginSession())
                case .endSession:
                    endSession()
                    // Reading everything again is for the home screen, not for a way out.
                    if !effects.contains(.quit) { messages.append(reload()) }
                case .undoEarlierAnswer(let cramPhase):
                    messages.append(undoEarlierAnswer(cramPhase: cramPhase))
                case .openEditor(let file, let line):
                    let outcome = terminal.handOver { editor.edit(file: file, line: line) }
                    messages.append(reload())
                    if case .failed(let reason) = outcome { messages.append(.editorFailed(reason: reason)) }
                case .applyAction(let event):
                    messages.append(applyAction(event))
                case .loadCardInfo(let position, let cardID):
                    messages.append(loadCardInfo(position: position, cardID: cardID))
                }
            }
        }
        return true
    }
}
