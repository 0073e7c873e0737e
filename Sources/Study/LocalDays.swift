import Foundation

/// Turns instants into the study days Recall counts in, and day numbers back into dates.
///
/// A day number counts days since 1970-01-01 in the local calendar. A study day starts at
/// `dayStartHour` local time rather than at midnight, so with the default of 4 a review at
/// 01:30 counts for the day before. The time zone's UTC offsets are looked up once, as a
/// table of its transitions, so converting an instant costs a short binary search.
public struct LocalDays: Sendable {
    /// The time zone whose calendar the days follow.
    public let timeZone: TimeZone
    /// The local hour (0–23) at which a new study day begins.
    public let dayStartHour: Int

    /// Instants (seconds since 1970 UTC) at which the offset changes, ascending;
    /// `offsets[i]` holds from `transitions[i]` up to the next one.
    let transitions: [Int64]
    let offsets: [Int64]

    /// The table covers 1970-01-01 up to 2100-01-01; outside it the zone is asked directly.
    private static let tableStart: Int64 = 0
    static let tableEnd: Int64 = 4_102_444_800

    /// Days in `timeZone` that begin at `dayStartHour` o'clock local time.
    public init(timeZone: TimeZone, dayStartHour: Int = 4) {
        self.timeZone = timeZone
        self.dayStartHour = dayStartHour
        var transitions: [Int64] = [Self.tableStart]
        var offsets: [Int64] = [Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: 0)))]
        var cursor = Date(timeIntervalSince1970: 0)
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor) {
            let seconds = Int64(next.timeIntervalSince1970.rounded(.down))
            guard seconds < Self.tableEnd, next > cursor else { break }
            let offset = Int64(timeZone.secondsFromGMT(for: next))
            if offset != offsets[offsets.count - 1] {
                transitions.append(seconds)
                offsets.append(offset)
            }
            cursor = next
        }
        self.transitions = transitions
        self.offsets = offsets
    }

    /// Days in UTC that begin at `dayStartHour` o'clock UTC.
    public static func utc(dayStartHour: Int = 4) -> LocalDays {
        LocalDays(timeZone: TimeZone(secondsFromGMT: 0) ?? .current, dayStartHour: dayStartHour)
    }

    /// The zone's offset from UTC in seconds at `seconds` since 1970 UTC.
    public func utcOffset(atSeconds seconds: Int64) -> Int64 {
        guard seconds >= Self.tableStart, seconds < Self.tableEnd else {
            return Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
        }
        // The last transition at or before `seconds`.
        var low = 0
        var high = transitions.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if transitions[middle] <= seconds { low = middle } else { high = middle }
        }
        return offsets[low]
    }

    /// A stretch of time with one UTC offset: `start..<end` in seconds since 1970 UTC.
    struct OffsetSpan: Sendable {
        var start: Int64
        var end: Int64
        var offset: Int64

        func contains(_ seconds: Int64) -> Bool { seconds >= start && seconds < end }
    }

    /// The longest stretch around `seconds` over which the offset does not change (one second
    /// wide outside the table, where the zone is asked every time).
    func offsetSpan(atSeconds seconds: Int64) -> OffsetSpan {
        guard seconds >= Self.tableStart, seconds < Self.tableEnd else {
            return OffsetSpan(start: seconds, end: seconds + 1, offset: utcOffset(atSeconds: seconds))
        }
        var low = 0
        var high = transitions.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if transitions[middle] <= seconds { low = middle } else { high = middle }
        }
        let end = low + 1 < transitions.count ? transitions[low + 1] : Self.tableEnd
        return OffsetSpan(start: transitions[low], end: end, offset: offsets[low])
    }

    /// The study day of local seconds shifted by the day-start hour, for the replay's fast path.
    func day(atSeconds seconds: Int64, offset: Int64) -> Int {
        Int(Self.floorDivide(seconds + offset - Int64(dayStartHour) * 3600, 86_400))
    }

    static func seconds(ofMillis millis: Int64) -> Int64 { floorDivide(millis, 1000) }

    /// The study day of the instant `millis` (milliseconds since 1970 UTC).
    public func day(atMillis millis: Int64) -> Int {
        let seconds = Self.floorDivide(millis, 1000)
        let local = seconds + utcOffset(atSeconds: seconds) - Int64(dayStartHour) * 3600
        return Int(Self.floorDivide(local, 86_400))
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor < 0) ? quotient - 1 : quotient
    }
}
