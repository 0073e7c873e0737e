import Deck

/// Finds a card's position in the library from the card ID as the log spells it.
///
/// Replaying a long log looks up one ID per event, so this is an open-addressing table
/// over the IDs' UTF-8 bytes: one short hash, one probe, one byte comparison, and no
/// `String` hashing or bridging.
public struct CardIndex: Sendable {
    private struct Slot: Sendable {
        var tag: UInt32
        var position: Int32
        var keyStart: Int32
        var keyLength: Int32
    }

    private var slots: [Slot]
    private let mask: Int
    private var keyBytes: [UInt8] = []

    /// An index of every card of `library`, by its position in deck order.
    public init(library: DeckLibrary) {
        self.init(ids: library.cards.map(\.id.rawValue))
    }

    /// An index of `ids`, where an ID's position is its place in the array; the first of
    /// repeated IDs wins.
    public init(ids: [String]) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = [Slot](repeating: Slot(tag: 0, position: -1, keyStart: 0, keyLength: 0), count: capacity)
        keyBytes.reserveCapacity(ids.reduce(0) { $0 + $1.utf8.count })
        for (position, id) in ids.enumerated() {
            let start = keyBytes.count
            keyBytes.append(contentsOf: id.utf8)
            let hash = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[start...]))) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            var duplicate = false
            while slots[slot].position >= 0 {
                if slots[slot].tag == UInt32(truncatingIfNeeded: hash >> 32),
                   slots[slot].keyLength == Int32(id.utf8.count),
                   keyBytes[Int(slots[slot].keyStart)..<Int(slots[slot].keyStart) + Int(slots[slot].keyLength)]
                    .elementsEqual(id.utf8) {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if duplicate {
                keyBytes.removeSubrange(start...)
                continue
            }
            slots[slot] = Slot(
                tag: UInt32(truncatingIfNeeded: hash >> 32), position: Int32(position),
                keyStart: Int32(start), keyLength: Int32(keyBytes.count - start))
        }
    }

    /// The position of the card whose ID is `id`, nil when no card has it.
    public func position(of id: String) -> Int? {
        if let found = id.utf8.withContiguousStorageIfAvailable({ position(ofBytes: UnsafeRawBufferPointer($0)) }) {
            return found
        }
        var copy = id
        return copy.withUTF8 { position(ofBytes: UnsafeRawBufferPointer($0)) }
    }

    private func position(ofBytes key: UnsafeRawBufferPointer) -> Int? {
        let hash = Self.hash(key)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBytes { stored in
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let candidate = slots[slot]
                    if candidate.position < 0 { return nil }
                    if candidate.tag == tag, Int(candidate.keyLength) == key.count,
                       Self.equal(key, stored, at: Int(candidate.keyStart)) {
                        return Int(candidate.position)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private static func equal(_ key: UnsafeRawBufferPointer, _ stored: UnsafeRawBufferPointer, at start: Int) -> Bool {
        var index = 0
        while index + 8 <= key.count {
            if key.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != stored.loadUnaligned(fromByteOffset: start + index, as: UInt64.self) { return false }
            index += 8
        }
        while index < key.count {
            if key[index] != stored[start + index] { return false }
            index += 1
        }
        return true
    }

    /// A fast 64-bit hash of a few dozen bytes, eight at a time.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var state: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            state = (state ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            state ^= state >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        state = (state ^ tail) &* 0xBF58_476D_1CE4_E5B9
        state ^= state >> 31
        state = state &* 0x94D0_49BB_1331_11EB
        return state ^ (state >> 29)
    }
}
