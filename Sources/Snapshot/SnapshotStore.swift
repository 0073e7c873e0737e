#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Deck
import ReviewLog

/// Where snapshots are kept: one file per log file (named by a fingerprint of the log's
/// absolute path) in a cache folder, `$XDG_CACHE_HOME/recall` for the program, a temporary
/// folder for tests. Nothing here is ever needed: a missing, unreadable or damaged file is as
/// if there were none, and a failed save is silently given up.
public struct SnapshotStore: Sendable {
    /// The folder the snapshot files are in.
    public let folder: String

    /// A store in `folder` (created when a snapshot is first saved).
    public init(folder: String) {
        self.folder = folder
    }

    /// The store a program run uses: `$XDG_CACHE_HOME/recall` when that variable holds an
    /// absolute path, else `$HOME/.cache/recall`; nil with neither.
    public static func standard(environment: [String: String]) -> SnapshotStore? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return SnapshotStore(folder: cache + "/recall")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return SnapshotStore(folder: home + "/.cache/recall")
    }

    /// The snapshot file for the log at the absolute path `logPath` (or, for a name starting
    /// `decks:`, the deck cache of a folder).
    public func file(for logPath: String) -> String {
        var hasher = ByteFingerprint()
        hasher.add(logPath)
        let name = String(hasher.value, radix: 16)
        let kind = logPath.hasPrefix("decks:") ? "decks-" : "replay-"
        return folder + "/" + kind + String(repeating: "0", count: max(0, 16 - name.count)) + name + ".snapshot"
    }

    /// The bytes of the snapshot file for `logPath`, nil when there is none or it cannot be read.
    public func load(for logPath: String) -> [UInt8]? {
        let path = file(for: logPath)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              status.st_size > 0, status.st_size < 1 << 30 else { return nil }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized < size {
                let count = read(descriptor, base + initialized, size - initialized)
                if count < 0, errno == EINTR { continue }
                if count <= 0 {
                    complete = false
                    break
                }
                initialized += count
            }
        }
        return complete ? bytes : nil
    }

    /// Calls `body` with the bytes of the snapshot file for `logPath`, mapped into memory rather
    /// than copied (the pages come straight from the file cache, and go when unmapped); nil when
    /// there is no such file or it cannot be mapped.
    public func withMappedFile<T>(for logPath: String, _ body: (UnsafeRawBufferPointer) -> T) -> T? {
        guard let file = mappedFile(for: logPath, populated: true) else {
            return load(for: logPath).map { bytes in bytes.withUnsafeBytes(body) }
        }
        return body(file.bytes)
    }

    /// The snapshot file for `logPath` mapped into memory for as long as the result is kept
    /// (its pages come from the file cache, read as they are touched, with no copy); nil when
    /// there is no such file or it cannot be mapped. The store only ever replaces a file by
    /// renaming a new one over it, which leaves a mapping of the old one whole.
    public func mappedFile(for logPath: String) -> MappedFile? {
        mappedFile(for: logPath, populated: false)
    }

    /// The file mapped, its pages read in at once when `populated` (for a file read through
    /// once), else as they are touched.
    private func mappedFile(for logPath: String, populated: Bool) -> MappedFile? {
        let descriptor = open(file(for: logPath), O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              status.st_size > 0, status.st_size < 1 << 30 else { return nil }
        let size = Int(status.st_size)
        var flags = MAP_PRIVATE
        #if os(Linux)
        if populated { flags |= MAP_POPULATE }
        #endif
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else { return nil }
        return MappedFile(bytes: UnsafeRawBufferPointer(start: address, count: size))
    }

    /// Saves `bytes` as the snapshot for `logPath`: written to a temporary file beside it, then
    /// renamed over it, so a reader sees the old file or the new one, never half of one.
    /// Returns whether it was saved.
    @discardableResult
    public func save(_ bytes: [UInt8], for logPath: String) -> Bool {
        guard makeFolder() else { return false }
        let target = file(for: logPath)
        let temporary = target + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        let written = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                guard let base = raw.baseAddress else { return false }
                let count = write(descriptor, base + offset, raw.count - offset)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard written, rename(temporary, target) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Whether a snapshot file for `logPath` exists (whether it matches is another question).
    public func hasFile(for logPath: String) -> Bool {
        var status = stat()
        return stat(file(for: logPath), &status) == 0
    }

    /// Removes the snapshot for `logPath`, if any.
    public func remove(for logPath: String) {
        unlink(file(for: logPath))
    }

    private func makeFolder() -> Bool {
        var path = ""
        for part in folder.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + part
            if mkdir(path, 0o700) != 0, errno != EEXIST { return false }
        }
        var status = stat()
        return stat(folder, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}

/// A file mapped into memory, read-only, unmapped when the object goes.
public final class MappedFile: PinnedBytes, @unchecked Sendable {
    // Set once at mapping and never changed; unmapped only in deinit.
    /// The file's bytes.
    public let bytes: UnsafeRawBufferPointer

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Gives back the pages read so far: they stop counting towards the process's memory, and
    /// are read again from the file cache if touched again. For after a first pass over a file
    /// of which little will be read again.
    public func dropReadPages() {
        dropReadPages(in: 0..<bytes.count)
    }

    /// Gives back the pages wholly inside `range` (byte offsets), as `dropReadPages()` does.
    public func dropReadPages(in range: Range<Int>) {
        guard let base = bytes.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let address = Int(bitPattern: base)
        let start = (address + range.lowerBound + page - 1) / page * page
        let end = (address + min(range.upperBound, bytes.count)) / page * page
        guard end > start, let first = UnsafeMutableRawPointer(bitPattern: start) else { return }
        madvise(first, end - start, MADV_DONTNEED)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
