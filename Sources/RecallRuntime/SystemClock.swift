import Foundation
import RecallApp

/// The real clocks: the system's wall clock (or a fixed start moved on by the monotonic clock,
/// for `--now`) and the monotonic clock from when this clock was made.
public final class SystemClock: RuntimeClock {
    private let clock = ContinuousClock()
    private let startedAt: ContinuousClock.Instant
    private let fixedStart: Int64?

    /// Clocks that read the system time, or start at `fixedStartMillis` when given.
    public init(fixedStartMillis: Int64? = nil) {
        startedAt = clock.now
        fixedStart = fixedStartMillis
    }

    /// The moment it is now.
    public func now() -> AppInstant {
        let (seconds, attoseconds) = startedAt.duration(to: clock.now).components
        let monotonic = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        let wall = fixedStart.map { $0 + monotonic }
            ?? Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        return AppInstant(wallMillis: wall, monotonicMillis: monotonic)
    }
}
