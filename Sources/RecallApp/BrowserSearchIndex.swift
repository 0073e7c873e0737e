import Deck
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The browser's search over every card's front, back and ID, case- and accent-insensitive.
///
/// Built once per library: each card's text is folded (lower case, accents and other marks
/// dropped) into one contiguous byte buffer, with two small fingerprints per card: which bytes
/// occur (64 bits) and which pairs of bytes occur (256 bits). A query is folded the same way;
/// a card whose fingerprints lack one of the query's bytes or pairs is passed over without
/// reading its text, and the others are checked with `memchr` and `memcmp`. Matching is lazy (`BrowserMatches`):
/// only as many cards are checked as the screen needs, so a key press stays well under a
/// millisecond at 100 000 cards.
public struct BrowserSearchIndex: Sendable {
    /// Folded text of every card, one after another.
    private let bytes: [UInt8]
    /// Where each card's folded text starts in `bytes`; one more entry marks the end.
    private let starts: [Int32]
    /// Per card, bit `b & 63` set for every byte `b` of its folded text.
    private let byteMasks: [UInt64]
    /// Per card, four words: bit `pairHash & 255` set for every pair of adjacent bytes.
    private let pairMasks: [UInt64]

    /// The number of cards indexed.
    public var count: Int { byteMasks.count }

    /// Indexes the cards of `library`; `drawn` gives a card text's drawn form (maths rendered),
    /// which is searched too when it differs from the source.
    public init(library: DeckLibrary, drawn: (String) -> String = { $0 }) {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var byteMasks: [UInt64] = []
        var pairMasks: [UInt64] = []
        starts.reserveCapacity(library.cards.count + 1)
        byteMasks.reserveCapacity(library.cards.count)
        pairMasks.reserveCapacity(library.cards.count * 4)
        var cache: [Unicode.Scalar: [UInt8]] = [:]
        for card in library.cards {
            var text = card.id.rawValue + "\n" + card.front
            for field in card.back { text += "\n" + field.value }
            let shown = drawn(text)
            if shown != text { text += "\n" + shown }
            starts.append(Int32(bytes.count))
            let folded = Self.fold(text, cache: &cache)
            var byteMask: UInt64 = 0
            var pairs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var previous: UInt8?
            for byte in folded {
                byteMask |= 1 << UInt64(byte & 63)
                if let previous { Self.setPair(previous, byte, in: &pairs) }
                previous = byte
            }
            bytes.append(contentsOf: folded)
            byteMasks.append(byteMask)
            pairMasks.append(contentsOf: [pairs.0, pairs.1, pairs.2, pairs.3])
        }
        starts.append(Int32(bytes.count))
        self.bytes = bytes
        self.starts = starts
        self.byteMasks = byteMasks
        self.pairMasks = pairMasks
    }

    /// `text` in lower case without accents or other combining marks, as UTF-8 bytes.
    public static func fold(_ text: String) -> [UInt8] {
        var cache: [Unicode.Scalar: [UInt8]] = [:]
        return fold(text, cache: &cache)
    }

    /// `fold`, one scalar at a time: ASCII is lowered in place; any other scalar is folded once by
    /// Foundation (`é` → `e`, a lone combining mark → nothing) and remembered in `cache`.
    static func fold(_ text: String, cache: inout [Unicode.Scalar: [UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else if let folded = cache[scalar] {
                out.append(contentsOf: folded)
            } else {
                let folded = Array(String(Character(scalar))
                    .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).utf8)
                cache[scalar] = folded
                out.append(contentsOf: folded)
            }
        }
        return out
    }

    private static func pairBit(_ a: UInt8, _ b: UInt8) -> Int {
        Int((UInt32(a) &* 31 &+ UInt32(b)) & 255)
    }

