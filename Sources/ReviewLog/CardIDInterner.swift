/// Turns card-ID bytes into shared `String`s, so a million log lines about a hundred thousand
/// cards make a hundred thousand strings, and numbers each distinct ID (0, 1, 2, … in order of
/// first appearance) so that later stages can look each ID up once. An open-addressing table
/// (at most half full) whose slots hold the hash, where the ID's bytes are in a byte arena
/// (after their length, four bytes), the string and its number.
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
        var number: UInt32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var arena: [UInt8] = []
    private var used = 0
    /// Every distinct ID, by its number.
    private(set) var strings: [String] = []

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
        return slots[index].hash &+ UInt64(slots[index].number)
    }

    /// Reads the first arena byte and the first string byte of the ID in the slot where the
    /// search for `hash` starts (call after `touch`, once that slot has arrived); the result means nothing.
    @inline(__always)
    func touchBytes(_ hash: UInt64) -> UInt64 {
        slots.withUnsafeBufferPointer { slots in
            let slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            let offset = Int(slots[slot].offset) + 4
            let arenaByte = offset < arena.count ? arena[offset] : 0
            let stringByte = slots[slot].string?.utf8.first ?? 0
            return UInt64(arenaByte) &+ UInt64(stringByte)
        }
    }

    /// The string for the `count` bytes at `start`, whose `hash(_:count:)` is `hash`, and its
    /// number (its place in `strings`), or nil when the bytes are not valid UTF-8.
    mutating func intern(_ start: UnsafePointer<UInt8>, count: Int, hash: UInt64) -> (string: String, number: Int32)? {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        let found = slots.withUnsafeBufferPointer { slots -> (String, Int32)? in
            while let string = slots[index].string {
                if slots[index].hash == hash,
                   arena.withUnsafeBufferPointer({ bytesEqual($0, from: Int(slots[index].offset), start, count: count) }) {
                    return (string, Int32(bitPattern: slots[index].number))
                }
                index = (index + 1) & mask
            }
            return nil
        }
        if let found { return found }

        let bytes = UnsafeBufferPointer(start: start, count: count)
        guard let string = String(validating: bytes, as: UTF8.self) else { return nil }
        // Offsets and numbers are 32-bit; past 2 GiB of distinct IDs, strings are not shared.
        guard arena.count + count + 4 <= Int(Int32.max), strings.count < Int(Int32.max) else {
            strings.append(string)
            return (string, Int32(strings.count - 1))
        }
        let number = UInt32(strings.count)
        slots[index] = Slot(hash: hash, string: string, offset: UInt32(arena.count), number: number)
        var length = UInt32(count).littleEndian
        withUnsafeBytes(of: &length) { arena.append(contentsOf: $0) }
        arena.append(contentsOf: bytes)
        strings.append(string)
        used += 1
        if used * 2 > slots.count { grow() }
        return (string, Int32(bitPattern: number))
    }

    /// Makes room for about `count` distinct IDs at once, while the table is still empty: a big
    /// log would otherwise double it a dozen times, placing every ID again each time.
    mutating func reserve(distinctIDs count: Int) {
        guard used == 0 else { return }
        var capacity = slots.count
        while capacity < count * 2 { capacity *= 2 }
        if capacity > slots.count { slots = [Slot](repeating: Slot(), count: capacity) }
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

/// Whether the ID stored in `arena` at `offset` (a four-byte length, then the bytes) is the
/// `count` bytes at `start`, compared eight at a time.
@inline(__always)
private func bytesEqual(_ arena: UnsafeBufferPointer<UInt8>, from offset: Int, _ start: UnsafePointer<UInt8>, count: Int) -> Bool {
    guard let base = arena.baseAddress, offset + 4 + count <= arena.count else { return false }
    let storedCount = UInt32(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt32.self))
    guard Int(storedCount) == count else { return false }
    let stored = base + offset + 4
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
