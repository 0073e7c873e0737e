#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small wrappers over the system calls the log needs, retrying on `EINTR` and turning
/// failures into `LogFileError`.
enum FileSystem {
    /// The folder holding `path`, or nil when `path` has no folder part.
    static func parentFolder(of path: String) -> String? {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return nil }
        var folder = path[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return folder.isEmpty ? "/" : String(folder)
    }

    /// Creates `folder` and every missing folder above it, each with mode 0700.
    static func createFolders(_ folder: String) throws(LogFileError) {
        if folder == "/" || folder.isEmpty { return }
        if mkdir(folder, 0o700) == 0 { return }
        var code = errno
        if code == EEXIST { return }
        if code == ENOENT, let parent = parentFolder(of: folder), parent != folder {
            try createFolders(parent)
            if mkdir(folder, 0o700) == 0 { return }
            code = errno
            if code == EEXIST { return }
        }
        throw .system(operation: .createFolder, path: folder, errno: code)
    }

    /// Creates the folders above the file at `path`.
    static func createParentFolders(of path: String) throws(LogFileError) {
        if let parent = parentFolder(of: path) { try createFolders(parent) }
    }

    /// Opens `path`, retrying on `EINTR`; returns the descriptor or -1 with `errno` set.
    static func open(_ path: String, flags: Int32, mode: mode_t = 0) -> Int32 {
        while true {
            #if canImport(Glibc)
            let descriptor = Glibc.open(path, flags, mode)
            #else
            let descriptor = Darwin.open(path, flags, mode)
            #endif
            if descriptor >= 0 || errno != EINTR { return descriptor }
        }
    }

    /// One `read` call: the number of bytes read, 0 at the end, or -1 with `errno` set.
    static func readSome(_ descriptor: Int32, into start: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, start, count)
        #else
        return Darwin.read(descriptor, start, count)
        #endif
    }

    /// Closes `descriptor`, ignoring errors (nothing is left to flush after `fsync`).
    static func close(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
    }

    /// The size in bytes of the open file, refusing anything but a regular file.
    static func regularFileSize(_ descriptor: Int32, path: String) throws(LogFileError) -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .system(operation: .inspect, path: path, errno: errno)
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw .system(operation: .read, path: path, errno: EISDIR)
        case S_IFIFO: throw .notAFile(path: path, kind: "pipe")
        case S_IFSOCK: throw .notAFile(path: path, kind: "socket")
        default: break
        }
        return Int(status.st_size)
    }

    /// Whether the file at `path` is empty or ends in a newline.
    static func endsWithNewline(path: String) throws(LogFileError) -> Bool {
        let descriptor = open(path, flags: O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(operation: .openForReading, path: path, errno: errno) }
        defer { close(descriptor) }
        let size = try regularFileSize(descriptor, path: path)
        if size == 0 { return true }
        var last: UInt8 = 0
        while true {
            let count = pread(descriptor, &last, 1, off_t(size - 1))
            if count == 1 { return last == UInt8(ascii: "\n") }
            if count < 0, errno == EINTR { continue }
            throw .system(operation: .read, path: path, errno: count < 0 ? errno : EIO)
        }
    }

    /// Writes all of `bytes` with one `write` call and flushes them with `fsync`.
    /// A short write or any failure is thrown.
    static func writeAndSync(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(LogFileError) {
        let written = bytes.withUnsafeBytes { raw -> Int in
            while true {
                #if canImport(Glibc)
                let count = Glibc.write(descriptor, raw.baseAddress, raw.count)
                #else
                let count = Darwin.write(descriptor, raw.baseAddress, raw.count)
                #endif
                if count >= 0 || errno != EINTR { return count }
            }
        }
        if written < 0 { throw .system(operation: .write, path: path, errno: errno) }
        if written != bytes.count { throw .shortWrite(path: path, written: written, expected: bytes.count) }
        while fsync(descriptor) != 0 {
            if errno != EINTR { throw .system(operation: .sync, path: path, errno: errno) }
        }
    }

    /// Flushes the folder's entry list, so a newly created file survives a crash. Best effort:
    /// some file systems refuse `fsync` on a folder.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, flags: O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
