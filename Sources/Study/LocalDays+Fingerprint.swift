import Foundation
import ReviewLog

extension LocalDays {
    /// A fingerprint of how these days are counted: the day-start hour, the time zone's name and
    /// every change of its UTC offset. Two `LocalDays` with the same fingerprint put every
    /// instant on the same study day (for all that a fingerprint can tell), so state derived
    /// with one can be used with the other.
    public var fingerprint: UInt64 {
        var hasher = ByteFingerprint()
        hasher.add(UInt64(dayStartHour))
        hasher.add(timeZone.identifier)
        hasher.add(UInt64(transitions.count))
        for (transition, offset) in zip(transitions, offsets) {
            hasher.add(UInt64(bitPattern: transition))
            hasher.add(UInt64(bitPattern: offset))
        }
        // Outside the table the zone is asked directly: sample it there too.
        for seconds in [-2_000_000_000, -1, Self.tableEnd, Self.tableEnd + 15_778_800] as [Int64] {
            hasher.add(UInt64(bitPattern: utcOffset(atSeconds: seconds)))
        }
        return hasher.value
    }
}
