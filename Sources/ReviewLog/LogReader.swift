import SM2

/// Reads review-log bytes into `LogContents`. Pure: bytes in, values out; never touches the disk.
///
/// Every line is one of: blank (only spaces and tabs; skipped silently), a comment (starts with
/// `#`; the first line may be the header `# recall review log v1`, which is optional), or an
/// event `time<TAB>kind<TAB>card<TAB>grade<TAB>ms`. A line ending in CR LF reads like one ending
/// in LF. A line that is not a valid event, a torn last line, and an `undo` with nothing to undo
/// or naming another card than the latest answer still standing, is reported as a `LogProblem`
/// and skipped; nothing else is affected by it.
public enum LogReader {
    /// The contents of the log whose bytes are `bytes`.
    public static func read(_ bytes: [UInt8]) -> LogContents {
        bytes.withUnsafeBufferPointer { read(buffer: $0) }
    }

    /// The contents of the log whose bytes are in `buffer`.
    public static func read(buffer: UnsafeBufferPointer<UInt8>) -> LogContents {
        read(buffer: buffer, finishedUpTo: nil)
    }

    /// The contents of the log in `buffer`, telling `finishedUpTo` now and then (every few
    /// megabytes) how many bytes from the start the reader will not look at again, so that a
    /// caller reading a mapped file can give those pages back.
    static func read(buffer: UnsafeBufferPointer<UInt8>, finishedUpTo: ((Int) -> Void)?) -> LogContents {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return LogContents() }
        var reader = BlockReader(base: base, count: buffer.count)
        reader.finishedUpTo = finishedUpTo
        return reader.read()
    }

    /// The contents of the lines in `buffer`, read as the continuation of a log whose earlier
    /// lines were read before and are summed up by `resume`: line numbers go on from there, and
    /// an `undo` takes back `resume.standingAnswers` once the buffer's own answers are used up.
    /// The answers returned are the resumed ones still standing, then the buffer's; the actions,
    /// `resume.standingActions` then the buffer's, placed among those answers. An undo that
    /// would reach further back than `resume.standingAnswers` is reported in
    /// `ResumedLogContents.reachedPastResume` (and, as the whole log would not, as a problem), so
    /// that the caller can read the whole log instead.
    public static func read(buffer: UnsafeBufferPointer<UInt8>, resuming resume: LogResume) -> ResumedLogContents {
        guard let base = buffer.baseAddress, !buffer.isEmpty else {
            var contents = LogContents(
                answers: resume.standingAnswers, lineCount: resume.lineCount, hasHeader: resume.hasHeader)
            contents.actions = resume.standingActions
            return ResumedLogContents(contents: contents, reachedPastResume: false)
        }
        var reader = BlockReader(base: base, count: buffer.count)
        reader.lineNumber = resume.lineCount
        reader.answers = resume.standingAnswers
        reader.answerCardNumbers = [Int32](repeating: -1, count: resume.standingAnswers.count)
        reader.actions = resume.standingActions
        reader.resuming = true
        reader.contents.hasHeader = resume.hasHeader
        var contents = reader.read()
        // The numbers cover only the buffer's IDs: leave them out rather than half filled.
        contents.answerCardNumbers = []
        contents.distinctCardIDs = []
        return ResumedLogContents(contents: contents, reachedPastResume: reader.reachedPastResume)
    }
}

/// Where an earlier read of a log's first lines left off, for reading only what follows.
public struct LogResume: Hashable, Sendable {
    /// The number of lines already read (they all ended in a newline).
    public var lineCount: Int
    /// Whether the first line was the header.
    public var hasHeader: Bool
    /// The latest answers still standing when the earlier read ended, oldest first: those an
    /// `undo` in the new lines may take back.
    public var standingAnswers: [LogEvent]
    /// The actions written after the first of `standingAnswers`, each placed among them
    /// (`answersBefore` counts standing answers only), so that an `undo` of an answer before an
    /// action moves the action as a read of the whole log would.
    public var standingActions: [LogAction]

    /// A resume point with these facts.
    public init(lineCount: Int, hasHeader: Bool, standingAnswers: [LogEvent], standingActions: [LogAction] = []) {
        self.lineCount = lineCount
        self.hasHeader = hasHeader
        self.standingAnswers = standingAnswers
        self.standingActions = standingActions
    }
}

/// What reading a log's new lines gave, and whether an undo among them reached back past
/// the answers the resume point held (then only a read of the whole log is right).
public struct ResumedLogContents: Hashable, Sendable {
    /// The contents: the resumed answers still standing, then the new ones; the counts and
    /// problems of the new lines only.
    public var contents: LogContents
    /// Whether an undo found no answer left to take back among those it was given.
    public var reachedPastResume: Bool
}

