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
/// dropped) into one contiguous byte buffer. Beside it, a bit-sliced signature: one bitmap over
/// the cards for each feature a text can have (each letter or digit, 512 buckets of adjacent
/// byte pairs and 1024 of byte triples, each pair or triple hashed into two of them), bit `p`
/// set when card `p` has it.
/// A query is folded the same way; ANDing the bitmaps of its features (a few dozen at most, each
/// 12.5 kB at 100 000 cards) leaves the cards that may contain it, and only those are checked
/// with `memchr` and `memcmp`. A query that no card can contain is known at once, and one that
/// few cards contain reads the text of those few, not of every card sharing its letters.
/// Matching is lazy (`BrowserMatches`): only as many cards are checked as the screen needs.
public struct BrowserSearchIndex: Sendable {
    /// Folded text of every card, one after another.
    private let bytes: [UInt8]
    /// Where each card's folded text starts in `bytes`; one more entry marks the end.
    private let starts: [Int32]
    /// The feature bitmaps, one after another: feature `f`'s occupies words
    /// `f * columns ..< (f + 1) * columns`, card `p` being bit `p & 63` of word `p >> 6`.
    private let slices: [UInt64]
    /// The words of one feature bitmap (the cards, rounded up to 64).
    private let columns: Int

    /// The number of cards indexed.
    public let count: Int

