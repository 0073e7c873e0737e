/// What tells two log lines apart when the merge of a log folder counts a line found in several
/// files once: a 64-bit hash of the line's bytes (without its line ending, LF or CR LF) and its
/// length. Two different lines have the same key with a chance of about one in 2⁶⁴.
public struct LogLineKey: Hashable, Comparable, Sendable {
    /// The hash of the line's bytes.
    public let hash: UInt64
    /// The number of bytes in the line, without its line ending.
    public let length: UInt32

    /// The key of the `count` bytes at `start`.
    public init(_ start: UnsafePointer<UInt8>, count: Int) {
        var state: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: count)
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self))
            state = Self.mix(state ^ word)
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(start[index]) << shift
            shift += 8
            index += 1
        }
        hash = Self.finish(Self.mix(state ^ tail ^ (0x80 << shift)))
        length = UInt32(truncatingIfNeeded: count)
    }

    /// The key with this hash and length, as a saved key was written.
    public init(hash: UInt64, length: UInt32) {
        self.hash = hash
        self.length = length
    }

    /// The key of `bytes` (for tests and small inputs).
    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                return withUnsafePointer(to: UInt8(0)) { LogLineKey($0, count: 0) }
            }
            return LogLineKey(base, count: buffer.count)
        }
    }

    public static func < (left: LogLineKey, right: LogLineKey) -> Bool {
        (left.hash, left.length) < (right.hash, right.length)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        return x &* 0xC4CE_B9FE_1A85_EC53
    }

    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        return x
    }
}
