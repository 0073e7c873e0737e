import ReviewLog
import Study

extension SnapshotLoader {
    /// The state of the log folder at `path` (its files merged as `LogMerge` merges them), with
    /// days counted by `days`, for a replay as of `today` or later; its snapshot is filed under
    /// `snapshotName` (the folder's absolute path).
    ///
    /// The lines appended to the files since the snapshot are merged among themselves and
    /// folded after it only when that is what merging the whole files gives: the same files
    /// (names, devices, inodes, covered bytes unchanged), no undo reaching back into a file's
    /// covered lines, and, with several files, every new line later than every covered answer
    /// and action and none repeating a covered line (so the merge by time puts every new line
    /// after the covered ones, and counts no new line as a copy of a covered one). Otherwise
    /// the whole folder is read and a new snapshot saved. The result is the same either way.
    public func loadFolder(
        path: String, snapshotName: String, days: LocalDays, today: Int
    ) throws(LogFileError) -> LoadedLogState {
        let names = try LogFolder.logFileNames(in: path)
        var opened: [OpenedLog?] = []
        for name in names { opened.append(try OpenedLog(path: LogFolder.joined(path, name))) }
        let files = opened.compactMap { $0 }
        if files.count == names.count, !names.isEmpty,
           let snapshot = matchingFolderSnapshot(name: snapshotName, names: names, files: files, days: days, today: today),
           let state = try continued(snapshot, files: files, today: today) {
            return state
        }
        return try readFolderWhole(names: names, opened: opened, name: snapshotName, days: days, today: today)
    }

    /// The saved snapshot of the folder, if it was made for this program, day counting, set of
    /// files (each the same file, its covered bytes unchanged) and a day no later than `today`.
    private func matchingFolderSnapshot(
        name: String, names: [String], files: [OpenedLog], days: LocalDays, today: Int
    ) -> FolderSnapshot? {
        guard let store, let found = store.withMappedFile(for: name, { FolderSnapshot.decoded(from: $0, days: days) }),
              let snapshot = found, snapshot.program == program, snapshot.folderPath == name,
              snapshot.fold.recentFrom <= today, snapshot.files.map(\.name) == names
        else { return nil }
        for (entry, file) in zip(snapshot.files, files) {
            guard entry.device == file.stamp.device, entry.inode == file.stamp.inode,
                  entry.coveredBytes <= file.stamp.size,
                  (try? file.fingerprint(ofFirst: entry.coveredBytes)) == entry.coveredFingerprint
            else { return nil }
        }
        return snapshot
    }

    /// The snapshot's state with each file's new lines merged and folded after it; nil when the
    /// new lines could change what the snapshot holds (then the whole folder must be read).
    private func continued(
        _ snapshot: FolderSnapshot, files: [OpenedLog], today: Int
    ) throws(LogFileError) -> LoadedLogState? {
        let undone = Set(snapshot.undoneKeys)
        var tails: [FolderFileContinuation] = []
        for (entry, file) in zip(snapshot.files, files) {
            let tail = try file.readFolderFile(
                name: entry.name, from: entry.coveredBytes,
                resuming: LogResume(lineCount: entry.lineCount, hasHeader: entry.hasHeader, standingAnswers: []))
            if tail.reachedPastResume { return nil }
            if files.count > 1 {
                if let earliest = tail.earliestTime, earliest <= snapshot.latestTime { return nil }
                if !undone.isEmpty,
                   tail.file.answerKeys.contains(where: undone.contains) || tail.file.undoneKeys.contains(where: undone.contains) {
                    return nil
                }
            }
            tails.append(tail)
        }
        let merged = LogMerge.merge(tails.map(\.file))
        var newLines = merged.contents
        // Numbered for the new lines alone: the fold looks each card up instead.
        newLines.answerCardNumbers = []
        newLines.distinctCardIDs = []
        var fold = snapshot.fold
        fold.apply(newLines)

        var log = LogContents()
        log.problems = zip(snapshot.files, tails).flatMap { entry, tail in
            (entry.problems + tail.file.contents.problems).map { LogProblem(line: $0.line, message: $0.message, file: entry.name) }
        }
        log.eventCount = snapshot.files.reduce(0) { $0 + $1.eventCount } + tails.reduce(0) { $0 + $1.file.contents.eventCount }
        log.undoneCount = snapshot.files.reduce(0) { $0 + $1.undoneCount } + tails.reduce(0) { $0 + $1.file.contents.undoneCount }
        log.lineCount = tails.reduce(0) { $0 + $1.file.contents.lineCount }
        log.hasHeader = tails.allSatisfy(\.file.contents.hasHeader)
        log.endsWithNewline = true
        log.answers = merged.contents.answers
        log.actions = merged.contents.actions

        let newBytes = zip(snapshot.files, files).reduce(0) { $0 + $1.1.stamp.size - $1.0.coveredBytes }
        if store != nil, newBytes >= resaveAfterBytes {
            try saveFolder(after: snapshot, tails: tails, files: files, fold: fold, today: today)
        }
        let covered = snapshot.files.reduce(0) { $0 + $1.coveredBytes }
        return LoadedLogState(log: log, fold: fold, source: .snapshot(coveredBytes: covered))
    }

