import Foundation
import ReviewLog

/// The review log on disk, a file or a log folder (`LogLocation`): read whole (a folder's files
/// merged), locked for a session (a folder: this device's file, under a shared lock on the folder
/// that `recall sync` takes alone), appended to and synced (a folder: this device's file only).
public final class FileReviewLog: ReviewLogStore {
    /// Where the log is.
    public let location: LogLocation
    private var lockHeld: LogLock?
    private var folderLock: LogFolderLock?
    private var appender: LogAppender?

    /// The log at `location` (it need not exist yet).
    public init(location: LogLocation) {
        self.location = location
    }

    /// The log file at `path` (it need not exist yet).
    public convenience init(path: String) {
        self.init(location: .file(path: path))
    }

    /// The log file or folder, for messages.
    public var path: String { location.path }

    /// The file's size, or the sum of a folder's log files' sizes; nil when there is none. Files
    /// only grow, so an equal size means nothing was appended in between.
    public var size: Int64? {
        let marks = location.changeMark()
        return marks.isEmpty ? nil : marks.values.reduce(0, +)
    }

    /// Whether this process holds the lock.
    public var isLocked: Bool { lockHeld != nil }

    /// Whether the file is open for appending.
    public var isOpenForAppending: Bool { appender != nil }

    /// Reads the whole log (a folder's files merged).
    public func read() throws(RuntimeFailure) -> LogContents {
        do {
            return try location.read().contents
        } catch {
            throw RuntimeFailure("\(error)")
        }
    }

    /// Reads only the file this device appends to: an `undo` takes back an answer of its own file.
    public func readOwn() throws(RuntimeFailure) -> LogContents {
        guard location.isFolder else { return try read() }
        do {
            return try LogFile.read(at: location.ownFile)
        } catch {
            throw RuntimeFailure("\(error)")
        }
    }

    /// Takes the exclusive lock on the file this device appends to, unless held.
    public func lock() throws(RuntimeFailure) {
        guard lockHeld == nil else { return }
        do {
            if case .folder(let folder, _) = location, folderLock == nil {
                folderLock = try LogFolderLock(folder: folder, mode: .shared)
            }
            lockHeld = try LogLock(logPath: location.ownFile)
        } catch {
            folderLock?.release()
            folderLock = nil
            guard case .inUse(let path) = error else { throw RuntimeFailure("\(error)") }
            if location.isFolder, path == location.path {
                throw RuntimeFailure(
                    "the log folder \(path) is being synchronised by recall sync; start again once it is done")
            }
            throw RuntimeFailure("the review log \(path) is in use by another recall session; finish that one first")
        }
    }

    /// Opens the file this device appends to, unless open.
    public func openForAppending() throws(RuntimeFailure) {
        guard appender == nil else { return }
        do {
            appender = try LogAppender(path: location.ownFile)
        } catch {
            throw RuntimeFailure("\(error)")
        }
    }

    /// Appends and syncs `event`.
    public func append(_ event: LogEvent) throws(RuntimeFailure) {
        guard let appender else { throw RuntimeFailure("cannot write to \(location.ownFile): the log is not open") }
        do {
            try appender.append(event)
        } catch {
            throw RuntimeFailure("\(error)")
        }
    }

    /// Closes the file and releases the locks.
    public func release() {
        appender?.close()
        appender = nil
        lockHeld?.release()
        lockHeld = nil
        folderLock?.release()
        folderLock = nil
    }
}
