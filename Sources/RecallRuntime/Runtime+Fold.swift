import Deck
import Dispatch
import ReviewLog
import RecallApp
import Study

extension Runtime {
    /// The home screen's model from `fold` (the log's answers folded, as a snapshot gives them)
    /// instead of every event: the replay, the stats figures and the memory states all come from
    /// it, so the first frame waits for no walk over the log. Nil when the fold cannot stand in
    /// for the log as of now: its `recentFrom` is after today by the clock. The caller reads the
    /// whole log then, and also for a log with a `forget` (see `StudyStats.init(library:replay:fold:)`).
    /// Whatever needs every event later (a reload, an undo) reads the log again, as it always does.
    /// Without an interview date the model has no stats figures nor memory states yet: `run`
    /// hands them in before the first key (the stats page, the browser and card info show them).
    /// `replay`, when given, is the fold's replay the caller has already made: it is used when it
    /// is for the same day and leech policy.
    public func prepareHome(library: DeckLibrary, fold: LogFold, replay made: Replay? = nil, notice: String? = nil)
        -> AppModel? {
        let instant = clock.now()
        let today = days.day(atMillis: instant.wallMillis)
        guard today >= fold.recentFrom else { return nil }
        let replay: Replay
        if let made, made.today == today, made.leechPolicy == leechPolicy {
            replay = made
        } else {
            replay = Replay(library: library, fold: fold, today: today, leechPolicy: leechPolicy)
        }
        guard interview != nil else {
            // Home shows neither the stats page nor memory states without an interview date: they
            // are worked out while `run` draws the first frame (never, for a frame printed once).
            let limits = limits
            deferredFigures = {
                var stats = StudyStats(library: library, replay: replay, fold: fold)
                stats.todayQueue = DailyQueue(library: library, replay: replay, limits: limits).counts
                return (stats, MemoryReplay(library: library, fold: fold))
            }
            return model(
                .home, library: library, replay: replay, stats: nil, memory: nil, at: instant, notice: notice,
                restartCram: false)
        }
        // Readiness needs them: they are mapped onto the library on another thread meanwhile.
        let memory = OtherThread { MemoryReplay(library: library, fold: fold) }
        let stats = StudyStats(library: library, replay: replay, fold: fold)
        return model(
            .home, library: library, replay: replay, stats: stats, memory: memory.value(), at: instant,
            notice: notice, restartCram: false)
    }
}

extension Runtime {
    /// The replay of `log` as of `today`, with the fold it was made from (which also gives the
    /// stats figures and the memory states, without another walk over the events).
    func replayAndFold(library: DeckLibrary, log: LogContents, today: Int) -> (Replay, LogFold) {
        var fold = LogFold(days: days, recentFrom: today, tracksStats: true)
        fold.apply(log)
        return (Replay(library: library, fold: fold, today: today, leechPolicy: leechPolicy), fold)
    }

    /// The stats figures of `log`, whose fold is `fold`: from the fold, or from a walk over the
    /// answers when the log has a `forget` (see `StudyStats.init(library:replay:fold:)`).
    func studyStats(library: DeckLibrary, replay: Replay, fold: LogFold, log: LogContents) -> StudyStats {
        if log.actions.contains(where: { $0.event.kind == .forget }) {
            return StudyStats(library: library, replay: replay, answers: log.answers, days: days)
        }
        return StudyStats(library: library, replay: replay, fold: fold)
    }
}

/// A value computed on another thread, waited for when it is wanted.
final class OtherThread<Value: Sendable>: @unchecked Sendable {
    // Written once by the other thread before `done` is signalled; read only after waiting on it.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ compute: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = compute()
            self.done.signal()
        }
    }

    /// Waits for the value.
    func value() -> Value {
        done.wait()
        guard let result else { preconditionFailure("the other thread signals only once the value is set") }
        return result
    }
}
