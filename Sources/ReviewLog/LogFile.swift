#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the review log from the disk. A missing log is an empty log, not an error.
/// Reading never locks, changes or creates anything.
public enum LogFile {
    /// Every byte of the log at `path`; empty when there is no file there.
    public static func readBytes(at path: String) throws(LogFileError) -> [UInt8] {
        let descriptor = FileSystem.open(path, flags: O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return [] }
            throw .system(operation: .openForReading, path: path, errno: code)
        }
        defer { FileSystem.close(descriptor) }
        let expected = try FileSystem.regularFileSize(descriptor, path: path)

        // One byte more than the size, so a file that has not grown is read to its end in one go.
        var readError: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialized in
            initialized = 0
            readError = readFully(descriptor, into: buffer, count: &initialized)
        }
        if readError != 0 { throw .system(operation: .read, path: path, errno: readError) }
        if bytes.count == expected + 1 {
            // The file grew while being read (or is not a regular file and has no size): take the
            // rest in chunks, up to a bound, so that a device that never ends (/dev/zero, /dev/full)
            // is an error instead of all the memory there is.
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                if bytes.count > expected + maximumGrowth {
                    throw .system(operation: .read, path: path, errno: EFBIG)
                }
                var count = 0
                readError = chunk.withUnsafeMutableBufferPointer { readFully(descriptor, into: $0, count: &count) }
                if readError != 0 { throw .system(operation: .read, path: path, errno: readError) }
                bytes.append(contentsOf: chunk[0..<count])
                if count < chunk.count { break }
            }
        }
        return bytes
    }

    /// The contents of the log at `path`, read with `LogReader`; empty when there is no file there.
    ///
    /// A log of a megabyte or more is mapped into memory (read-only, private) instead of copied,
    /// and the pages already read are given back as the reader moves on: for a million events
    /// that saves the copy, the zeroed pages and the resident memory of a 55 MB buffer. What is
    /// read is the file as it was when it was opened; appends made meanwhile are not seen (recall
    /// never shrinks a log, so the mapping stays valid).
    public static func read(at path: String) throws(LogFileError) -> LogContents {
        #if os(Linux)
        let descriptor = FileSystem.open(path, flags: O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return LogContents() }
            throw .system(operation: .openForReading, path: path, errno: code)
        }
        defer { FileSystem.close(descriptor) }
        let size = try FileSystem.regularFileSize(descriptor, path: path)
        if let contents = mappedRead(descriptor: descriptor, size: size) { return contents }
        #endif
        return LogReader.read(try readBytes(at: path))
    }

    /// The first `size` bytes of the open log read through a mapping, nil when the log is too
    /// small to be worth mapping or the mapping fails.
    static func mappedRead(descriptor: Int32, size: Int) -> LogContents? {
        #if os(Linux)
        if size >= mappingThreshold,
           let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
           address != MAP_FAILED {
            defer { munmap(address, size) }
            _ = madvise(address, size, MADV_SEQUENTIAL)
            let bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
            let pageSize = max(4096, sysconf(Int32(_SC_PAGESIZE)))
            return LogReader.read(buffer: bytes) { finished in
                // Whole pages only; a page read again later is simply read from the file again.
                _ = madvise(address, finished / pageSize * pageSize, MADV_DONTNEED)
            }
        }
        #endif
        return nil
    }

    /// How much more than its size at opening a log may be read before reading stops with an error.
    static let maximumGrowth = 256 << 20

    /// Logs at least this big are mapped rather than read.
    static let mappingThreshold = 1 << 20

    /// Reads until `buffer` is full or the file ends; returns 0 or the `errno` of a failed read.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        while count < buffer.count {
            let result = FileSystem.readSome(descriptor, into: base + count, count: buffer.count - count)
            if result == 0 { return 0 }
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            count += result
        }
        return 0
    }
}
