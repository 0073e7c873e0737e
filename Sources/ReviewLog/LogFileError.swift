#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the log's file code was doing when something went wrong.
public enum LogFileOperation: String, Hashable, Sendable {
    /// Opening the log to read it.
    case openForReading
    /// Reading the log's bytes.
    case read
    /// Creating a missing folder on the way to the log.
    case createFolder
    /// Opening (or creating) the log to append to it.
    case openForAppending
    /// Writing a line.
    case write
    /// Flushing written lines to the disk with `fsync`.
    case sync
    /// Taking the session lock.
    case lock
    /// Looking at the file's size and kind.
    case inspect
    /// Creating a new file (a device's log in a new log folder).
    case create
}

/// A failure reading, appending to or locking the review log, with the path and enough detail
/// to print a useful message (`description`). After an append error the answer is not saved.
public enum LogFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A system call failed with `errno` while doing `operation` on `path`.
    case system(operation: LogFileOperation, path: String, errno: Int32)
    /// `write` put only `written` of `expected` bytes into the log at `path`.
    case shortWrite(path: String, written: Int, expected: Int)
    /// Another session holds the lock on the log at `path`.
    case inUse(path: String)
    /// The event cannot be written as a line the reader would read back.
    case unwritableEvent(path: String, reason: String)
    /// The path names a pipe or a socket, which would never end or never answer.
    case notAFile(path: String, kind: String)

    /// The file or folder the error is about.
    public var path: String {
        switch self {
        case .system(_, let path, _), .shortWrite(let path, _, _), .inUse(let path), .unwritableEvent(let path, _),
             .notAFile(let path, _):
            return path
        }
    }

    /// For example `cannot write to /home/me/.local/state/recall/reviews.log: No space left on device`.
    public var description: String {
        switch self {
        case let .system(operation, path, code):
            let text = LogFileError.errorText(code)
            switch operation {
            case .openForReading: return "cannot open \(path) for reading: \(text)"
            case .read: return "cannot read \(path): \(text)"
            case .createFolder: return "cannot create the folder \(path): \(text)"
            case .openForAppending: return "cannot open \(path) for appending: \(text)"
            case .write: return "cannot write to \(path): \(text)"
            case .sync: return "cannot sync \(path) to disk: \(text)"
            case .lock: return "cannot lock \(path): \(text)"
            case .inspect: return "cannot inspect \(path): \(text)"
            case .create: return "cannot create \(path): \(text)"
            }
        case let .shortWrite(path, written, expected):
            return "cannot write to \(path): only \(written) of \(expected) bytes were written"
        case .inUse(let path):
            return "\(path) is in use by another recall session"
        case let .unwritableEvent(path, reason):
            return "cannot write to \(path): \(reason)"
        case let .notAFile(path, kind):
            return "cannot use \(path) as the review log: it is a \(kind), not a file"
        }
    }

    /// The system's text for an `errno` value, such as `Permission denied`.
    public static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
