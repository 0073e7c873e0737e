import Deck
import Foundation
import ReviewLog
import Snapshot
import Study

extension GlobalOptions {
    /// Loads the decks and the log's replayed state for a command that needs the cards' state
    /// but not every event (`recall due`): the log is read through its snapshot in
    /// `$XDG_CACHE_HOME/recall`, so only the lines appended since the last one are read, and
    /// deck files whose bytes did not change are read back from the deck cache there. The
    /// context's `log.answers` then holds only the answers read this time; its problems and
    /// counts are the whole log's. Same output as `loadContext`, faster.
    func loadStateContext(quiet: Bool = false) throws(CLIFailure) -> StudyContext {
        let decksPath = paths.decksFolder(explicit: decks)
        let logPath = paths.logFile(explicit: log)
        let days = self.days
        let now = nowMillis
        let today = days.day(atMillis: now)
        let environment = ProcessInfo.processInfo.environment
        let store = SnapshotStore.standard(environment: environment)
        let program = programIdentity()
        let loader = SnapshotLoader(store: store, program: program)
        let stateLoad = BackgroundStateLoad(loader: loader, path: logPath, days: days, today: today)
        let library: DeckLibrary
        var deckCacheSave: (DeckCache, DeckCache.PendingSave)?
        do {
            if let store {
                let cache = DeckCache(store: store, program: program)
                let (loaded, pending) = try cache.load(DeckFolder(path: decksPath), name: absolutePath(decksPath))
                library = loaded
                deckCacheSave = pending.map { (cache, $0) }
            } else {
                library = try DeckFolder(path: decksPath).load()
            }
        } catch {
            throw CLIFailure("\(error) (pass --decks PATH to use another folder)")
        }
        let state: LoadedLogState
        do {
            state = try stateLoad.result().get()
        } catch {
            throw CLIFailure("\(error)")
        }
        // Once the log is done with (its events freed), so the two never take memory at once.
        if let (cache, pending) = deckCacheSave { cache.save(pending) }
        let replay = Replay(library: library, fold: state.fold, today: today)
        if !quiet { noteStateProblems(library: library, log: state.log, logPath: logPath) }
        return StudyContext(
            decksPath: decksPath, logPath: logPath, library: library, log: state.log, days: days,
            now: now, replay: replay, limits: limits)
    }

    private func noteStateProblems(library: DeckLibrary, log: LogContents, logPath: String) {
        let errors = library.diagnostics.filter { $0.severity == .error }.count
        let warnings = library.diagnostics.count - errors
        var notes: [String] = []
        if errors + warnings > 0 { notes.append("the decks have \(counted(errors, "error")) and \(counted(warnings, "warning"))") }
        if !log.problems.isEmpty { notes.append("\(logPath) has \(counted(log.problems.count, "unreadable line"))") }
        if !notes.isEmpty { printError("recall: \(notes.joined(separator: "; ")); run 'recall check' for details") }
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
