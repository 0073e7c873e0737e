/// Merges the files of a log folder into one log, exactly and deterministically.
///
/// - Each file's own `undo` lines were applied to that file's answers alone when it was read.
/// - The answers of all files are merged by time, stably: the next answer is always the earliest
///   of the files' next answers, so each file keeps its own line order even where its times go
///   backwards, and answers at the same millisecond come in order of file name. A single file
///   comes out exactly as it went in.
/// - A line found, byte for byte, in several files counts once (a conflict copy, a file copied
///   twice): a line that one file holds `a` times and another `b` times counts `max(a, b)` times,
///   less the most times any one file took it back; the instances that come first in the merged
///   order are the ones kept.
/// - The files are taken in order of name whatever order they are given in, so the result never
///   depends on the order a folder lists them.
public enum LogMerge {
    /// The merged log of `files` (whose names are expected to differ, as in a folder).
    public static func merge(_ files: [LogFolderFile]) -> MergedLog {
        if files.count == 1 { return single(name: files[0].name, contents: files[0].contents) }
        let sorted = files.sorted(by: precedes)
        let keep = sorted.count > 1 ? keptCounts(sorted) : [:]

        var answers: [LogEvent] = []
        var answerFiles: [Int32] = []
        var answerCardNumbers: [Int32] = []
        let total = sorted.reduce(0) { $0 + $1.contents.answers.count }
        answers.reserveCapacity(total)
        answerFiles.reserveCapacity(total)
        answerCardNumbers.reserveCapacity(total)
        var cardNumbers = CardNumbering()
        var numberMaps: [[Int32]] = []
        for file in sorted { numberMaps.append(cardNumbers.map(file.contents)) }

        let answersByFile = sorted.map(\.contents.answers)
        let keysByFile = sorted.map(\.answerKeys)
        var heads = [Int](repeating: 0, count: sorted.count)
        // Which answers of each file were kept, for placing the files' actions among them.
        var kept = answersByFile.map { [Bool](repeating: false, count: $0.count) }
        var taken: [LogLineKey: Int] = [:]
        var duplicateCount = 0
        while true {
            var best = -1
            var bestTime = Int64.max
            for file in answersByFile.indices where heads[file] < answersByFile[file].count {
                let time = answersByFile[file][heads[file]].time
                if best < 0 || time < bestTime {
                    best = file
                    bestTime = time
                }
            }
            guard best >= 0 else { break }
            let index = heads[best]
            heads[best] += 1
            if !keep.isEmpty, let limit = keep[keysByFile[best][index]] {
                let key = keysByFile[best][index]
                let already = taken[key, default: 0]
                guard already < limit else {
                    duplicateCount += 1
                    continue
                }
                taken[key] = already + 1
            }
            let event = answersByFile[best][index]
            kept[best][index] = true
            answers.append(event)
            answerFiles.append(Int32(best))
            answerCardNumbers.append(cardNumbers.number(of: event, at: index, in: sorted[best].contents, map: numberMaps[best]))
        }

        var contents = LogContents(
            answers: answers,
            problems: sorted.flatMap { file in
                file.contents.problems.map { LogProblem(line: $0.line, message: $0.message, file: file.name) }
            },
            eventCount: sorted.reduce(0) { $0 + $1.contents.eventCount },
            undoneCount: sorted.reduce(0) { $0 + $1.contents.undoneCount },
            lineCount: sorted.reduce(0) { $0 + $1.contents.lineCount },
            hasHeader: !sorted.isEmpty && sorted.allSatisfy(\.contents.hasHeader),
            endsWithNewline: true)
        contents.actions = mergedActions(sorted.map(\.contents), kept: kept)
        contents.distinctCardIDs = cardNumbers.strings
        contents.answerCardNumbers = answerCardNumbers
        let summaries = sorted.map { file in
            MergedLog.FileSummary(
                name: file.name, device: LogFolder.deviceName(ofFile: file.name),
                answerLineCount: file.answerLineCount, undoneCount: file.undoneKeys.count,
                problemCount: file.contents.problems.count)
        }
        return MergedLog(contents: contents, files: summaries, answerFiles: answerFiles, duplicateCount: duplicateCount)
    }

