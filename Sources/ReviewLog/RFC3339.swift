/// Reading and writing RFC 3339 times as milliseconds since 1970-01-01T00:00:00Z, in integers,
/// straight from bytes. The log writes `YYYY-MM-DDTHH:MM:SS.mmmZ`; the reader also accepts
/// 0 to 9 fraction digits (cut to milliseconds), `t` or a space for `T`, `z` for `Z`, and an
/// offset such as `+01:00` or `-05:30`. A leap second (`:60`) counts as the last millisecond
/// of its minute. Years run from 0000 to 9999.
public enum RFC3339 {
    /// The time `millis` (since 1970-01-01T00:00:00Z) as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    public static func format(millis: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        appendFormatted(millis: millis, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `format(millis:)`'s bytes to `bytes`.
    public static func appendFormatted(millis: Int64, to bytes: inout [UInt8]) {
        let millisPerDay: Int64 = 86_400_000
        var days = millis / millisPerDay
        var rest = millis % millisPerDay
        if rest < 0 {
            rest += millisPerDay
            days -= 1
        }
        let date = CivilDate(daysSinceEpoch: Int(days))
        let msOfDay = Int(rest)
        appendPadded(date.year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(date.month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(date.day, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendPadded(msOfDay / 3_600_000, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendPadded(msOfDay / 60_000 % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendPadded(msOfDay / 1000 % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        appendPadded(msOfDay % 1000, width: 3, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// The time written in `text` (such as `2026-11-21T09:00:00Z` or `2026-11-21T10:00:00.5+01:00`),
    /// in milliseconds since 1970-01-01T00:00:00Z.
    public static func parse(_ text: String) throws(TimestampError) -> Int64 {
        var copy = text
        let result = copy.withUTF8 { buffer in
            Result { () throws(TimestampProblem) -> Int64 in try parse(bytes: buffer) }
        }
        switch result {
        case .success(let millis): return millis
        case .failure(let problem): throw TimestampError(text: text, problem: problem)
        }
    }

    /// The time written in `bytes`, which must hold the time and nothing else,
    /// in milliseconds since 1970-01-01T00:00:00Z.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) throws(TimestampProblem) -> Int64 {
        var cache = DayCache()
        return try parse(bytes: bytes, cache: &cache)
    }

    /// The day number of the last date read, so that a log whose lines mostly share their
    /// date with the line before works each date out once.
    struct DayCache {
        var dateBytes: UInt64 = 0
        var dateTail: UInt16 = 0
        var days: Int64 = 0
        var isValid = false
    }

    /// `parse(bytes:)`, reusing the day number in `cache` when the date is the one read last.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, cache: inout DayCache) throws(TimestampProblem) -> Int64 {
        let count = bytes.count
        guard count >= 20, let base = bytes.baseAddress else { throw .shape }

        // Digits are read as unsigned differences from "0": anything but a digit gives 10 or more.
        var notDigits = false
        @inline(__always) func twoDigits(_ index: Int) -> Int {
            let high = UInt(base[index]) &- 48, low = UInt(base[index + 1]) &- 48
            notDigits = notDigits || high > 9 || low > 9
            return Int(truncatingIfNeeded: high &* 10 &+ low)
        }

        // The date: YYYY-MM-DD, the first ten bytes.
        let raw = UnsafeRawPointer(base)
        let dateBytes = raw.loadUnaligned(as: UInt64.self)
        let dateTail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        var days = cache.days
        var dateProblem: TimestampProblem?
        if !cache.isValid || cache.dateBytes != dateBytes || cache.dateTail != dateTail {
            let year = twoDigits(0) * 100 + twoDigits(2)
            let month = twoDigits(5), day = twoDigits(8)
            guard !notDigits, base[4] == UInt8(ascii: "-"), base[7] == UInt8(ascii: "-") else { throw .shape }
            if !(1...12).contains(month) {
                dateProblem = .month(month)
            } else if day < 1 || day > CivilDate.daysInMonth(year: year, month: month) {
                dateProblem = .day(year: year, month: month, day: day)
            } else {
                days = Int64(CivilDate.daysFromCivil(year: year, month: month, day: day))
                cache = DayCache(dateBytes: dateBytes, dateTail: dateTail, days: days, isValid: true)
            }
        }

        // The time of day: THH:MM:SS, then an optional fraction.
        let hour = twoDigits(11), minute = twoDigits(14), second = twoDigits(17)
        let separator = base[10]
        guard !notDigits,
              separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " "),
              base[13] == UInt8(ascii: ":"), base[16] == UInt8(ascii: ":")
        else { throw .shape }

        var index = 19
        var fractionMillis = 0
        if base[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < count {
                let digit = UInt(base[index]) &- 48
                if digit > 9 { break }
                if index - fractionStart < 3 { fractionMillis = fractionMillis * 10 + Int(digit) }
                index += 1
            }
            let fractionDigits = index - fractionStart
            switch fractionDigits {
            case 0: throw .shape
            case 1: fractionMillis *= 100
            case 2: fractionMillis *= 10
            case 3...9: break
            default: throw .fractionTooLong(fractionDigits)
            }
        }
        guard index < count else { throw .shape }

        // The zone: Z, or an offset ±HH:MM.
        var offsetMinutes = 0
        switch base[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard count - index >= 6, base[index + 3] == UInt8(ascii: ":") else { throw .shape }
            let offsetHours = twoDigits(index + 1), offsetMins = twoDigits(index + 4)
            guard !notDigits else { throw .shape }
            guard offsetHours <= 23, offsetMins <= 59 else { throw .offset(hours: offsetHours, minutes: offsetMins) }
            let magnitude = offsetHours * 60 + offsetMins
            offsetMinutes = base[index] == UInt8(ascii: "-") ? -magnitude : magnitude
            index += 6
        default:
            throw .shape
        }
        guard index == count else { throw .shape }

        if let dateProblem { throw dateProblem }
        guard hour <= 23 else { throw .hour(hour) }
        guard minute <= 59 else { throw .minute(minute) }
        guard second <= 60 else { throw .second(second) }
        // A leap second counts as the last millisecond of its minute.
        if second == 60 { fractionMillis = 999 }

        let secondsOfDay = Int64(hour * 3600 + minute * 60 + min(second, 59) - offsetMinutes * 60)
        return (days * 86_400 + secondsOfDay) * 1000 + Int64(fractionMillis)
    }
}

/// Why some text is not an RFC 3339 time.
public enum TimestampProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text does not have the shape `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
    case shape
    /// The month is not 01 to 12.
    case month(Int)
    /// The day does not exist in that month.
    case day(year: Int, month: Int, day: Int)
    /// The hour is not 00 to 23.
    case hour(Int)
    /// The minute is not 00 to 59.
    case minute(Int)
    /// The second is not 00 to 60.
    case second(Int)
    /// The fraction has more than 9 digits (the count is given).
    case fractionTooLong(Int)
    /// The offset's hours or minutes are out of range.
    case offset(hours: Int, minutes: Int)

    /// The problem in a few words, such as `month 13 is outside 01–12`.
    public var description: String {
        switch self {
        case .shape: return "expected YYYY-MM-DDTHH:MM:SS[.fraction] then Z or an offset such as +01:00"
        case .month(let month): return "month \(month) is outside 01–12"
        case let .day(year, month, day):
            return "day \(day) does not exist in \(CivilDate.monthName(year: year, month: month))"
        case .hour(let hour): return "hour \(hour) is outside 00–23"
        case .minute(let minute): return "minute \(minute) is outside 00–59"
        case .second(let second): return "second \(second) is outside 00–60"
        case .fractionTooLong(let digits): return "\(digits) fraction digits, at most 9 are allowed"
        case let .offset(hours, minutes): return "offset \(hours):\(minutes) is outside 00:00–23:59"
        }
    }
}

/// Text that is not an RFC 3339 time, with why.
public struct TimestampError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text as given.
    public let text: String
    /// What is wrong with it.
    public let problem: TimestampProblem

    /// A description of a time that could not be read.
    public init(text: String, problem: TimestampProblem) {
        self.text = text
        self.problem = problem
    }

    /// For example `'2026-13-01T00:00:00Z' is not an RFC 3339 time: month 13 is outside 01–12`.
    public var description: String { "'\(text)' is not an RFC 3339 time: \(problem)" }
}

extension CivilDate {
    /// `YYYY-MM` for messages.
    static func monthName(year: Int, month: Int) -> String {
        var bytes: [UInt8] = []
        appendPadded(year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(month, width: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
