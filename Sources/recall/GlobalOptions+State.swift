import Deck
import Foundation
import ReviewLog
import Settings
import Snapshot
import Study

extension GlobalOptions {
    /// Loads the decks and the log's replayed state for a command that needs the cards' state
    /// but not every event (`recall due`): a log file is read through its snapshot in
    /// `$XDG_CACHE_HOME/recall`, so only the lines appended since the last one are read, and
    /// deck files whose bytes did not change are read back from the deck cache there. The
    /// context's `log.answers` then holds at most the answers read this time; its problems and
    /// counts are the whole log's. Same output as `loadContext`, faster. A log folder (several
    /// devices' files, merged by time) has one snapshot for all its files.
    func loadStateContext(quiet: Bool = false) throws(CLIFailure) -> StudyContext {
        try loadState(quiet: quiet, withStats: false).context
    }

    /// `loadStateContext`'s context with the fold its replay was made from; `withStats` makes
    /// that fold track the stats (`SnapshotLoader.foldsStats`), which only `recall stats` and the
    /// home screen need.
    func loadState(quiet: Bool = false, withStats: Bool) throws(CLIFailure) -> (context: StudyContext, fold: LogFold?) {
        let settings = try loadSettings()
        let logPath = settings.log.value
        let location = logLocation(path: logPath, settings: settings)
        let decks = settings.decks.value
        let days = LocalDays(timeZone: .current, dayStartHour: settings.dayStartsAt.value)
        let limits = DailyLimits(newPerDay: settings.newPerDay.value, reviewsPerDay: settings.reviewsPerDay.value)
        let now = nowMillis
        let today = days.day(atMillis: now)
        let store = SnapshotStore.standard(environment: ProcessInfo.processInfo.environment)
        let program = programIdentity()
        let loader = SnapshotLoader(store: store, program: program, foldsStats: withStats)
        let stateLoad = LogStateLoad(loader: loader, location: location, days: days, today: today)
        let library: DeckLibrary
        var deckCacheSave: (DeckCache, DeckCache.PendingSave)?
        do {
            if let store, case .folder(let path) = decks {
                let cache = DeckCache(store: store, program: program)
                let (loaded, pending) = try cache.load(DeckFolder(path: path), name: absolutePath(path))
                library = loaded
                deckCacheSave = pending.map { (cache, $0) }
            } else {
                library = try decks.load()
            }
        } catch {
            throw CLIFailure("\(error) (\(Self.whereDecksCameFrom(settings.decks.source)))")
        }
        // Saved while the log may still be read on the other thread: on a first run both take
        // long, and one after the other they would take longer than the budget for a whole run.
        if let (cache, pending) = deckCacheSave { cache.save(pending) }
        let state: LoadedLogState
        do {
            state = try stateLoad.result().get()
        } catch {
            throw CLIFailure("\(error)")
        }
        let replay = Replay(library: library, fold: state.fold, today: today, leechPolicy: leechPolicy)
        if !quiet { noteProblems(library: library, log: state.log, logPath: logPath) }
        let context = StudyContext(
            settings: settings, decks: decks, logPath: logPath, library: library, log: state.log, days: days,
            now: now, replay: replay, limits: limits,
            logSource: LogSource(location: location, loaded: LoadedLog(contents: state.log, folder: nil)))
        return (context, state.fold)
    }
}

/// `path` made absolute against the working folder.
func absolutePath(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
}

/// Identifies this build of the program: its executable's size, change time and inode, so that
/// a snapshot made by another build (which may fold differently) is never used.
func programIdentity() -> UInt64 {
    var status = stat()
    var hasher = ByteFingerprint()
    hasher.add(UInt64(SnapshotKey.formatVersion))
    if stat("/proc/self/exe", &status) == 0 {
        hasher.add(UInt64(status.st_size))
        hasher.add(UInt64(bitPattern: Int64(status.st_mtim.tv_sec)))
        hasher.add(UInt64(bitPattern: Int64(status.st_mtim.tv_nsec)))
        hasher.add(UInt64(status.st_ino))
    } else {
        hasher.add(CommandLine.arguments.first ?? "recall")
    }
    return hasher.value
}