private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let tab = UInt8(ascii: "\t")
private let space = UInt8(ascii: " ")
private let hash = UInt8(ascii: "#")
private let dash = UInt8(ascii: "-")

private let newlineBytes: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
private let tabBytes: UInt64 = 0x0909_0909_0909_0909
private let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

/// The bytes of `word` equal to the byte repeated in `pattern`, as the high bit of each such byte.
@inline(__always)
private func matchingBytes(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
    let difference = word ^ pattern
    // A byte's high bit ends up set exactly when the byte is not zero, without carries between bytes.
    let nonzero = ((difference & lowSevenBits) &+ lowSevenBits) | difference
    return ~nonzero & ~lowSevenBits
}

/// The fields of an event line, with the card ID still as bytes. Plain data, cheap to copy.
private struct EventFields {
    var time: Int64 = 0
    var kind: EventKind = .review
    /// The grade, or -1 for none.
    var grade: Int8 = -1
    /// The answer time, or -1 for none.
    var answerMillis: Int = -1
    var cardStart: Int = 0
    var cardCount: Int = 0
}

/// A line read in the first pass over a block: an event waiting for its card ID, or a problem
/// (whose message is kept aside, so that this stays plain data).
private struct PendingLine {
    var line: Int
    var start: Int
    var end: Int
    var hasNewline: Bool
    /// Index into the block's problem messages, or -1 when the fields were read.
    var problem: Int = -1
    var fields = EventFields()
    var cardHash: UInt64 = 0
}

/// Why a line is not an event, in words for the user.
private struct LineProblem: Error {
    let message: String
}

/// Reads the log a block of lines at a time. Looking card IDs up in the intern table is the
/// costly step for a big log (its slots and strings are scattered over megabytes), so each
/// block is read in steps: parse every line of the block; read the table slots all of them
/// will need, then the ID bytes and strings those slots point to, so that the memory reads
/// overlap instead of waiting one after another; finally make the events, finding it all in
/// the cache.
private struct BlockReader {
    static let blockSize = 64

    let base: UnsafePointer<UInt8>
    let count: Int
    var interner = CardIDInterner()
    var pending: [PendingLine] = []
    var pendingProblems: [String] = []
    var contents = LogContents()
    var answers: [LogEvent] = []
    var answerCardNumbers: [Int32] = []
    var actions: [LogAction] = []
    var problems: [LogProblem] = []
    var eventCount = 0
    var undoneCount = 0
    var lineNumber = 0
    var lineStart = 0
    var touched: UInt64 = 0
    var dayCache = RFC3339.DayCache()
    var finishedUpTo: ((Int) -> Void)?
    var reportedFinished = 0
    /// Whether the lines continue an earlier read (see `LogReader.read(buffer:resuming:)`).
    var resuming = false
    /// Whether an undo, while resuming, found nothing left to take back.
    var reachedPastResume = false

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    mutating func read() -> LogContents {
        // The shortest event line has 31 bytes, so this many events always fit; capacity that
        // is never written to costs address space but no memory.
        answers.reserveCapacity(count / 31 + 1)
        answerCardNumbers.reserveCapacity(count / 31 + 1)
        pending.reserveCapacity(Self.blockSize)
        // A line is about 55 bytes, and a card is answered about ten times over a log's life: a
        // guess at the distinct IDs (at most a million, for the table's sake), which only
        // spares the table's first doublings when it is right.
        interner.reserve(distinctIDs: min(count / 600, 1 << 20))
        while lineStart < count {
            pending.removeAll(keepingCapacity: true)
            pendingProblems.removeAll(keepingCapacity: true)
            while pending.count < Self.blockSize, lineStart < count { readLine() }
            for line in pending { touched &+= interner.touch(line.cardHash) }
            for line in pending { touched &+= interner.touchBytes(line.cardHash) }
            for line in pending { resolve(line) }
            // Every line before `lineStart` is done with (the last byte is looked at once more at the end).
            if let finishedUpTo, lineStart - reportedFinished >= 1 << 22 {
                finishedUpTo(lineStart)
                reportedFinished = lineStart
            }
        }
        return finish(endsWithNewline: base[count - 1] == newline)
    }

    /// The contents read so far.
    mutating func finish(endsWithNewline: Bool) -> LogContents {
        contents.answers = answers
        contents.answerCardNumbers = answerCardNumbers
        contents.actions = actions
        contents.distinctCardIDs = interner.strings
        contents.problems = problems
        contents.eventCount = eventCount
        contents.undoneCount = undoneCount
        contents.lineCount = lineNumber
        contents.endsWithNewline = endsWithNewline
        return contents
    }

