#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a log is and how long it was when it was opened: enough to tell another file at
/// the same path (or the same file shortened) from the one an earlier read saw.
public struct LogFileStamp: Hashable, Sendable {
    /// The device the file is on.
    public var device: UInt64
    /// The file's inode number on that device.
    public var inode: UInt64
    /// The file's size in bytes when it was opened.
    public var size: Int

    /// A stamp with these facts.
    public init(device: UInt64, inode: UInt64, size: Int) {
        self.device = device
        self.inode = inode
        self.size = size
    }
}

/// A review log opened for reading, for a caller that reads only part of it: its stamp, a
/// fingerprint of its first bytes, the lines after an offset. Every read stops at the size the
/// file had when it was opened, so that the parts read fit together even while a session
/// appends. Closed when released.
public final class OpenedLog {
    /// The log's path.
    public let path: String
    /// The file, and its size when opened.
    public let stamp: LogFileStamp
    private let descriptor: Int32

    /// Opens the log at `path`; nil when there is no file there.
    public init?(path: String) throws(LogFileError) {
        let descriptor = FileSystem.open(path, flags: O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw .system(operation: .openForReading, path: path, errno: code)
        }
        do {
            let size = try FileSystem.regularFileSize(descriptor, path: path)
            var status = stat()
            guard fstat(descriptor, &status) == 0 else { throw LogFileError.system(operation: .inspect, path: path, errno: errno) }
            self.stamp = LogFileStamp(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: size)
        } catch let error as LogFileError {
            FileSystem.close(descriptor)
            throw error
        } catch {
            FileSystem.close(descriptor)
            throw .system(operation: .inspect, path: path, errno: EIO)
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit { FileSystem.close(descriptor) }

    /// Every line of the log as it was when opened, read as `LogFile.read(at:)` reads it.
    public func readAll() throws(LogFileError) -> LogContents {
        if let contents = LogFile.mappedRead(descriptor: descriptor, size: stamp.size) { return contents }
        return LogReader.read(try bytes(in: 0..<stamp.size))
    }

    /// The lines from byte `offset` on (which must start a line), read as the continuation of
    /// the lines before it that `resume` sums up.
    public func read(from offset: Int, resuming resume: LogResume) throws(LogFileError) -> ResumedLogContents {
        let tail = try bytes(in: offset..<max(offset, stamp.size))
        return tail.withUnsafeBufferPointer { LogReader.read(buffer: $0, resuming: resume) }
    }

    /// The offset just past the last newline in the log as opened (0 when there is none): the
    /// end of its last complete line.
    public func endOfLastCompleteLine() throws(LogFileError) -> Int {
        var end = stamp.size
        let chunk = 1 << 16
        while end > 0 {
            let start = max(0, end - chunk)
            let bytes = try bytes(in: start..<end)
            if let last = bytes.lastIndex(of: UInt8(ascii: "\n")) { return start + last + 1 }
            end = start
        }
        return 0
    }

    /// A fingerprint of the log's first `length` bytes: all of them up to a megabyte, else the
    /// first and last 256 KB and 256 pieces of 4 KB spread evenly between, so that checking it
    /// costs the same for any size. Any change to the bytes it reads changes it.
    public func fingerprint(ofFirst length: Int) throws(LogFileError) -> UInt64 {
        var hasher = ByteFingerprint()
        hasher.add(UInt64(length))
        let whole = 1 << 20
        if length <= whole {
            hasher.add(try bytes(in: 0..<length))
            return hasher.value
        }
        let edge = 1 << 18
        hasher.add(try bytes(in: 0..<edge))
        let pieces = 256, piece = 4096
        let stride = (length - 2 * edge - piece) / pieces
        for index in 0..<pieces {
            let start = edge + index * stride
            hasher.add(try bytes(in: start..<start + piece))
        }
        hasher.add(try bytes(in: length - edge..<length))
        return hasher.value
    }

    /// The bytes in `range` of the file (fewer if the file is now shorter).
    func bytes(in range: Range<Int>) throws(LogFileError) -> [UInt8] {
        guard !range.isEmpty else { return [] }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized < range.count {
                let count = pread(descriptor, base + initialized, range.count - initialized, off_t(range.lowerBound + initialized))
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                initialized += count
            }
        }
        if failure != 0 { throw .system(operation: .read, path: path, errno: failure) }
        return bytes
    }
}

/// A 64-bit fingerprint of bytes, eight at a time (not cryptographic: it tells a changed file
/// from the same one, not a forged file from a real one).
public struct ByteFingerprint: Sendable {
    /// The fingerprint of everything added so far.
    public private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// An empty fingerprint.
    public init() {}

    /// Adds a number.
    public mutating func add(_ number: UInt64) {
        value = Self.mixed(value ^ number)
    }

    private static func mixed(_ state: UInt64) -> UInt64 {
        let product = state &* 0xBF58_476D_1CE4_E5B9
        return product ^ (product >> 31)
    }

    /// Adds bytes, with their count.
    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(raw: $0) }
    }

    /// Adds bytes, with their count.
    public mutating func add(raw: UnsafeRawBufferPointer) {
        add(UInt64(raw.count))
        do {
            var index = 0
            // Long runs go 32 bytes at a time through four independent lanes (so that the
            // processor overlaps their multiplications), folded in after: a cache file of
            // 25 MB is checked at every start.
            if raw.count >= 64 {
                var lanes: (UInt64, UInt64, UInt64, UInt64) = (value, ~value, value &+ 1, value &* 3)
                while index + 32 <= raw.count {
                    lanes.0 = Self.mixed(lanes.0 ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    lanes.1 = Self.mixed(lanes.1 ^ raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                    lanes.2 = Self.mixed(lanes.2 ^ raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
                    lanes.3 = Self.mixed(lanes.3 ^ raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
                    index += 32
                }
                add(lanes.0)
                add(lanes.1)
                add(lanes.2)
                add(lanes.3)
            }
            while index + 8 <= raw.count {
                add(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < raw.count {
                tail |= UInt64(raw[index]) << shift
                shift += 8
                index += 1
            }
            add(tail)
        }
    }

    /// Adds the UTF-8 bytes of a string.
    public mutating func add(_ text: String) { add(Array(text.utf8)) }
}
