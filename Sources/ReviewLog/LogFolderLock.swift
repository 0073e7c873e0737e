#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lock on a log folder itself, between the programs of one machine: every session holds it
/// shared (beside the exclusive lock on its own device file), and `recall sync` holds it
/// exclusively while git may replace files in the folder, so that no session appends to a file
/// git is about to replace. Sessions of different devices never stop each other.
///
/// A `flock` on the folder, released by `release()`, on deinit, and when the process ends. Where
/// the file system cannot lock folders, the lock is simply not taken (the device file's own lock
/// still keeps two sessions of one device apart).
public final class LogFolderLock {
    /// How the folder is held.
    public enum Mode: Sendable {
        /// By a session: any number of them at once.
        case shared
        /// By `recall sync`: alone.
        case exclusive
    }

    /// The locked folder.
    public let folder: String
    private var descriptor: Int32

    /// Takes the lock on `folder` at once, or throws `LogFileError.inUse` with the folder's path
    /// when it is held in the other mode (or exclusively).
    public init(folder: String, mode: Mode) throws(LogFileError) {
        self.folder = folder
        let descriptor = FileSystem.open(folder, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(operation: .lock, path: folder, errno: errno) }
        let operation = (mode == .shared ? LOCK_SH : LOCK_EX) | LOCK_NB
        while flock(descriptor, operation) != 0 {
            let code = errno
            if code == EINTR { continue }
            if code == EWOULDBLOCK || code == EAGAIN {
                FileSystem.close(descriptor)
                throw .inUse(path: folder)
            }
            // Folders cannot be locked here: go on without.
            FileSystem.close(descriptor)
            self.descriptor = -1
            return
        }
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Gives the lock up; releasing twice is harmless.
    public func release() {
        if descriptor >= 0 {
            FileSystem.close(descriptor)
            descriptor = -1
        }
    }
}