    /// Saves the snapshot that also covers each file's new complete lines.
    private func saveFolder(
        after snapshot: FolderSnapshot, tails: [FolderFileContinuation], files: [OpenedLog], fold: LogFold, today: Int
    ) throws(LogFileError) {
        var next = snapshot
        next.fold = fold.keepingWhole(from: today)
        for index in next.files.indices {
            let tail = tails[index].file.contents
            next.latestTime = max(next.latestTime, Self.latestTime(of: tail))
            next.undoneKeys += tails[index].file.undoneKeys
            guard files[index].stamp.size > next.files[index].coveredBytes else { continue }
            next.files[index] = try Self.entry(
                name: next.files[index].name, file: files[index], contents: tail,
                earlier: next.files[index])
        }
        if let bytes = next.encoded(), let store { store.save(bytes, for: snapshot.folderPath) }
    }

    /// Reads every file of the folder whole, merges and folds them, and saves a snapshot when
    /// every file could be opened.
    private func readFolderWhole(
        names: [String], opened: [OpenedLog?], name: String, days: LocalDays, today: Int
    ) throws(LogFileError) -> LoadedLogState {
        var fold = LogFold(days: days, recentFrom: today, tracksStats: true)
        var merged: LogContents
        // Each file's facts without its events, which need not outlive the merge.
        var perFile: [LogContents] = []
        var undoneKeys: [LogLineKey] = []
        var latest = Int64.min
        if names.count == 1 {
            // One file: read as a log file is, without the merge's line keys.
            let contents = try opened[0]?.readAll() ?? LogContents()
            merged = LogMerge.single(name: names[0], contents: contents).contents
            latest = Self.latestTime(of: contents)
            perFile = [Self.facts(of: contents)]
        } else {
            var files: [LogFolderFile] = []
            for (fileName, file) in zip(names, opened) {
                files.append(try file?.readFolderFile(name: fileName) ?? LogFolderFile(name: fileName, bytes: []))
            }
            merged = LogMerge.merge(files).contents
            latest = files.map { Self.latestTime(of: $0.contents) }.max() ?? .min
            perFile = files.map { Self.facts(of: $0.contents) }
            undoneKeys = files.flatMap(\.undoneKeys)
        }
        fold.apply(merged)
        merged.answers = []
        merged.answerCardNumbers = []
        merged.distinctCardIDs = []
        let files = opened.compactMap { $0 }
        if store != nil, !names.isEmpty, files.count == names.count {
            var entries: [FolderSnapshot.File] = []
            for (index, file) in files.enumerated() {
                entries.append(try Self.entry(name: names[index], file: file, contents: perFile[index], earlier: nil))
            }
            let snapshot = FolderSnapshot(
                program: program, days: days.fingerprint, folderPath: name,
                latestTime: latest, undoneKeys: undoneKeys, files: entries,
                fold: fold.keepingWhole(from: today))
            if let bytes = snapshot.encoded(), let store { store.save(bytes, for: name) }
        }
        return LoadedLogState(log: merged, fold: fold, source: .wholeLog)
    }

    /// `contents` without its answers and actions: the counts, problems and lines.
    private static func facts(of contents: LogContents) -> LogContents {
        var facts = contents
        facts.answers = []
        facts.actions = []
        facts.answerCardNumbers = []
        facts.distinctCardIDs = []
        return facts
    }

    /// A file's entry covering its complete lines: `contents` is what was read of it, whole or
    /// (with `earlier`, the entry for its first lines) from the end of those lines on.
    private static func entry(
        name: String, file: OpenedLog, contents: LogContents, earlier: FolderSnapshot.File?
    ) throws(LogFileError) -> FolderSnapshot.File {
        let covered = try file.endOfLastCompleteLine()
        let lines = contents.endsWithNewline ? contents.lineCount : max(0, contents.lineCount - 1)
        return FolderSnapshot.File(
            name: name, device: file.stamp.device, inode: file.stamp.inode, coveredBytes: covered,
            coveredFingerprint: try file.fingerprint(ofFirst: covered), lineCount: lines,
            hasHeader: lines > 0 && contents.hasHeader, eventCount: (earlier?.eventCount ?? 0) + contents.eventCount,
            undoneCount: (earlier?.undoneCount ?? 0) + contents.undoneCount,
            problems: (earlier?.problems ?? []) + contents.problems.filter { $0.line <= lines })
    }

    /// The latest time of `contents`' answers and actions, `Int64.min` when it has none.
    private static func latestTime(of contents: LogContents) -> Int64 {
        var latest = Int64.min
        for answer in contents.answers where answer.time > latest { latest = answer.time }
        for action in contents.actions where action.event.time > latest { latest = action.event.time }
        return latest
    }
}
