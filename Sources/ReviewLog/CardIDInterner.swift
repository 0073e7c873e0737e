/// Turns card-ID bytes into shared `String`s, so a million log lines about a hundred thousand
/// cards make a hundred thousand strings. An open-addressing table (at most half full) whose
/// slots hold the hash, where the ID's bytes are in a byte arena, and the string.
///
/// A log of this size is far bigger than the processor's caches, so a lookup mostly waits for
/// memory. `touch` lets the reader start the memory reads for a whole block of lines at once,
/// before it looks them up one by one.
struct CardIDInterner {
    /// 32 bytes; `touch` reads the first and the last field, so both cache lines a slot may
    /// straddle are fetched.
    private struct Slot {
        var hash: UInt64 = 0
        var string: String?
        var offset: UInt32 = 0
        var length: UInt32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var arena: [UInt8] = []
    private var used = 0

    /// The hash the table files the `count` bytes at `start` under.
    @inline(__always)
    static func hash(_ start: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* 0x0000_0100_0000_01b3
            hash ^= hash >> 31
            index += 8
        }
        while index < count {
            hash = (hash ^ UInt64(start[index])) &* 0x0000_0100_0000_01b3
            index += 1
        }
        // Multiplication only carries information upwards; fold the high bits into the low ones the table uses.
        hash ^= hash >> 32
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 29
        return hash
    }

    /// Reads the slot where the search for `hash` starts; the result means nothing.
    @inline(__always)
    func touch(_ hash: UInt64) -> UInt64 {
        let index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        return slots[index].hash &+ UInt64(slots[index].length)
    }

    /// Reads the first arena byte and the first string byte of the ID in the slot where the
    /// search for `hash` starts (call after `touch`, once that slot has arrived); the result means nothing.
    @inline(__always)
    func touchBytes(_ hash: UInt64) -> UInt64 {
        slots.withUnsafeBufferPointer { slots in
            let slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            let offset = Int(slots[slot].offset)
            let arenaByte = offset < arena.count ? arena[offset] : 0
            let stringByte = slots[slot].string?.utf8.first ?? 0
            return UInt64(arenaByte) &+ UInt64(stringByte)
        }
    }

    /// The string for the `count` bytes at `start`, whose `hash(_:count:)` is `hash`,
    /// or nil when they are not valid UTF-8.
    mutating func intern(_ start: UnsafePointer<UInt8>, count: Int, hash: UInt64) -> String? {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        let found = slots.withUnsafeBufferPointer { slots -> String?? in
            while slots[index].string != nil {
                if slots[index].hash == hash, Int(slots[index].length) == count,
                   arena.withUnsafeBufferPointer({ bytesEqual($0, from: Int(slots[index].offset), start, count: count) }) {
                    return .some(slots[index].string)
                }
                index = (index + 1) & mask
            }
            return .none
        }
        if let found { return found }

        let bytes = UnsafeBufferPointer(start: start, count: count)
        guard let string = String(validating: bytes, as: UTF8.self) else { return nil }
        // Offsets and lengths are 32-bit; past 4 GiB of distinct IDs, strings are simply not shared.
        guard arena.count + count <= Int(UInt32.max) else { return string }
        slots[index] = Slot(hash: hash, string: string, offset: UInt32(arena.count), length: UInt32(count))
        arena.append(contentsOf: bytes)
        used += 1
        if used * 2 > slots.count { grow() }
        return string
    }

    private mutating func grow() {
        var newSlots = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = newSlots.count - 1
        for oldIndex in slots.indices where slots[oldIndex].string != nil {
            var index = Int(truncatingIfNeeded: slots[oldIndex].hash) & mask
            while newSlots[index].string != nil { index = (index + 1) & mask }
            // A swap moves the string over without retaining and releasing it.
            swap(&newSlots[index], &slots[oldIndex])
        }
        slots = newSlots
    }
}

/// Whether the `count` bytes of `arena` from `offset` equal those at `start`, compared eight at a time.
@inline(__always)
private func bytesEqual(_ arena: UnsafeBufferPointer<UInt8>, from offset: Int, _ start: UnsafePointer<UInt8>, count: Int) -> Bool {
    guard let base = arena.baseAddress, offset + count <= arena.count else { return false }
    let stored = base + offset
    var index = 0
    while index + 8 <= count {
        let lhs = UnsafeRawPointer(stored + index).loadUnaligned(as: UInt64.self)
        let rhs = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
        if lhs != rhs { return false }
        index += 8
    }
    while index < count {
        if stored[index] != start[index] { return false }
        index += 1
    }
    return true
}
