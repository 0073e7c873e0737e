#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file of a log folder, read on its own: its contents (each `undo` already applied to the
/// answers of this file only) and a key for each of its answer lines, with which the merge counts
/// a line found in several files once (`LogMerge`). Reading one file never depends on the others,
/// so a cache may keep one of these per file, keyed on the file's bytes.
public struct LogFolderFile: Hashable, Sendable {
    /// The file's name in the folder, such as `laptop.log`.
    public let name: String
    /// The file read by `LogReader`: its answers in file order, minus those its undos took back.
    public let contents: LogContents
    /// The key of each of `contents.answers`' lines, in the same order.
    public let answerKeys: [LogLineKey]
    /// The keys of the answer lines an `undo` of this file took back, in file order.
    public let undoneKeys: [LogLineKey]

    /// Reads the log bytes `bytes` of the file `name`.
    public init(name: String, bytes: [UInt8]) {
        let contents = LogReader.read(bytes)
        let (answerKeys, undoneKeys) = bytes.withUnsafeBufferPointer { Self.lineKeys($0, contents: contents) }
        self.init(name: name, contents: contents, answerKeys: answerKeys, undoneKeys: undoneKeys)
    }

    /// A file as given (`answerKeys` must match `contents.answers` one for one).
    public init(name: String, contents: LogContents, answerKeys: [LogLineKey], undoneKeys: [LogLineKey]) {
        precondition(answerKeys.count == contents.answers.count, "one key per answer")
        self.name = name
        self.contents = contents
        self.answerKeys = answerKeys
        self.undoneKeys = undoneKeys
    }

    /// Reads the file `name` in `folder`; a file that has gone is an empty one.
    public static func read(folder: String, name: String) throws(LogFileError) -> LogFolderFile {
        LogFolderFile(name: name, bytes: try LogFile.readBytes(at: LogFolder.joined(folder, name)))
    }

    /// How many answer lines the file holds, taken back or not.
    public var answerLineCount: Int { answerKeys.count + undoneKeys.count }

    /// Walks the lines again beside what the reader made of them: a line the reader kept as an
    /// answer gets its key; a line that is neither kept, reported, blank nor a comment was read
    /// as an event and is either an accepted `undo` or an answer one took back.
    /// `firstLine` is the number of lines before the buffer's (for a file's later lines).
    static func lineKeys(
        _ buffer: UnsafeBufferPointer<UInt8>, contents: LogContents, firstLine: Int = 0
    ) -> (answers: [LogLineKey], undone: [LogLineKey]) {
        var answerKeys: [LogLineKey] = []
        var undoneKeys: [LogLineKey] = []
        guard let base = buffer.baseAddress else { return ([], []) }
        answerKeys.reserveCapacity(contents.answers.count)
        let answers = contents.answers, problems = contents.problems
        var answerIndex = 0, problemIndex = 0
        var lineNumber = firstLine
        var start = 0
        let count = buffer.count
        while start < count {
            lineNumber += 1
            let end: Int
            if let found = memchr(base + start, 0x0A, count - start) {
                end = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            } else {
                end = count
            }
            var contentEnd = end
            if contentEnd > start, base[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let lineStart = start
            start = end + 1
            if answerIndex < answers.count, answers[answerIndex].line == lineNumber {
                answerKeys.append(LogLineKey(base + lineStart, count: contentEnd - lineStart))
                answerIndex += 1
                continue
            }
            if problemIndex < problems.count, problems[problemIndex].line == lineNumber {
                while problemIndex < problems.count, problems[problemIndex].line == lineNumber { problemIndex += 1 }
                continue
            }
            if isAnswerLine(base + lineStart, count: contentEnd - lineStart) {
                undoneKeys.append(LogLineKey(base + lineStart, count: contentEnd - lineStart))
            }
        }
        return (answerKeys, undoneKeys)
    }

    /// Whether the line's second tab-separated field is `review`, `drill` or `cram`.
    private static func isAnswerLine(_ line: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index < count, line[index] != 0x09 { index += 1 }
        let kindStart = index + 1
        index = kindStart
        while index < count, line[index] != 0x09 { index += 1 }
        guard kindStart <= count else { return false }
        let kind = String(decoding: UnsafeBufferPointer(start: line + kindStart, count: index - kindStart), as: UTF8.self)
        return kind == EventKind.review.rawValue || kind == EventKind.drill.rawValue || kind == EventKind.cram.rawValue
    }
}
