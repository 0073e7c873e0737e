#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exclusive lock a review or cram session holds on its log, so that two sessions never
/// interleave answers. Read-only commands take no lock.
///
/// The lock is a `flock(LOCK_EX | LOCK_NB)` on the log file itself (created empty, mode 0600,
/// with its folders, when missing), so no extra file is left beside it. It belongs to this
/// object's open file description: it is released by `release()`, on deinit, and by the system
/// when the process ends in any way, so a crash never leaves a stale lock.
public final class LogLock {
    /// The locked log's path.
    public let logPath: String
    private var descriptor: Int32

    /// Takes the lock on the log at `logPath` at once, or throws `LogFileError.inUse` when
    /// another session (in this or another process) holds it.
    public init(logPath: String) throws(LogFileError) {
        self.logPath = logPath
        try FileSystem.createParentFolders(of: logPath)
        let descriptor = FileSystem.open(logPath, flags: O_RDONLY | O_CREAT | O_NONBLOCK | O_CLOEXEC, mode: 0o600)
        guard descriptor >= 0 else { throw .system(operation: .lock, path: logPath, errno: errno) }
        do {
            _ = try FileSystem.regularFileSize(descriptor, path: logPath)
        } catch {
            FileSystem.close(descriptor)
            throw error
        }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            FileSystem.close(descriptor)
            if code == EWOULDBLOCK || code == EAGAIN { throw .inUse(path: logPath) }
            throw .system(operation: .lock, path: logPath, errno: code)
        }
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Whether this object still holds the lock.
    public var isHeld: Bool { descriptor >= 0 }

    /// Gives the lock up; releasing twice is harmless.
    public func release() {
        if descriptor >= 0 {
            FileSystem.close(descriptor)
            descriptor = -1
        }
    }
}
