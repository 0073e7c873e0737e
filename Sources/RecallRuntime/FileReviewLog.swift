import Foundation
import ReviewLog

/// The review log file on disk: `LogFile` to read it, `LogLock` for the session, `LogAppender`
/// to append and sync.
public final class FileReviewLog: ReviewLogStore {
    /// The log file's path.
    public let path: String
    private var lockHeld: LogLock?
    private var appender: LogAppender?

    /// The log at `path` (it need not exist yet).
    public init(path: String) {
        self.path = path
    }

    /// The file's size, nil when there is none.
    public var size: Int64? {
        var status = stat()
        return stat(path, &status) == 0 ? Int64(status.st_size) : nil
    }

    /// Whether this process holds the lock.
    public var isLocked: Bool { lockHeld != nil }

    /// Whether the file is open for appending.
    public var isOpenForAppending: Bool { appender != nil }

    /// Reads the whole log.
    public func read() throws(RuntimeFailure) -> LogContents {
        do {
            return try LogFile.read(at: path)
        } catch {
            throw RuntimeFailure("\(error)")
        }
    }

    /// Takes the exclusive lock, unless held.
    public func lock() throws(RuntimeFailure) {
        guard lockHeld == nil else { return }
        do {
            lockHeld = try LogLock(logPath: path)
        } catch {
            if case .inUse(let path) = error {
                throw RuntimeFailure("the review log \(path) is in use by another recall session; finish that one first")
            }
            throw RuntimeFailure("\(error)")
        }
    }

    /// Opens the file for appending, unless open.
    public func openForAppending() throws(RuntimeFailure) {
        guard appender == nil else { return }
        do {
            appender = try LogAppender(path: path)
        } catch {
            throw RuntimeFailure("\(error)")
        }
    }

    /// Appends and syncs `event`.
    public func append(_ event: LogEvent) throws(RuntimeFailure) {
        guard let appender else { throw RuntimeFailure("cannot write to \(path): the log is not open") }
        do {
            try appender.append(event)
        } catch {
            throw RuntimeFailure("\(error)")
        }
    }

    /// Closes the file and releases the lock.
    public func release() {
        appender?.close()
        appender = nil
        lockHeld?.release()
        lockHeld = nil
    }
}