    /// The merge of a folder holding one file: the file's contents as they are (no line keys are
    /// needed), its problems naming it.
    public static func single(name: String, contents: LogContents) -> MergedLog {
        var merged = contents
        merged.problems = contents.problems.map { LogProblem(line: $0.line, message: $0.message, file: name) }
        merged.endsWithNewline = true
        let summary = MergedLog.FileSummary(
            name: name, device: LogFolder.deviceName(ofFile: name),
            answerLineCount: contents.answers.count + contents.undoneCount, undoneCount: contents.undoneCount,
            problemCount: contents.problems.count)
        return MergedLog(
            contents: merged, files: [summary], answerFiles: [Int32](repeating: 0, count: contents.answers.count),
            duplicateCount: 0)
    }

    /// The order files are taken in: by name (as bytes), then, for equal names, by their lines.
    private static func precedes(_ left: LogFolderFile, _ right: LogFolderFile) -> Bool {
        if left.name != right.name { return left.name.utf8.lexicographicallyPrecedes(right.name.utf8) }
        if left.answerKeys != right.answerKeys { return left.answerKeys.lexicographicallyPrecedes(right.answerKeys) }
        return left.undoneKeys.lexicographicallyPrecedes(right.undoneKeys)
    }

    /// For every answer line found in more than one file, how many times it counts: the most times
    /// one file holds it, less the most times one file took it back. A line of one file only is
    /// not listed (all of its standing instances count).
    private static func keptCounts(_ files: [LogFolderFile]) -> [LogLineKey: Int] {
        // Every key with its file, sorted: a line of several files is a run of one key holding two
        // files. (Sorting is several times faster than hashing every key into a dictionary.)
        var entries: [(key: LogLineKey, file: Int32, undone: Bool)] = []
        entries.reserveCapacity(files.reduce(0) { $0 + $1.answerKeys.count + $1.undoneKeys.count })
        for (index, file) in files.enumerated() {
            for key in file.answerKeys { entries.append((key, Int32(index), false)) }
            for key in file.undoneKeys { entries.append((key, Int32(index), true)) }
        }
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.file < $1.file }
        var kept: [LogLineKey: Int] = [:]
        var runStart = 0
        while runStart < entries.count {
            let key = entries[runStart].key
            var runEnd = runStart + 1
            while runEnd < entries.count, entries[runEnd].key == key { runEnd += 1 }
            if entries[runStart].file != entries[runEnd - 1].file {
                // Within the run, each file's entries are together: count them file by file.
                var mostLines = 0, mostUndone = 0
                var index = runStart
                while index < runEnd {
                    let file = entries[index].file
                    var lines = 0, undone = 0
                    while index < runEnd, entries[index].file == file {
                        lines += 1
                        if entries[index].undone { undone += 1 }
                        index += 1
                    }
                    mostLines = max(mostLines, lines)
                    mostUndone = max(mostUndone, undone)
                }
                kept[key] = max(0, mostLines - mostUndone)
            }
            runStart = runEnd
        }
        return kept
    }
}

/// Numbers the distinct card IDs of the merged log, reusing each file's own numbering.
private struct CardNumbering {
    private(set) var strings: [String] = []
    private var numbers: [String: Int32] = [:]

    /// For the file `contents`, the merged number of each of its own card numbers.
    mutating func map(_ contents: LogContents) -> [Int32] {
        guard contents.hasCardNumbers else { return [] }
        var map: [Int32] = []
        map.reserveCapacity(contents.distinctCardIDs.count)
        for id in contents.distinctCardIDs { map.append(intern(id)) }
        return map
    }

    /// The merged number of `event`'s card, the answer at `index` of `contents`.
    mutating func number(of event: LogEvent, at index: Int, in contents: LogContents, map: [Int32]) -> Int32 {
        if !map.isEmpty { return map[Int(contents.answerCardNumbers[index])] }
        return intern(event.cardID)
    }

    private mutating func intern(_ id: String) -> Int32 {
        if let number = numbers[id] { return number }
        let number = Int32(strings.count)
        strings.append(id)
        numbers[id] = number
        return number
    }
}
