import Deck
import RecallApp
import Study

extension Runtime {
    /// The home screen's model from `fold` (the log's answers folded, as a snapshot gives them)
    /// instead of every event: the replay, the stats figures and the memory states all come from
    /// it, so the first frame waits for no walk over the log. Nil when the fold cannot stand in
    /// for the log as of now: its `recentFrom` is after today by the clock. The caller reads the
    /// whole log then, and also for a log with a `forget` (see `StudyStats.init(library:replay:fold:)`).
    /// Whatever needs every event later (a reload, an undo) reads the log again, as it always does.
    public func prepareHome(library: DeckLibrary, fold: LogFold, notice: String? = nil) -> AppModel? {
        let instant = clock.now()
        let today = days.day(atMillis: instant.wallMillis)
        guard today >= fold.recentFrom else { return nil }
        let replay = Replay(library: library, fold: fold, today: today, leechPolicy: leechPolicy)
        return model(
            .home, library: library, replay: replay, stats: StudyStats(library: library, replay: replay, fold: fold),
            memory: MemoryReplay(library: library, fold: fold), at: instant, notice: notice, restartCram: false)
    }
}
