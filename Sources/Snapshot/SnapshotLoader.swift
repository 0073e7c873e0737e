import ReviewLog
import Study

/// A log read for its replayed state: the fold of every answer, with the facts about the file
/// a command reports. `log.answers` holds at most the answers read after a snapshot (none when
/// the log was read whole: the events are not kept once folded), so this is for commands that
/// need the state, not every event.
public struct LoadedLogState: Sendable {
    /// The log's facts: problems, counts, header, last newline; answers as said above.
    public var log: LogContents
    /// Every standing answer folded, with answers from `fold.recentFrom` on kept whole.
    public var fold: LogFold
    /// How the state was found.
    public var source: Source

    /// How the state was found.
    public enum Source: Hashable, Sendable {
        /// There is no log file.
        case noLog
        /// A snapshot covered the first `coveredBytes`; only the bytes after them were read.
        case snapshot(coveredBytes: Int)
        /// The whole log was read (no snapshot, or one that did not match).
        case wholeLog
    }
}

/// Reads a log's state through a snapshot: the snapshot's fold plus the lines appended since,
/// when the snapshot matches the log in every way that could change the result; else the whole
/// log, and a new snapshot is saved. The result is the same either way.
public struct SnapshotLoader: Sendable {
    /// Where snapshots are kept; nil reads the whole log every time and saves nothing.
    public let store: SnapshotStore?
    /// Identifies the running program, so that a snapshot of another build is not trusted.
    public let program: UInt64
    /// When the bytes read after a snapshot reach this many, a new snapshot is saved.
    public let resaveAfterBytes: Int

    /// Whether the folds it makes track the stats (`LogFold(tracksStats:)`), what `recall stats`
    /// and the home screen need: a snapshot without them is then read whole and saved again with
    /// them. Without, a snapshot's stats are left unread and a whole read folds none (faster).
    public let foldsStats: Bool

    /// A loader with these parts.
    public init(store: SnapshotStore?, program: UInt64, resaveAfterBytes: Int = 1 << 20, foldsStats: Bool = true) {
        self.store = store
        self.program = program
        self.resaveAfterBytes = resaveAfterBytes
        self.foldsStats = foldsStats
    }

    /// The state of the log at `path`, with days counted by `days`, for a replay as of `today`
    /// or later; its snapshot is filed under `snapshotName` (the absolute path, so that the same
    /// log reached from another folder finds it).
    public func load(
        path: String, snapshotName: String, days: LocalDays, today: Int
    ) throws(LogFileError) -> LoadedLogState {
        guard let opened = try OpenedLog(path: path) else {
            return LoadedLogState(
                log: LogContents(), fold: LogFold(days: days, recentFrom: today, tracksStats: foldsStats), source: .noLog)
        }
        let key = SnapshotKey(
            program: program, days: days.fingerprint, logPath: snapshotName, device: opened.stamp.device,
            inode: opened.stamp.inode)
        if var snapshot = try matchingSnapshot(key: key, opened: opened, days: days, today: today) {
            let resumed = try opened.read(from: snapshot.coveredBytes, resuming: snapshot.resume)
            // Actions (suspend, bury, forget…) among the answers read after it fold in at their
            // places, which the snapshot keeps for those among its standing answers.
            if !resumed.reachedPastResume {
                // Taken out, not copied: folding into a fold the snapshot still shared would copy
                // every card's state first.
                let fold = snapshot.fold
                snapshot.fold = LogFold(days: days, recentFrom: today)
                return try continued(snapshot, fold: fold, with: resumed.contents, opened: opened, today: today)
            }
        }
        return try readWhole(opened, key: key, days: days, today: today)
    }

    /// Whether a snapshot was saved for the log filed under `snapshotName`: when one was, the
    /// state will most likely come from it, quickly.
    public func hasSnapshot(snapshotName: String) -> Bool {
        store?.hasFile(for: snapshotName) ?? false
    }

    /// The saved snapshot for the log, if it was made for this program, log file, day counting
    /// and a day no later than `today`, and the log's first bytes are still the ones it covered.
    private func matchingSnapshot(
        key: SnapshotKey, opened: OpenedLog, days: LocalDays, today: Int
    ) throws(LogFileError) -> ReplaySnapshot? {
        guard let store,
              let found = store.withMappedFile(
                for: key.logPath, { ReplaySnapshot.decoded(from: $0, days: days, withStats: foldsStats) }),
              let snapshot = found, snapshot.fold.stats.isTracking || !foldsStats,
              snapshot.key == key, snapshot.coveredBytes <= opened.stamp.size,
              snapshot.fold.recentFrom <= today,
              try opened.fingerprint(ofFirst: snapshot.coveredBytes) == snapshot.coveredFingerprint
        else { return nil }
        return snapshot
    }

