#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LogFile {
    /// Writes `bytes` to a new file at `path` (mode 0600), so that it appears whole or not at all:
    /// written and synced under a temporary name beside it, then linked into place. Throws (and
    /// leaves nothing behind) when a file is already at `path`.
    public static func createNew(at path: String, bytes: [UInt8]) throws(LogFileError) {
        try FileSystem.createParentFolders(of: path)
        let folder = FileSystem.parentFolder(of: path) ?? "."
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let temporary = LogFolder.joined(folder, ".\(name).\(getpid()).tmp")
        let descriptor = FileSystem.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: 0o600)
        guard descriptor >= 0 else { throw .system(operation: .create, path: temporary, errno: errno) }
        defer { unlink(temporary) }
        do {
            if !bytes.isEmpty { try FileSystem.writeAndSync(bytes, to: descriptor, path: temporary) }
        } catch {
            FileSystem.close(descriptor)
            throw error
        }
        FileSystem.close(descriptor)
        guard link(temporary, path) == 0 else { throw .system(operation: .create, path: path, errno: errno) }
        FileSystem.syncFolder(folder)
    }
}
