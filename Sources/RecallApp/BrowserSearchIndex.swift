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
/// occur (64 bits: one for each letter and digit) and which pairs of bytes occur (512 bits). A query is folded the same way;
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
    /// Per card, `pairWords` words: bit `pairHash & 511` set for every pair of adjacent bytes.
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
        pairMasks.reserveCapacity(library.cards.count * Self.pairWords)
        var cache: [Unicode.Scalar: [UInt8]] = [:]
        for card in library.cards {
            var text = card.id.rawValue + "\n" + card.front
            for field in card.back { text += "\n" + field.value }
            let shown = drawn(text)
            if shown != text { text += "\n" + shown }
            starts.append(Int32(bytes.count))
            let folded = Self.fold(text, cache: &cache)
            var byteMask: UInt64 = 0
            var pairs = [UInt64](repeating: 0, count: Self.pairWords)
            var previous: UInt8?
            for byte in folded {
                byteMask |= 1 << UInt64(Self.byteBucket(byte))
                if let previous { Self.setPair(previous, byte, in: &pairs) }
                previous = byte
            }
            bytes.append(contentsOf: folded)
            byteMasks.append(byteMask)
            pairMasks.append(contentsOf: pairs)
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

    /// The bit of a byte in the byte fingerprint: each lower-case letter and digit has its own
    /// (folded text has few capitals), so a rare letter is never hidden behind common punctuation;
    /// every other byte shares the remaining 28 bits.
    static func byteBucket(_ byte: UInt8) -> Int {
        switch byte {
        case 0x61...0x7A: Int(byte - 0x61)
        case 0x30...0x39: 26 + Int(byte - 0x30)
        default: 36 + Int(byte % 28)
        }
    }

    /// The words of a card's pair fingerprint: 512 bits, so that a query of a few letters passes
    /// over most cards that lack it (at 256 bits a card of 200 bytes sets nearly half of them).
    static let pairWords = 8

    private static func pairBit(_ a: UInt8, _ b: UInt8) -> Int {
        Int((UInt32(a) &* 131 &+ UInt32(b)) & UInt32(pairWords * 64 - 1))
    }

    private static func setPair(_ a: UInt8, _ b: UInt8, in pairs: inout [UInt64]) {
        let bit = pairBit(a, b)
        pairs[bit >> 6] |= 1 << UInt64(bit & 63)
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
            var pairs = [UInt64](repeating: 0, count: BrowserSearchIndex.pairWords)
            var previous: UInt8?
            for byte in bytes {
                mask |= 1 << UInt64(BrowserSearchIndex.byteBucket(byte))
                if let previous { BrowserSearchIndex.setPair(previous, byte, in: &pairs) }
                previous = byte
            }
            byteMask = mask
            self.pairs = pairs
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

    /// Checks `candidates` from `next` on, appending the matches of `query` to `found`, until
    /// `found` holds `count` or every candidate has been checked; `next` moves past those checked.
    /// One tight loop over the fingerprints, with every array's storage taken once.
    func scan(
        _ candidates: UnsafeBufferPointer<Int32>, next: inout Int, query: Query, upTo count: Int, into found: inout [Int32]
    ) {
        byteMasks.withUnsafeBufferPointer { byteMasks in
            pairMasks.withUnsafeBufferPointer { pairMasks in
                starts.withUnsafeBufferPointer { starts in
                    bytes.withUnsafeBufferPointer { all in
                        query.bytes.withUnsafeBufferPointer { needle in
                          query.pairs.withUnsafeBufferPointer { wanted in
                            guard let base = all.baseAddress else {
                                next = candidates.count
                                return
                            }
                            let mask = query.byteMask
                            let words = Self.pairWords
                            while next < candidates.count, found.count < count {
                                let position = Int(candidates[next])
                                next += 1
                                guard byteMasks[position] & mask == mask else { continue }
                                let pair = position &* words
                                var passes = true
                                for word in 0..<words where pairMasks[pair + word] & wanted[word] != wanted[word] {
                                    passes = false
                                    break
                                }
                                guard passes else { continue }
                                let start = Int(starts[position])
                                if Self.contains(base + start, Int(starts[position + 1]) - start, needle) {
                                    found.append(Int32(position))
                                }
                            }
                          }
                        }
                    }
                }
            }
        }
    }

    /// Whether the card at `position` matches `query`.
    public func matches(_ position: Int, _ query: Query) -> Bool {
        if query.bytes.isEmpty { return true }
        if byteMasks[position] & query.byteMask != query.byteMask { return false }
        let base = position * Self.pairWords
        for word in 0..<Self.pairWords where pairMasks[base + word] & query.pairs[word] != query.pairs[word] {
            return false
        }
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
        var next = checked
        var more = found
        found = []
        candidates.withUnsafeBufferPointer { list in
            index.scan(list, next: &next, query: query, upTo: count, into: &more)
        }
        found = more
        checked = next
    }

    /// Matches of `query` among `all` (the candidates before any search). When `query` is
    /// narrower than this one's (one more letter typed), only what this one found is checked,
    /// then what it had not checked yet.
    public func requery(_ query: BrowserSearchIndex.Query, all: [Int32]) -> BrowserMatches {
        guard query.narrows(self.query) else { return BrowserMatches(query: query, candidates: all) }
        return BrowserMatches(query: query, candidates: found + candidates[checked...])
    }
}