    /// Reads the line at `lineStart` into `pending` (unless blank or a comment) and moves past it.
    private mutating func readLine() {
        lineNumber += 1
        var index = lineStart
        var tabCount = 0
        var tabs = TabPositions()
        var foundNewline = false
        // Eight bytes at a time, looking only at the tabs and the newline.
        words: while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            var matches = matchingBytes(word, newlineBytes) | matchingBytes(word, tabBytes)
            while matches != 0 {
                let position = index + matches.trailingZeroBitCount >> 3
                if base[position] == newline {
                    index = position
                    foundNewline = true
                    break words
                }
                tabs.record(position, number: tabCount)
                tabCount += 1
                matches &= matches &- 1
            }
            index += 8
        }
        if !foundNewline {
            while index < count {
                let byte = base[index]
                if byte == newline { break }
                if byte == tab {
                    tabs.record(index, number: tabCount)
                    tabCount += 1
                }
                index += 1
            }
        }
        let start = lineStart
        let hasNewline = index < count
        var end = index
        if end > start, base[end - 1] == carriageReturn { end -= 1 }
        lineStart = index + 1

        if end > start, base[start] == hash {
            if lineNumber == 1 { contents.hasHeader = isHeader(from: start, to: end) }
            return
        }
        if isBlank(from: start, to: end) { return }

