/// Turns card-ID bytes into shared `String`s, so a million log lines about a hundred thousand
/// cards make a hundred thousand strings. An open-addressing table over a byte arena.
struct CardIDInterner {
    private struct Entry {
        var offset: Int
        var length: Int
        var hash: UInt64
        var string: String
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Index into `entries` plus one; 0 marks an empty slot. The count is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

    /// The string for the `count` bytes at `start`, or nil when they are not valid UTF-8.
    mutating func intern(_ start: UnsafePointer<UInt8>, count: Int) -> String? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<count {
            hash = (hash ^ UInt64(start[index])) &* 0x0000_0100_0000_01b3
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let entry = entries[stored - 1]
            if entry.hash == hash, entry.length == count,
               arena.withUnsafeBufferPointer({ memoryEqual($0.baseAddress.map { $0 + entry.offset }, start, count) }) {
                return entry.string
            }
            slot = (slot + 1) & mask
        }

        let buffer = UnsafeBufferPointer(start: start, count: count)
        guard let string = String(validating: buffer, as: UTF8.self) else { return nil }
        entries.append(Entry(offset: arena.count, length: count, hash: hash, string: string))
        arena.append(contentsOf: buffer)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return string
    }

    private mutating func grow() {
        var newSlots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = newSlots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while newSlots[slot] != 0 { slot = (slot + 1) & mask }
            newSlots[slot] = Int32(index + 1)
        }
        slots = newSlots
    }
}

/// Whether the `count` bytes at `lhs` and `rhs` are equal.
@inline(__always)
private func memoryEqual(_ lhs: UnsafePointer<UInt8>?, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    guard let lhs else { return count == 0 }
    for index in 0..<count where lhs[index] != rhs[index] { return false }
    return true
}