    private static func setPair(_ a: UInt8, _ b: UInt8, in pairs: inout (UInt64, UInt64, UInt64, UInt64)) {
        let bit = pairBit(a, b)
        let mask: UInt64 = 1 << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: pairs.0 |= mask
        case 1: pairs.1 |= mask
        case 2: pairs.2 |= mask
        default: pairs.3 |= mask
        }
    }

    /// A folded query with its fingerprints, ready to test cards against.
    public struct Query: Sendable, Hashable {
        /// The folded bytes; empty matches every card.
        public let bytes: [UInt8]
        let byteMask: UInt64
        let pairs: [UInt64]

        /// The query for `text` (folded like the cards' text).
        public init(_ text: String) {
            bytes = BrowserSearchIndex.fold(text)
            var mask: UInt64 = 0
            var pairs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var previous: UInt8?
            for byte in bytes {
                mask |= 1 << UInt64(byte & 63)
                if let previous { BrowserSearchIndex.setPair(previous, byte, in: &pairs) }
                previous = byte
            }
            byteMask = mask
            self.pairs = [pairs.0, pairs.1, pairs.2, pairs.3]
        }

        /// Whether every card matches (an empty query).
        public var matchesEverything: Bool { bytes.isEmpty }

        /// Whether any card matching `self` also matches `wider`, so that `self`'s matches can
        /// be filtered instead of every card (typing one more letter).
        func narrows(_ wider: Query) -> Bool {
            bytes.count >= wider.bytes.count && bytes.withUnsafeBufferPointer { mine in
                wider.bytes.withUnsafeBufferPointer { theirs in
                    guard let base = mine.baseAddress else { return theirs.isEmpty }
                    return BrowserSearchIndex.contains(base, mine.count, theirs)
                }
            }
        }
    }

    /// Whether the `count` bytes at `haystack` contain `needle`: `memchr` finds each place its
    /// first byte occurs, `memcmp` checks the rest.
    static func contains(_ haystack: UnsafePointer<UInt8>, _ count: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let needleBase = needle.baseAddress, !needle.isEmpty else { return true }
        let last = count - needle.count
        var offset = 0
        while offset <= last {
            guard let hit = memchr(haystack + offset, Int32(needleBase[0]), last - offset + 1) else { return false }
            let at = UnsafeRawPointer(hit) - UnsafeRawPointer(haystack)
            if memcmp(haystack + at, needleBase, needle.count) == 0 { return true }
            offset = at + 1
        }
        return false
    }

    /// Whether the card at `position` matches `query`.
    public func matches(_ position: Int, _ query: Query) -> Bool {
        if query.bytes.isEmpty { return true }
        if byteMasks[position] & query.byteMask != query.byteMask { return false }
        let base = position * 4
        if pairMasks[base] & query.pairs[0] != query.pairs[0]
            || pairMasks[base + 1] & query.pairs[1] != query.pairs[1]
            || pairMasks[base + 2] & query.pairs[2] != query.pairs[2]
            || pairMasks[base + 3] & query.pairs[3] != query.pairs[3] { return false }
        let start = Int(starts[position]), end = Int(starts[position + 1])
        return bytes.withUnsafeBufferPointer { all in
            query.bytes.withUnsafeBufferPointer { needle in
                guard let base = all.baseAddress else { return false }
                return Self.contains(base + start, end - start, needle)
            }
        }
    }
}

/// The cards that match a query, in a given order, found lazily: `fill(upTo:)` checks cards only
/// until that many matches are known (or every card has been checked).
public struct BrowserMatches: Sendable {
    /// The query.
    public let query: BrowserSearchIndex.Query
    /// The cards to check, in display order (positions in the library).
    private let candidates: [Int32]
    /// How many of `candidates` have been checked.
    private var checked = 0
    /// The matches found so far, in display order.
    public private(set) var found: [Int32] = []

    /// Matches of `query` among `candidates`, none checked yet.
    public init(query: BrowserSearchIndex.Query, candidates: [Int32]) {
        self.query = query
        self.candidates = candidates
        if query.matchesEverything {
            found = candidates
            checked = candidates.count
        }
    }

    /// Whether every candidate has been checked, so `found` is all of them.
    public var isComplete: Bool { checked == candidates.count }

    /// Checks candidates until at least `count` matches are known or none is left.
    public mutating func fill(upTo count: Int, index: BrowserSearchIndex) {
        guard found.count < count, !isComplete else { return }
        candidates.withUnsafeBufferPointer { list in
            while checked < list.count, found.count < count {
                let position = list[checked]
                checked += 1
                if index.matches(Int(position), query) { found.append(position) }
            }
        }
    }

    /// Matches of `query` among `all` (the candidates before any search). When `query` is
    /// narrower than this one's (one more letter typed), only what this one found is checked,
    /// then what it had not checked yet.
    public func requery(_ query: BrowserSearchIndex.Query, all: [Int32]) -> BrowserMatches {
        guard query.narrows(self.query) else { return BrowserMatches(query: query, candidates: all) }
        return BrowserMatches(query: query, candidates: found + candidates[checked...])
    }
}