    /// Indexes the cards of `library`; `drawn` gives a card text's drawn form (maths rendered),
    /// which is searched too when it differs from the source.
    public init(library: DeckLibrary, drawn: (String) -> String = { $0 }) {
        let cards = library.cards
        let columns = (cards.count + 63) / 64
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        starts.reserveCapacity(cards.count + 1)
        var slices = [UInt64](repeating: 0, count: Self.featureCount * columns)
        // The bits of 64 cards at a time are gathered in one small block, then written out to
        // every bitmap's word for those cards, rather than scattered over the whole signature.
        var block = [UInt64](repeating: 0, count: Self.featureCount)
        var cache: [Unicode.Scalar: [UInt8]] = [:]
        for (position, card) in cards.enumerated() {
            var text = card.id.rawValue + "\n" + card.front
            for field in card.back { text += "\n" + field.value }
            let shown = drawn(text)
            if shown != text { text += "\n" + shown }
            starts.append(Int32(bytes.count))
            let folded = Self.fold(text, cache: &cache)
            let bit: UInt64 = 1 << UInt64(position & 63)
            folded.withUnsafeBufferPointer { text in
                Self.forEachFeature(of: text) { block[$0] |= bit }
            }
            bytes.append(contentsOf: folded)
            if position & 63 == 63 || position == cards.count - 1 {
                let column = position >> 6
                for feature in 0..<Self.featureCount where block[feature] != 0 {
                    slices[feature * columns + column] = block[feature]
                    block[feature] = 0
                }
            }
        }
        starts.append(Int32(bytes.count))
        self.bytes = bytes
        self.starts = starts
        self.slices = slices
        self.columns = columns
        self.count = cards.count
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
                // A combining mark on its own is not always dropped by `folding`, though it is
                // when it follows its letter in a whole string: dropped here, so that "e\u{301}n"
                // folds to "en" as "én" does.
                let mark = scalar.properties.generalCategory == .nonspacingMark
                let folded = mark ? [] : Array(String(Character(scalar))
                    .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).utf8)
                cache[scalar] = folded
                out.append(contentsOf: folded)
            }
        }
        return out
    }

    /// Bitmaps for single bytes: each lower-case letter and digit has its own (folded text has
    /// few capitals), so a rare letter is never hidden behind common punctuation; every other
    /// byte shares the remaining 28.
    static let byteFeatures = 64
    /// Bitmaps for adjacent pairs of bytes, hashed twice like the triples.
    static let pairFeatures = 512
    /// Bitmaps for runs of three bytes, hashed twice (each run sets two, as in a Bloom filter):
    /// these tell "atten" from "matter" and "generated".
    static let tripleFeatures = 1024
    /// All the bitmaps.
    static let featureCount = byteFeatures + pairFeatures + tripleFeatures

    static func byteFeature(_ byte: UInt8) -> Int {
        switch byte {
        case 0x61...0x7A: Int(byte - 0x61)
        case 0x30...0x39: 26 + Int(byte - 0x30)
        default: 36 + Int(byte % 28)
        }
    }

    /// The two bitmaps of a pair of adjacent bytes.
    static func pairFeatures(_ a: UInt8, _ b: UInt8) -> (Int, Int) {
        let key = UInt64(a) << 8 | UInt64(b)
        let hash = (key &+ 0x1_0000_0000) &* 0x9E37_79B9_7F4A_7C15
        return (byteFeatures + Int(hash >> 55), byteFeatures + Int((hash >> 23) & 0x1FF))
    }

    /// The two bitmaps of a run of three bytes: two halves of one 64-bit multiplicative hash.
    static func tripleFeatures(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> (Int, Int) {
        let key = UInt64(a) << 16 | UInt64(b) << 8 | UInt64(c)
        let hash = (key &+ 1) &* 0x9E37_79B9_7F4A_7C15
        let base = byteFeatures + pairFeatures
        return (base + Int(hash >> 54), base + Int((hash >> 21) & 0x3FF))
    }

    /// Calls `body` with every feature of `text` (repeats included).
    static func forEachFeature(of text: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        for index in text.indices {
            let byte = text[index]
            body(byteFeature(byte))
            if index >= 1 {
                let (first, second) = pairFeatures(text[index - 1], byte)
                body(first)
                body(second)
            }
            if index >= 2 {
                let (first, second) = tripleFeatures(text[index - 2], text[index - 1], byte)
                body(first)
                body(second)
            }
        }
    }

    /// A folded query with its features, ready to test cards against.
    public struct Query: Sendable, Hashable {
        /// The folded bytes; empty matches every card.
        public let bytes: [UInt8]
        /// Distinct features of `bytes`, triples first (the most telling), at most
        /// `maximumFeatures` of them: any subset keeps every match, and a few dozen leave little.
        let features: [Int]

        /// The most features a query ANDs.
        static let maximumFeatures = 32

        /// The query for `text` (folded like the cards' text).
        public init(_ text: String) {
            bytes = BrowserSearchIndex.fold(text)
            var all = Set<Int>()
            bytes.withUnsafeBufferPointer { folded in
                BrowserSearchIndex.forEachFeature(of: folded) { all.insert($0) }
            }
            // Descending: triples, then pairs, then single bytes.
            features = Array(all.sorted(by: >).prefix(Self.maximumFeatures))
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

    /// The cards that may match `query`: the AND of its features' bitmaps, one bit per card.
    func candidates(for query: Query) -> [UInt64] {
        var result = [UInt64](repeating: ~0, count: columns)
        let columns = self.columns
        result.withUnsafeMutableBufferPointer { result in
            slices.withUnsafeBufferPointer { slices in
                for feature in query.features {
                    var any: UInt64 = 0
                    let base = feature * columns
                    for column in 0..<columns {
                        result[column] &= slices[base + column]
                        any |= result[column]
                    }
                    if any == 0 { break }
                }
            }
        }
        return result
    }

    /// Checks `candidates` from `next` on, appending the matches of `query` to `found`, until
    /// `found` holds `count` or every candidate has been checked; `next` moves past those checked.
    /// `possible` is `candidates(for: query)` and `left` how many of its cards are still unseen:
    /// when none is, the rest cannot match and are passed over at once.
    func scan(
        _ candidates: UnsafeBufferPointer<Int32>, next: inout Int, query: Query, possible: [UInt64], left: inout Int,
        upTo count: Int, into found: inout [Int32]
    ) {
        starts.withUnsafeBufferPointer { starts in
            bytes.withUnsafeBufferPointer { all in
                query.bytes.withUnsafeBufferPointer { needle in
                    possible.withUnsafeBufferPointer { possible in
                        guard let base = all.baseAddress else {
                            next = candidates.count
                            return
                        }
                        while next < candidates.count, found.count < count {
                            if left == 0 {
                                next = candidates.count
                                break
                            }
                            let position = Int(candidates[next])
                            next += 1
                            guard possible[position >> 6] & (1 << UInt64(position & 63)) != 0 else { continue }
                            left -= 1
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

    /// Whether the card at `position` matches `query`.
    public func matches(_ position: Int, _ query: Query) -> Bool {
        if query.bytes.isEmpty { return true }
        let word = position >> 6, bit: UInt64 = 1 << UInt64(position & 63)
        for feature in query.features where slices[feature * columns + word] & bit == 0 {
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
    /// The cards whose features include all the query's, once the first fill has asked the index.
    private var possible: [UInt64]?
    /// How many cards of `possible` no check has reached yet.
    private var possibleLeft = 0
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
        let possible: [UInt64]
        if let known = self.possible {
            possible = known
        } else {
            possible = index.candidates(for: query)
            possibleLeft = possible.reduce(0) { $0 + $1.nonzeroBitCount }
            self.possible = possible
        }
        var next = checked
        var more = found
        var left = possibleLeft
        found = []
        candidates.withUnsafeBufferPointer { list in
            index.scan(list, next: &next, query: query, possible: possible, left: &left, upTo: count, into: &more)
        }
        found = more
        checked = next
        possibleLeft = left
    }

    /// Matches of `query` among `all` (the candidates before any search). When `query` is
    /// narrower than this one's (one more letter typed), only what this one found is checked,
    /// then what it had not checked yet.
    public func requery(_ query: BrowserSearchIndex.Query, all: [Int32]) -> BrowserMatches {
        guard query.narrows(self.query) else { return BrowserMatches(query: query, candidates: all) }
        return BrowserMatches(query: query, candidates: found + candidates[checked...])
    }
}
