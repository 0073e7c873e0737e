import RecallApp
import RecallRuntime

/// A clock that moves only by `step` each time it is read (one second by default), so that every
/// key is a second after the one before.
public final class ManualClock: RuntimeClock {
    /// The instant the next read returns.
    public var current: AppInstant
    /// How far each read moves the clock, in milliseconds.
    public var stepMillis: Int64

    /// A clock at `wallMillis` (the monotonic clock at 0).
    public init(wallMillis: Int64, stepMillis: Int64 = 1000) {
        current = AppInstant(wallMillis: wallMillis, monotonicMillis: 0)
        self.stepMillis = stepMillis
    }

    /// The current instant; then moves on by `stepMillis`.
    public func now() -> AppInstant {
        defer { advance(millis: stepMillis) }
        return current
    }

    /// Moves both clocks on.
    public func advance(millis: Int64) {
        current = AppInstant(wallMillis: current.wallMillis + millis, monotonicMillis: current.monotonicMillis + millis)
    }
}
