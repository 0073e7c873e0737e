/// Finds a card's position in the library from the card ID as the log spells it.
///
/// Replaying a long log looks up one ID per event, so this is an open-addressing table
/// over the IDs' UTF-8 bytes: one short hash, one probe, one byte comparison, and no
/// `String` hashing or bridging. Written by hand because `Dictionary<String, Int>` hashes
/// every key with SipHash through `String`'s generic path: building one over 100 000 IDs
/// took several times longer, and the library builds one at every start.
public struct CardIndex: Sendable {
    struct Slot: Sendable {
        var tag: UInt32
        var position: Int32
        var keyStart: Int32
        var keyLength: Int32
    }

    var slots: [Slot]
    var mask: Int
    var keyBytes: [UInt8] = []

    /// An index of every card of `library`, by its position in deck order (the library's own).
    public init(library: DeckLibrary) {
        self = library.index
    }

    /// An index of `ids`, where an ID's position is its place in the array; the first of
    /// repeated IDs wins.
    public init(ids: [String]) {
        self = Self.building(ids: ids).index
    }

    /// An empty index with room for `count` IDs of `keyBytes` bytes in all.
    public init(capacity count: Int, keyBytes byteCount: Int = 0) {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = [Slot](repeating: Slot(tag: 0, position: -1, keyStart: 0, keyLength: 0), count: capacity)
        keyBytes.reserveCapacity(byteCount)
    }

    /// How many IDs the index holds.
    public internal(set) var count = 0

    /// Adds `id` at `position`, unless the index has it already: then nothing changes and the
    /// position it has is returned.
    public mutating func insert(_ id: String, at position: Int) -> Int? {
        if let found = id.utf8.withContiguousStorageIfAvailable({ insert(bytes: UnsafeRawBufferPointer($0), at: position) }) {
            return found
        }
        var copy = id
        return copy.withUTF8 { insert(bytes: UnsafeRawBufferPointer($0), at: position) }
    }

    private mutating func insert(bytes key: UnsafeRawBufferPointer, at position: Int) -> Int? {
        insert(bytes: key, hash: Self.hash(key), at: position)
    }

    /// Adds the ID whose bytes are `key` and whose hash is `hash` at `position`, as `insert(_:at:)` does.
    mutating func insert(bytes key: UnsafeRawBufferPointer, hash: UInt64, at position: Int) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = mask
        let (slot, found) = slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBytes { Self.search(slots, mask: mask, stored: $0, key: key, hash: hash) }
        }
        if found { return Int(slots[slot].position) }
        let start = keyBytes.count
        keyBytes.append(contentsOf: key)
        slots[slot] = Slot(
            tag: UInt32(truncatingIfNeeded: hash >> 32), position: Int32(truncatingIfNeeded: position),
            keyStart: Int32(start), keyLength: Int32(key.count))
        count += 1
        return nil
    }

    /// Where the search for `key` (whose hash is `hash`) ends among `slots`, whose keys' bytes
    /// are in `stored`: the slot holding it (`found`), else the empty slot where it would go.
    /// The one probe loop of the index: inserting, building and looking up all go through it.
    @inline(__always)
    static func search(
        _ slots: UnsafeBufferPointer<Slot>, mask: Int, stored: UnsafeRawBufferPointer, key: UnsafeRawBufferPointer,
        hash: UInt64
    ) -> (slot: Int, found: Bool) {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].position >= 0 {
            let candidate = slots[slot]
            if candidate.tag == tag, Int(candidate.keyLength) == key.count,
               equal(key, stored, at: Int(candidate.keyStart)) {
                return (slot, true)
            }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    /// Doubles the table, placing every slot again by its hash.
    private mutating func grow() {
        let old = slots
        let capacity = max(16, old.count * 2)
        mask = capacity - 1
        slots = [Slot](repeating: Slot(tag: 0, position: -1, keyStart: 0, keyLength: 0), count: capacity)
        keyBytes.withUnsafeBytes { stored in
            for entry in old where entry.position >= 0 {
                let key = UnsafeRawBufferPointer(rebasing: stored[Int(entry.keyStart)..<Int(entry.keyStart) + Int(entry.keyLength)])
                var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
                while slots[slot].position >= 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
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
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBytes { stored in
                let (slot, found) = Self.search(slots, mask: mask, stored: stored, key: key, hash: hash)
                return found ? Int(slots[slot].position) : nil
            }
        }
    }

    static func equal(_ key: UnsafeRawBufferPointer, _ stored: UnsafeRawBufferPointer, at start: Int) -> Bool {
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
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
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
