import SafeText

extension LogEvent {
    /// The first line of every log file the appender creates.
    public static let header = "# recall review log v1"

    /// What an append writes first when the log ends mid-line (a torn last line): a tab and a
    /// newline. Any piece of an event line followed by a tab has a field too many or an empty
    /// one, so the torn piece can never read as an answer, not even when only its newline was
    /// missing; the reader reports it as a bad line.
    public static let tornLineCloser: [UInt8] = [UInt8(ascii: "\t"), UInt8(ascii: "\n")]

    /// The event as one log line, `time\tkind\tcard\tgrade\tms\n`, with `-` for the grade and
    /// answer time of an undo or an action (and for a missing one). A negative answer time is written as 0.
    public var logLine: String { String(decoding: logLineBytes, as: UTF8.self) }

    /// `logLine` as UTF-8 bytes, ready for one `write`.
    public var logLineBytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(40 + cardID.utf8.count)
        RFC3339.appendFormatted(millis: time, to: &bytes)
        bytes.append(UInt8(ascii: "\t"))
        bytes.append(contentsOf: kind.rawValue.utf8)
        bytes.append(UInt8(ascii: "\t"))
        bytes.append(contentsOf: cardID.utf8)
        bytes.append(UInt8(ascii: "\t"))
        if kind.isAnswer, let grade {
            appendPadded(grade.value, width: 1, to: &bytes)
        } else {
            bytes.append(UInt8(ascii: "-"))
        }
        bytes.append(UInt8(ascii: "\t"))
        if kind.isAnswer, let answerMillis {
            appendPadded(max(0, answerMillis), width: 1, to: &bytes)
        } else {
            bytes.append(UInt8(ascii: "-"))
        }
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Why this event cannot be written as a line the reader would read back, or nil when it can:
    /// an empty card ID or one holding a tab or line break, an answer without a grade or answer time,
    /// or a time outside the years 0000–9999.
    public var unwritableReason: String? {
        if cardID.isEmpty { return "the card ID is empty" }
        if cardID.utf8.contains(where: { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            return "the card ID \(quotedExcerpt(Array(cardID.utf8))) holds a tab or a line break"
        }
        if kind.isAnswer, grade == nil { return "a \(kind.rawValue) of \(cardID) has no grade" }
        if kind.isAnswer, answerMillis == nil { return "a \(kind.rawValue) of \(cardID) has no answer time" }
        if !LogEvent.writableTimes.contains(time) { return "the time \(time) ms is outside the years 0000–9999" }
        return nil
    }

    /// The times the log can hold: 0000-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z.
    static let writableTimes: ClosedRange<Int64> = -62_167_219_200_000 ... 253_402_300_799_999
}

/// `bytes` as a short, printable, single-quoted excerpt for messages: control characters are
/// escaped, invalid UTF-8 shows as U+FFFD, and anything past 60 characters becomes `…`.
func quotedExcerpt<Bytes: Collection<UInt8>>(_ bytes: Bytes, limit: Int = 60) -> String {
    var result = "'"
    var shown = 0
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        if shown == limit {
            result += "…"
            break
        }
        switch scalar {
        case "\t": result += "\\t"
        case "\r": result += "\\r"
        case "\n": result += "\\n"
        case "'": result += "\\'"
        case "\\": result += "\\\\"
        default:
            if VisibleText.kind(of: scalar) != nil {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        shown += 1
    }
    return result + "'"
}
