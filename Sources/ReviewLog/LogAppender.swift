#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends answers to the review log durably: each event is one `write` of one whole line to a
/// file opened with `O_APPEND`, then `fsync`. When `append` returns the answer is on the disk;
/// when it throws, the answer must be treated as not saved.
///
/// Opening creates missing folders (mode 0700) and the log (mode 0600) and writes the header
/// `# recall review log v1` into an empty log. If the log does not end in a newline (a torn last
/// line), the first append closes it with `LogEvent.tornLineCloser` (a tab and a newline), so the
/// torn piece stays unreadable and the new line starts clean; a session that answers nothing
/// leaves such a file as it was. The file is never truncated or rewritten.
/// Take a `LogLock` first: the appender itself does not lock.
public final class LogAppender {
    /// The log's path.
    public let path: String
    private var descriptor: Int32
    /// Set when the file was opened ending mid-line, and after a failed write: the next append
    /// checks the end and starts a new line first if needed.
    private var mayEndMidLine = false

    /// Opens (creating if needed) the log at `path` for appending.
    public init(path: String) throws(LogFileError) {
        self.path = path
        try FileSystem.createParentFolders(of: path)
        let descriptor = FileSystem.open(path, flags: O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, mode: 0o600)
        guard descriptor >= 0 else { throw .system(operation: .openForAppending, path: path, errno: errno) }
        self.descriptor = descriptor
        do {
            let size = try FileSystem.regularFileSize(descriptor, path: path)
            if size == 0 {
                try FileSystem.writeAndSync(Array((LogEvent.header + "\n").utf8), to: descriptor, path: path)
                if let folder = FileSystem.parentFolder(of: path) { FileSystem.syncFolder(folder) }
            } else {
                mayEndMidLine = try !FileSystem.endsWithNewline(path: path)
            }
        } catch {
            FileSystem.close(descriptor)
            self.descriptor = -1
            throw error
        }
    }

    deinit { close() }

    /// Writes `event` as one line (see `LogEvent.logLine`) and syncs it to the disk.
    /// Throws when the event cannot be written as a readable line, on a short write, and on any
    /// system error (such as no space left): the answer is then not saved.
    public func append(_ event: LogEvent) throws(LogFileError) {
        guard descriptor >= 0 else { throw .system(operation: .write, path: path, errno: EBADF) }
        if let reason = event.unwritableReason { throw .unwritableEvent(path: path, reason: reason) }
        var bytes = event.logLineBytes
        if mayEndMidLine, try !FileSystem.endsWithNewline(path: path) {
            bytes.insert(contentsOf: LogEvent.tornLineCloser, at: 0)
        }
        do {
            try FileSystem.writeAndSync(bytes, to: descriptor, path: path)
            mayEndMidLine = false
        } catch {
            mayEndMidLine = true
            throw error
        }
    }

    /// Closes the file; later appends throw. Closing twice is harmless.
    public func close() {
        if descriptor >= 0 {
            FileSystem.close(descriptor)
            descriptor = -1
        }
    }
}
