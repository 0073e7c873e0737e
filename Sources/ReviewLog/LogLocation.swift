#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the review log is: one file, or a folder with one file per device.
public enum LogLocation: Hashable, Sendable {
    /// One log file, read and appended to as it is.
    case file(path: String)
    /// A log folder: every `*.log` in it is read and merged; this device appends to and locks
    /// only `<device>.log`.
    case folder(path: String, device: DeviceName)

    /// The log at `path`: a folder when a folder is there, else a file (which may not exist yet).
    /// `device` is asked for only for a folder.
    public static func at(_ path: String, device: () -> DeviceName) -> LogLocation {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            return .folder(path: path, device: device())
        }
        return .file(path: path)
    }

    /// The path as given: the file or the folder.
    public var path: String {
        switch self {
        case .file(let path), .folder(let path, _): return path
        }
    }

    /// The file this device appends to, and the one a session locks: the log file itself, or
    /// `<device>.log` in the folder.
    public var ownFile: String {
        switch self {
        case .file(let path): return path
        case .folder(let path, let device): return LogFolder.joined(path, device.fileName)
        }
    }

    /// Whether this is a log folder.
    public var isFolder: Bool {
        if case .folder = self { return true }
        return false
    }

    /// Reads the log: a file as `LogFile.read` does; a folder's files one by one, merged.
    public func read() throws(LogFileError) -> LoadedLog {
        switch self {
        case .file(let path):
            return LoadedLog(contents: try LogFile.read(at: path), folder: nil)
        case .folder(let path, _):
            let names = try LogFolder.logFileNames(in: path)
            if names.count == 1 {
                // One file: read as a log file is (mapped when big), without the merge's line keys.
                let merged = LogMerge.single(name: names[0], contents: try LogFile.read(at: LogFolder.joined(path, names[0])))
                return LoadedLog(contents: merged.contents, folder: merged)
            }
            var files: [LogFolderFile] = []
            for name in names {
                files.append(try LogFolderFile.read(folder: path, name: name))
            }
            let merged = LogMerge.merge(files)
            return LoadedLog(contents: merged.contents, folder: merged)
        }
    }

    /// What changes when anything is appended to the log: the file's size, or the folder's log
    /// files with their sizes. Two equal marks mean nothing was added in between.
    public func changeMark() -> [String: Int64] {
        func size(_ file: String) -> Int64? {
            var status = stat()
            return stat(file, &status) == 0 ? Int64(status.st_size) : nil
        }
        switch self {
        case .file(let path):
            return size(path).map { [path: $0] } ?? [:]
        case .folder(let path, _):
            var marks: [String: Int64] = [:]
            for name in (try? LogFolder.logFileNames(in: path)) ?? [] {
                marks[name] = size(LogFolder.joined(path, name))
            }
            return marks
        }
    }
}

/// The review log as read: the answers that stand and the problems, and for a log folder what
/// each file held and where each answer came from.
public struct LoadedLog: Hashable, Sendable {
    /// The log (for a folder, all its files merged).
    public var contents: LogContents
    /// For a log folder, the merge in full; nil for a log file.
    public var folder: MergedLog?

    /// A loaded log as given.
    public init(contents: LogContents, folder: MergedLog?) {
        self.contents = contents
        self.folder = folder
    }
}