        var line = PendingLine(line: lineNumber, start: start, end: end, hasNewline: hasNewline, cardHash: 0)
        do {
            line.fields = try parseFields(from: start, to: end, tabs: tabs, tabCount: tabCount)
            line.cardHash = CardIDInterner.hash(base + line.fields.cardStart, count: line.fields.cardCount)
        } catch {
            line.problem = pendingProblems.count
            pendingProblems.append(error.message)
        }
        pending.append(line)
    }

    /// Turns a pending line into an event (applying an undo) or a problem.
    private mutating func resolve(_ line: PendingLine) {
        guard line.problem < 0 else {
            report(line, pendingProblems[line.problem])
            return
        }
        // Every answer is written as one whole line, newline last: a line without one was cut
        // short, even when what is left happens to read (a cut inside the answer time).
        guard line.hasNewline else {
            report(line, "an answer counts only once its line is complete")
            return
        }
        let fields = line.fields
        guard let (cardID, cardNumber) = interner.intern(base + fields.cardStart, count: fields.cardCount, hash: line.cardHash) else {
            report(line, "card ID \(excerpt(fields.cardStart, fields.cardStart + fields.cardCount)) is not valid UTF-8")
            return
        }
        if fields.kind.isAction {
            actions.append(LogAction(
                event: LogEvent(time: fields.time, kind: fields.kind, cardID: cardID, grade: nil, answerMillis: nil, line: line.line),
                answersBefore: answers.count))
            eventCount += 1
            return
        }
        guard fields.kind == .undo else {
            answers.append(LogEvent(
                time: fields.time, kind: fields.kind, cardID: cardID, grade: Grade(Int(fields.grade)),
                answerMillis: fields.answerMillis, line: line.line))
            answerCardNumbers.append(cardNumber)
            eventCount += 1
            return
        }
        guard let latest = answers.last else {
            if resuming { reachedPastResume = true }
            problems.append(LogProblem(line: line.line, message: "undo of \(cardID) with nothing to undo"))
            return
        }
        guard latest.cardID == cardID else {
            problems.append(LogProblem(
                line: line.line,
                message: "undo of \(cardID) but the latest answer is \(latest.cardID) (line \(latest.line))"))
            return
        }
        answers.removeLast()
        answerCardNumbers.removeLast()
        // Actions written after the answer taken back now come after one answer fewer.
        var index = actions.count - 1
        while index >= 0, actions[index].answersBefore > answers.count {
            actions[index].answersBefore = answers.count
            index -= 1
        }
        undoneCount += 1
        eventCount += 1
    }

    /// Records a problem with a line that could not be read, marking a torn last line as such.
    /// (Once a later append has closed it with `LogEvent.tornLineCloser`, a torn line is an
    /// ordinary bad line: a field too many, or an empty one.)
    private mutating func report(_ line: PendingLine, _ message: String) {
        let text = line.hasNewline
            ? message
            : "torn last line (no newline): \(excerpt(line.start, line.end)): \(message)"
        problems.append(LogProblem(line: line.line, message: text))
    }

    private func isHeader(from start: Int, to end: Int) -> Bool {
        let header = LogEvent.header.utf8
        guard end - start == header.count else { return false }
        var index = start
        for byte in header {
            if base[index] != byte { return false }
            index += 1
        }
        return true
    }

    private func isBlank(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = base[index]
            if byte != space && byte != tab { return false }
            index += 1
        }
        return true
    }

    private mutating func parseFields(
        from start: Int, to end: Int, tabs: TabPositions, tabCount: Int
    ) throws(LineProblem) -> EventFields {
        guard tabCount == 4 else {
            throw LineProblem(message: "expected 5 tab-separated fields (time, kind, card, grade, ms), found \(tabCount + 1)")
        }
        let time: Int64
        do {
            time = try RFC3339.parse(
                bytes: UnsafeBufferPointer(start: base + start, count: tabs.first - start), cache: &dayCache)
        } catch {
            throw LineProblem(message: "bad time \(excerpt(start, tabs.first)): \(error)")
        }
        let kind = try parseKind(from: tabs.first + 1, to: tabs.second)
        let cardStart = tabs.second + 1, cardCount = tabs.third - cardStart
        guard cardCount > 0 else { throw LineProblem(message: "empty card ID") }
        // A carriage return is only a line ending's; inside an ID it could never be written back.
        // No deck gives an ID with any other control or bidirectional character either.
        if let control = CardIDBytes.controlProblem(UnsafeBufferPointer(start: base + cardStart, count: cardCount)) {
            throw LineProblem(message: "card ID \(excerpt(cardStart, cardStart + cardCount)) \(control)")
        }
        let gradeStart = tabs.third + 1, gradeEnd = tabs.fourth
        let millisStart = tabs.fourth + 1, millisEnd = end

        if !kind.isAnswer {
            guard isDash(gradeStart, gradeEnd), isDash(millisStart, millisEnd) else {
                let article = kind == .undo ? "an" : "a"
                throw LineProblem(message: "\(article) \(kind.rawValue) has '-' as grade and answer time, found "
                    + "\(excerpt(gradeStart, gradeEnd)) and \(excerpt(millisStart, millisEnd))")
            }
            return EventFields(time: time, kind: kind, cardStart: cardStart, cardCount: cardCount)
        }

        guard let gradeValue = number(gradeStart, gradeEnd, maxDigits: 6) else {
            throw LineProblem(message: "grade \(excerpt(gradeStart, gradeEnd)) is not a whole number 0–5")
        }
        guard gradeValue <= 5 else {
            throw LineProblem(message: "grade \(gradeValue) is outside 0–5")
        }
        guard let answerMillis = number(millisStart, millisEnd, maxDigits: 15) else {
            throw LineProblem(
                message: "answer time \(excerpt(millisStart, millisEnd)) is not a whole number of milliseconds")
        }
        return EventFields(
            time: time, kind: kind, grade: Int8(gradeValue), answerMillis: answerMillis,
            cardStart: cardStart, cardCount: cardCount)
    }

    private func parseKind(from start: Int, to end: Int) throws(LineProblem) -> EventKind {
        let p = base + start
        switch end - start {
        case 6 where p[0] == 0x72 && p[1] == 0x65 && p[2] == 0x76 && p[3] == 0x69 && p[4] == 0x65 && p[5] == 0x77:
            return .review
        case 5 where p[0] == 0x64 && p[1] == 0x72 && p[2] == 0x69 && p[3] == 0x6C && p[4] == 0x6C:
            return .drill
        case 4 where p[0] == 0x63 && p[1] == 0x72 && p[2] == 0x61 && p[3] == 0x6D:
            return .cram
        case 4 where p[0] == 0x75 && p[1] == 0x6E && p[2] == 0x64 && p[3] == 0x6F:
            return .undo
        default:
            // The actions are rare: compared as text, off the hot path.
            let text = String(decoding: UnsafeBufferPointer(start: p, count: end - start), as: UTF8.self)
            if let kind = EventKind(rawValue: text), kind.isAction { return kind }
            throw LineProblem(
                message: "unknown kind \(excerpt(start, end)) (expected review, drill, cram, undo, suspend, unsuspend, bury or forget)")
        }
    }

    /// The decimal number in the bytes, or nil when they are empty, hold anything but digits,
    /// or have more than `maxDigits` digits.
    @inline(__always)
    private func number(_ start: Int, _ end: Int, maxDigits: Int) -> Int? {
        guard end > start, end - start <= maxDigits else { return nil }
        var value = 0
        var index = start
        while index < end {
            let digit = Int(base[index]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return value
    }

    private func isDash(_ start: Int, _ end: Int) -> Bool { end - start == 1 && base[start] == dash }

    private func excerpt(_ start: Int, _ end: Int) -> String {
        quotedExcerpt(UnsafeBufferPointer(start: base + start, count: end - start))
    }
}

/// The positions of the first four tabs of a line.
private struct TabPositions {
    var first = 0, second = 0, third = 0, fourth = 0

    @inline(__always)
    mutating func record(_ position: Int, number: Int) {
        switch number {
        case 0: first = position
        case 1: second = position
        case 2: third = position
        case 3: fourth = position
        default: break
        }
    }
}
