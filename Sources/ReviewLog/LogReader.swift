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
        var contents = LogContents()
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return contents }
        let end = buffer.count
        var parser = LineParser(base: base)
        var answers: [LogEvent] = []
        var problems: [LogProblem] = []
        var eventCount = 0
        var undoneCount = 0
        var lineNumber = 0
        var lineStart = 0

        while lineStart < end {
            lineNumber += 1
            var index = lineStart
            var tabCount = 0
            var tabs = TabPositions()
            while index < end {
                let byte = base[index]
                if byte == newline { break }
                if byte == tab {
                    tabs.record(index, number: tabCount)
                    tabCount += 1
                }
                index += 1
            }
            let hasNewline = index < end
            var lineEnd = index
            if lineEnd > lineStart, base[lineEnd - 1] == carriageReturn { lineEnd -= 1 }
            let thisLineStart = lineStart
            lineStart = index + 1

            let first = lineEnd > thisLineStart ? base[thisLineStart] : newline
            if first == hash {
                if lineNumber == 1 { contents.hasHeader = isHeader(base + thisLineStart, count: lineEnd - thisLineStart) }
                continue
            }
            if isBlank(base, from: thisLineStart, to: lineEnd) { continue }

            let event: LogEvent
            do {
                event = try parser.parse(
                    from: thisLineStart, to: lineEnd, tabs: tabs, tabCount: tabCount, line: lineNumber)
            } catch {
                let message = hasNewline
                    ? error.message
                    : "torn last line (no newline): \(quotedExcerpt(buffer[thisLineStart..<lineEnd])): \(error.message)"
                problems.append(LogProblem(line: lineNumber, message: message))
                continue
            }

            guard event.kind == .undo else {
                answers.append(event)
                eventCount += 1
                continue
            }
            guard let latest = answers.last else {
                problems.append(LogProblem(line: lineNumber, message: "undo of \(event.cardID) with nothing to undo"))
                continue
            }
            guard latest.cardID == event.cardID else {
                problems.append(LogProblem(
                    line: lineNumber,
                    message: "undo of \(event.cardID) but the latest answer is \(latest.cardID) (line \(latest.line))"))
                continue
            }
            answers.removeLast()
            undoneCount += 1
            eventCount += 1
        }

        contents.answers = answers
        contents.problems = problems
        contents.eventCount = eventCount
        contents.undoneCount = undoneCount
        contents.lineCount = lineNumber
        contents.endsWithNewline = base[end - 1] == newline
        return contents
    }

    private static func isHeader(_ start: UnsafePointer<UInt8>, count: Int) -> Bool {
        let header = LogEvent.header.utf8
        guard count == header.count else { return false }
        var index = 0
        for byte in header {
            if start[index] != byte { return false }
            index += 1
        }
        return true
    }

    private static func isBlank(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = base[index]
            if byte != space && byte != tab { return false }
            index += 1
        }
        return true
    }
}

private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let tab = UInt8(ascii: "\t")
private let space = UInt8(ascii: " ")
private let hash = UInt8(ascii: "#")
private let dash = UInt8(ascii: "-")

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

/// Why a line is not an event, in words for the user.
private struct LineProblem: Error {
    let message: String
}

/// Parses event lines over one buffer, sharing card-ID strings between lines.
private struct LineParser {
    let base: UnsafePointer<UInt8>
    var interner = CardIDInterner()

    init(base: UnsafePointer<UInt8>) { self.base = base }

    mutating func parse(
        from start: Int, to end: Int, tabs: TabPositions, tabCount: Int, line: Int
    ) throws(LineProblem) -> LogEvent {
        guard tabCount == 4 else {
            throw LineProblem(message: "expected 5 tab-separated fields (time, kind, card, grade, ms), found \(tabCount + 1)")
        }
        let time: Int64
        do {
            time = try RFC3339.parse(bytes: UnsafeBufferPointer(start: base + start, count: tabs.first - start))
        } catch {
            throw LineProblem(message: "bad time \(excerpt(start, tabs.first)): \(error)")
        }
        let kind = try parseKind(from: tabs.first + 1, to: tabs.second)
        let idStart = tabs.second + 1, idCount = tabs.third - idStart
        guard idCount > 0 else { throw LineProblem(message: "empty card ID") }
        guard let cardID = interner.intern(base + idStart, count: idCount) else {
            throw LineProblem(message: "card ID \(excerpt(idStart, tabs.third)) is not valid UTF-8")
        }
        let gradeStart = tabs.third + 1, gradeEnd = tabs.fourth
        let millisStart = tabs.fourth + 1, millisEnd = end

        if kind == .undo {
            guard isDash(gradeStart, gradeEnd), isDash(millisStart, millisEnd) else {
                throw LineProblem(message: "an undo has '-' as grade and answer time, found "
                    + "\(excerpt(gradeStart, gradeEnd)) and \(excerpt(millisStart, millisEnd))")
            }
            return LogEvent(time: time, kind: .undo, cardID: cardID, grade: nil, answerMillis: nil, line: line)
        }

        guard let gradeValue = number(gradeStart, gradeEnd, maxDigits: 6) else {
            throw LineProblem(message: "grade \(excerpt(gradeStart, gradeEnd)) is not a whole number 0–5")
        }
        guard let grade = Grade(gradeValue) else {
            throw LineProblem(message: "grade \(gradeValue) is outside 0–5")
        }
        guard let answerMillis = number(millisStart, millisEnd, maxDigits: 15) else {
            throw LineProblem(
                message: "answer time \(excerpt(millisStart, millisEnd)) is not a whole number of milliseconds")
        }
        return LogEvent(time: time, kind: kind, cardID: cardID, grade: grade, answerMillis: answerMillis, line: line)
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
            throw LineProblem(
                message: "unknown kind \(excerpt(start, end)) (expected review, drill, cram or undo)")
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
