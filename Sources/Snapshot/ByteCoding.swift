import ReviewLog

/// Writes little-endian numbers and length-prefixed strings into a byte array.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func u8(_ value: UInt8) { bytes.append(value) }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func i32(_ value: Int32) { u32(UInt32(bitPattern: value)) }

    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    mutating func int(_ value: Int) { i64(Int64(value)) }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func append(raw other: UnsafeRawBufferPointer) { bytes.append(contentsOf: other) }

    /// Writes `value` over the four bytes at `offset` (a length known only once what follows it
    /// is written).
    mutating func setU32(_ value: UInt32, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { word in
            for index in 0..<4 { bytes[offset + index] = word[index] }
        }
    }

    /// The bytes written, followed by `check` of them (as `u64` writes it), handed over without
    /// a copy: a cache file of 25 MB need not be in memory twice.
    mutating func takeSealed(_ check: (UnsafeRawBufferPointer) -> UInt64) -> [UInt8] {
        u64(bytes.withUnsafeBytes(check))
        let sealed = bytes
        bytes = []
        return sealed
    }

    /// The bytes written, sealed with their `ByteFingerprint` (what `ByteReader.unsealed` checks).
    mutating func takeSealed() -> [UInt8] {
        takeSealed { raw in
            var check = ByteFingerprint()
            check.add(raw: raw)
            return check.value
        }
    }

    /// A log's problems: count, then each line and message.
    mutating func problems(_ problems: [LogProblem]) {
        u32(UInt32(problems.count))
        for problem in problems {
            int(problem.line)
            string(problem.message)
        }
    }

    mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            u32(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }
}

/// Reads what `ByteWriter` wrote, checking every length against the bytes left: a read past
/// the end makes `failed` true and gives zeros from then on,
/// so a damaged file is noticed once at the end instead of at every field.
struct ByteReader {
    private let base: UnsafeRawBufferPointer
    private(set) var offset = 0
    private(set) var failed = false

    init(_ base: UnsafeRawBufferPointer) { self.base = base }

    /// Whether every byte was read and nothing failed.
    var finishedCleanly: Bool { !failed && offset == base.count }

    private mutating func take(_ count: Int) -> Int? {
        guard !failed, count >= 0, count <= base.count - offset else {
            failed = true
            return nil
        }
        defer { offset += count }
        return offset
    }

    /// The next `count` bytes, skipped over; nil past the end.
    mutating func slice(_ count: Int) -> UnsafeRawBufferPointer? {
        guard let at = take(count) else { return nil }
        return UnsafeRawBufferPointer(rebasing: base[at..<at + count])
    }

    mutating func u8() -> UInt8 {
        guard let at = take(1) else { return 0 }
        return base[at]
    }

    mutating func u32() -> UInt32 {
        guard let at = take(4) else { return 0 }
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }

    mutating func u64() -> UInt64 {
        guard let at = take(8) else { return 0 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    mutating func i32() -> Int32 { Int32(bitPattern: u32()) }

    mutating func i64() -> Int64 { Int64(bitPattern: u64()) }

    mutating func int() -> Int { Int(i64()) }

    /// A count of items that each take at least `minimumSize` bytes: refused when the bytes
    /// left cannot hold that many, so a damaged count never reserves a huge array.
    mutating func count(minimumSize: Int) -> Int {
        let value = Int(u32())
        if value * max(1, minimumSize) > base.count - offset { failed = true }
        return failed ? 0 : value
    }

    /// What `ByteWriter.problems` wrote.
    mutating func problems() -> [LogProblem] {
        var problems: [LogProblem] = []
        for _ in 0..<count(minimumSize: 12) {
            let line = int()
            problems.append(LogProblem(line: line, message: string()))
        }
        return problems
    }

    /// The bytes between `magic` and the fingerprint `ByteWriter.takeSealed()` ended `raw` with;
    /// nil when `raw` does not start with `magic` or its fingerprint does not match.
    static func unsealed(_ raw: UnsafeRawBufferPointer, magic: [UInt8]) -> UnsafeRawBufferPointer? {
        guard raw.count >= magic.count + 12, raw.starts(with: magic) else { return nil }
        let body = raw.count - 8
        var check = ByteFingerprint()
        check.add(raw: UnsafeRawBufferPointer(rebasing: raw[..<body]))
        let stored = raw[body...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard stored == check.value else { return nil }
        return UnsafeRawBufferPointer(rebasing: raw[magic.count..<body])
    }

    mutating func string() -> String {
        let length = Int(u32())
        guard let at = take(length) else { return "" }
        // The file's checksum has already vouched for its bytes, which were written from strings:
        // decoding (which would repair, not refuse, a bad sequence) is the fast, specialised path.
        let slice = UnsafeRawBufferPointer(rebasing: base[at..<at + length])
        return String(decoding: slice.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }
}
