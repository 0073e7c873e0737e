import Study
import Testing

@Suite struct CardIndexTests {
    @Test func findsEveryIDAndNothingElse() {
        var generator = SplitMix64(seed: 11)
        // IDs of many lengths, including ones that share long prefixes and differ in the tail.
        let ids = (0..<5000).map { index -> String in
            switch index % 4 {
            case 0: "MATH-\(index)/formula"
            case 1: "MATH-\(index)/interview"
            case 2: "Q-\(String(generator.next(), radix: 16))"
            default: "TOPIC-\(index)/concepts-with-a-rather-long-tail-\(index % 7)"
            }
        }
        let index = CardIndex(ids: ids)
        for (position, id) in ids.enumerated() {
            // A fresh copy of the text, as the log reader would make it.
            #expect(index.position(of: String(decoding: Array(id.utf8), as: UTF8.self)) == position)
        }
        for missing in ["", "MATH-0/formul", "MATH-0/formulaa", "math-0/formula", "TOPIC-3/concepts-with-a-rather-long-tail-4", "Ω"] {
            #expect(index.position(of: missing) == nil, "\(missing)")
        }
    }

    @Test func theFirstOfRepeatedIDsWins() {
        let index = CardIndex(ids: ["A", "B", "A", "Ünïcödé/ID"])
        #expect(index.position(of: "A") == 0)
        #expect(index.position(of: "B") == 1)
        #expect(index.position(of: "Ünïcödé/ID") == 3)
        #expect(CardIndex(ids: []).position(of: "A") == nil)
    }
}
