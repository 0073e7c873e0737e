import RecallRuntime
import ReviewLog

/// A review log kept in memory, with the faults a file can have: a lock another session
/// holds, appends that fail, reads that fail.
public final class InMemoryReviewLog: ReviewLogStore {
    /// The log's bytes, as a file would hold them.
    public private(set) var bytes: [UInt8]
    /// Where the log pretends to be.
    public let path: String
    /// While true, `lock` fails as if another session held the lock.
    public var heldElsewhere = false
    /// The next appends fail with this reason, as many times as `failingAppends` says.
    public var appendFailure = "cannot write to reviews.log: No space left on device"
    /// How many of the next appends fail.
    public var failingAppends = 0
    /// Whether this process holds the lock.
    public private(set) var isLocked = false
    /// Whether the log is open for appending.
    public private(set) var isOpenForAppending = false
    /// How many times the lock was taken.
    public private(set) var lockCount = 0

    /// A log at `path` holding `events` (none: no file yet).
    public init(path: String = "reviews.log", events: [LogEvent] = []) {
        self.path = path
        bytes = []
        if !events.isEmpty {
            bytes = Array((LogEvent.header + "\n").utf8)
            for event in events { bytes += event.logLineBytes }
        }
    }

    /// The bytes' count, nil before the first write.
    public var size: Int64? { bytes.isEmpty ? nil : Int64(bytes.count) }

    /// The events as a reader sees them.
    public func read() throws(RuntimeFailure) -> LogContents { LogReader.read(bytes) }

    /// The log's lines after the header.
    public var lines: [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    /// Takes the lock, unless `heldElsewhere`.
    public func lock() throws(RuntimeFailure) {
        guard !isLocked else { return }
        if heldElsewhere {
            throw RuntimeFailure("the review log \(path) is in use by another recall session; finish that one first")
        }
        isLocked = true
        lockCount += 1
    }

    /// Opens for appending, writing the header of an empty log.
    public func openForAppending() throws(RuntimeFailure) {
        if bytes.isEmpty { bytes = Array((LogEvent.header + "\n").utf8) }
        isOpenForAppending = true
    }

    /// Appends `event`, or fails while `failingAppends` is above zero.
    public func append(_ event: LogEvent) throws(RuntimeFailure) {
        guard isOpenForAppending else { throw RuntimeFailure("cannot write to \(path): the log is not open") }
        if failingAppends > 0 {
            failingAppends -= 1
            throw RuntimeFailure(appendFailure)
        }
        bytes += event.logLineBytes
    }

    /// Appends `event` as another process would, without the lock.
    public func appendFromElsewhere(_ event: LogEvent) {
        if bytes.isEmpty { bytes = Array((LogEvent.header + "\n").utf8) }
        bytes += event.logLineBytes
    }

    /// Closes and unlocks.
    public func release() {
        isOpenForAppending = false
        isLocked = false
    }
}
