extension OpenedLog {
    /// The file, as it was when opened, read whole as the file `name` of a log folder.
    public func readFolderFile(name: String) throws(LogFileError) -> LogFolderFile {
        LogFolderFile(name: name, bytes: try bytes(in: 0..<stamp.size))
    }

    /// The lines from byte `offset` on (which must start a line) read as the continuation of the
    /// file's first lines, which `resume` sums up (its standing answers are ignored: none is
    /// given to the new lines' undos), as the file `name` of a log folder.
    public func readFolderFile(name: String, from offset: Int, resuming resume: LogResume) throws(LogFileError) -> FolderFileContinuation {
        let tail = try bytes(in: offset..<max(offset, stamp.size))
        let start = LogResume(lineCount: resume.lineCount, hasHeader: resume.hasHeader, standingAnswers: [])
        return tail.withUnsafeBufferPointer { buffer in
            let read = LogReader.read(buffer: buffer, resuming: start)
            let (answerKeys, undoneKeys) = LogFolderFile.lineKeys(buffer, contents: read.contents, firstLine: resume.lineCount)
            return FolderFileContinuation(
                file: LogFolderFile(name: name, contents: read.contents, answerKeys: answerKeys, undoneKeys: undoneKeys),
                reachedPastResume: read.reachedPastResume, earliestTime: Self.earliestTime(buffer))
        }
    }

    /// The earliest time among the lines whose first field reads as one, nil when none does.
    private static func earliestTime(_ buffer: UnsafeBufferPointer<UInt8>) -> Int64? {
        var earliest: Int64?
        var start = 0
        while start < buffer.count {
            var end = start
            var tab = -1
            while end < buffer.count, buffer[end] != UInt8(ascii: "\n") {
                if tab < 0, buffer[end] == UInt8(ascii: "\t") { tab = end }
                end += 1
            }
            if tab > start, let base = buffer.baseAddress,
               let time = try? RFC3339.parse(bytes: UnsafeBufferPointer(start: base + start, count: tab - start)) {
                earliest = min(earliest ?? time, time)
            }
            start = end + 1
        }
        return earliest
    }
}

/// A log folder's file's lines after its first ones, read on their own (`OpenedLog.readFolderFile(name:from:resuming:)`).
public struct FolderFileContinuation: Sendable {
    /// The new lines: their answers (with line numbers going on from the first lines), keys,
    /// actions, problems and counts.
    public let file: LogFolderFile
    /// Whether an undo among them would take back an answer of the first lines.
    public let reachedPastResume: Bool
    /// The earliest time any of the new lines gives (answers, undos, actions, and bad lines
    /// whose time reads), nil when none gives one.
    public let earliestTime: Int64?
}