    /// The snapshot's state (its fold taken out of it) with the lines after it (`tail`, read as its
    /// continuation) folded in.
    private func continued(
        _ snapshot: ReplaySnapshot, fold taken: consuming LogFold, with tail: LogContents, opened: OpenedLog, today: Int
    ) throws(LogFileError) -> LoadedLogState {
        var log = tail
        log.problems = snapshot.problems + tail.problems
        log.eventCount = snapshot.eventCount + tail.eventCount
        log.undoneCount = snapshot.undoneCount + tail.undoneCount
        var fold = taken
        // A snapshot whose stats were left unread is not saved again from this fold (it would
        // lose them): the next start that folds stats saves it.
        if opened.stamp.size - snapshot.coveredBytes >= resaveAfterBytes, !snapshot.statsLeftUnread {
            let parts = StandingSplit(
                answerCount: tail.answers.count, actions: tail.actions, keeping: ReplaySnapshot.standingAnswerCount)
            fold.apply(tail, answersIn: 0..<parts.split, actions: tail.actions[..<parts.foldedActionCount])
            try save(
                fold: fold, log: log, standing: Array(tail.answers[parts.split...]),
                standingActions: parts.standingActions(tail.actions), key: snapshot.key, opened: opened, today: today)
            fold.apply(
                tail, answersIn: parts.split..<tail.answers.count, actions: tail.actions[parts.foldedActionCount...])
        } else {
            fold.apply(tail)
        }
        return LoadedLogState(log: log, fold: fold, source: .snapshot(coveredBytes: snapshot.coveredBytes))
    }

    private func readWhole(
        _ opened: OpenedLog, key: SnapshotKey, days: LocalDays, today: Int
    ) throws(LogFileError) -> LoadedLogState {
        let log = try opened.readAll()
        var fold = LogFold(days: days, recentFrom: today, tracksStats: foldsStats)
        if store != nil {
            let parts = StandingSplit(
                answerCount: log.answers.count, actions: log.actions, keeping: ReplaySnapshot.standingAnswerCount)
            fold.apply(log, answersIn: 0..<parts.split, actions: log.actions[..<parts.foldedActionCount])
            try save(
                fold: fold, log: log, standing: Array(log.answers[parts.split...]),
                standingActions: parts.standingActions(log.actions), key: key, opened: opened, today: today)
            fold.apply(log, answersIn: parts.split..<log.answers.count, actions: log.actions[parts.foldedActionCount...])
        } else {
            fold.apply(log)
        }
        // Only the state is wanted: a million events need not outlive their fold.
        var facts = log
        facts.answers = []
        facts.answerCardNumbers = []
        facts.distinctCardIDs = []
        return LoadedLogState(log: facts, fold: fold, source: .wholeLog)
    }

    /// Saves a snapshot of `fold` (every standing answer but `standing`, every action but
    /// `standingActions`) covering the log's complete lines, whose facts `log` gives.
    private func save(
        fold: LogFold, log: LogContents, standing: [LogEvent], standingActions: [LogAction], key: SnapshotKey,
        opened: OpenedLog, today: Int
    ) throws(LogFileError) {
        guard let store else { return }
        let covered = try opened.endOfLastCompleteLine()
        guard covered > 0 else { return }
        // Only complete lines are covered: a last line without a newline is read again next time.
        let coveredLines = log.endsWithNewline ? log.lineCount : log.lineCount - 1
        let snapshot = ReplaySnapshot(
            key: key, coveredBytes: covered, coveredFingerprint: try opened.fingerprint(ofFirst: covered),
            resume: LogResume(
                lineCount: coveredLines, hasHeader: log.hasHeader, standingAnswers: standing,
                standingActions: standingActions),
            problems: log.problems.filter { $0.line <= coveredLines }, eventCount: log.eventCount,
            undoneCount: log.undoneCount, fold: fold.keepingWhole(from: today))
        if let bytes = snapshot.encoded() { store.save(bytes, for: key.logPath) }
    }
}
