import Deck
import Foundation
import RecallApp
import Study
import Testing

/// The search index finds exactly the cards whose text contains the query, case- and
/// accent-folded, compared with a plain substring search over random cards and queries.
@Suite struct BrowserSearchPropertyTests {
    /// Pieces random text is made of: ASCII, capitals, accents (precomposed and combining), CJK,
    /// emoji, Greek and maths signs, so that the byte, pair and triple features all vary.
    static let pieces: [String] = [
        "a", "b", "e", "n", "t", "s", "o", "x", "z", "q", "A", "T", "E", "N", "0", "7", " ", " ", "-", ".", "(", ")",
        "é", "É", "Å", "ü", "ñ", "e\u{301}", "梯", "度", "🧠", "σ", "∂", "→", "at", "te", "ten", "att", "ion",
    ]

    static func text(_ generator: inout SplitMix64, length: Int) -> String {
        (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    /// A deck of `count` random cards, some long, some a few letters.
    static func library(_ generator: inout SplitMix64, count: Int) -> DeckLibrary {
        var deck = "# Random\n\n"
        for number in 0..<count {
            let front = "F" + text(&generator, length: 1 + Int(generator.next() % 40))
            let back = "B" + text(&generator, length: 1 + Int(generator.next() % 30))
            deck += "- \(front) :: \(back) {#R\(number)}\n"
        }
        return DeckLibrary(parsed: [DeckParser.parse(deck, file: "Decks/random.md")])
    }

    /// The plain search: the whole card text folded by Foundation, then a byte-by-byte scan.
    static func plainMatches(_ library: DeckLibrary, _ query: String) -> [Int32] {
        func folded(_ text: String) -> [UInt8] {
            Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).utf8)
        }
        let needle = folded(query)
        return library.cards.indices.compactMap { position in
            let card = library.cards[position]
            var text = card.id.rawValue + "\n" + card.front
            for field in card.back { text += "\n" + field.value }
            let haystack = folded(text)
            guard needle.count <= haystack.count else { return nil }
            let found = (0...(haystack.count - needle.count)).contains { start in
                haystack[start..<(start + needle.count)].elementsEqual(needle)
            }
            return found ? Int32(position) : nil
        }
    }

    /// A query: a piece of some card's text (re-cased, accents changed) or random text.
    static func query(_ generator: inout SplitMix64, _ library: DeckLibrary) -> String {
        if generator.next() % 4 == 0 { return text(&generator, length: 1 + Int(generator.next() % 4)) }
        let card = library.cards[Int(generator.next() % UInt64(library.cards.count))]
        let source = Array(card.id.rawValue + "\n" + card.front + "\n" + (card.back.first?.value ?? ""))
        let start = Int(generator.next() % UInt64(source.count))
        let length = 1 + Int(generator.next() % 12)
        let piece = String(source[start..<min(source.count, start + length)])
        switch generator.next() % 3 {
        case 0: return piece.uppercased()
        case 1: return piece.replacingOccurrences(of: "e", with: "é").replacingOccurrences(of: "a", with: "Å")
        default: return piece
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func theIndexFindsExactlyWhatAPlainSearchFinds(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let library = Self.library(&generator, count: 64 * 2 + Int(generator.next() % 64))
        let index = BrowserSearchIndex(library: library)
        let all = library.cards.indices.map { Int32($0) }
        for _ in 0..<60 {
            let text = Self.query(&generator, library)
            var matches = BrowserMatches(query: .init(text), candidates: all)
            matches.fill(upTo: .max, index: index)
            let expected = Self.plainMatches(library, text)
            #expect(matches.found == expected, "query \(text.debugDescription)")
            #expect(all.filter { index.matches(Int($0), .init(text)) } == expected, "query \(text.debugDescription)")
        }
    }

    @Test(arguments: [UInt64(7), 8, 9])
    func typingLetterByLetterInAShuffledOrderFindsTheSameCards(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let library = Self.library(&generator, count: 200)
        let index = BrowserSearchIndex(library: library)
        let order = library.cards.indices.map { Int32($0) }.shuffled(using: &generator)
        for _ in 0..<20 {
            let text = Self.query(&generator, library)
            var matches = BrowserMatches(query: .init(""), candidates: order)
            var typed = ""
            for character in text {
                typed.append(character)
                matches = matches.requery(.init(typed), all: order)
                // A screen's worth at a time, as the browser asks.
                matches.fill(upTo: 1 + Int(generator.next() % 20), index: index)
                let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
                let expected = Self.plainMatches(library, typed).sorted { rank[$0, default: 0] < rank[$1, default: 0] }
                #expect(Array(expected.prefix(matches.found.count)) == matches.found, "query \(typed.debugDescription)")
            }
            matches.fill(upTo: .max, index: index)
            let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            let expected = Self.plainMatches(library, text).sorted { rank[$0, default: 0] < rank[$1, default: 0] }
            #expect(matches.found == expected, "query \(text.debugDescription)")
            #expect(matches.isComplete)
        }
    }
}
