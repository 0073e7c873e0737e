import Deck
import Testing

@Suite struct CardIndexTests {
    @Test func findsEveryIDAndNothingElse() {
        var state: UInt64 = 11
        // IDs of many lengths, including ones that share long prefixes and differ in the tail.
        let ids = (0..<5000).map { index -> String in
            switch index % 4 {
            case 0: "MATH-\(index)/formula"
            case 1: "MATH-\(index)/interview"
            case 2:
                // A fixed linear congruential sequence: hex IDs of varying length.
                { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return "Q-\(String(state >> 20, radix: 16))" }()
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

    @Test func insertingReportsTheFirstPlaceOfARepeatedIDAndGrows() {
        var index = CardIndex(capacity: 0)
        for number in 0..<1000 { #expect(index.insert("C-\(number)", at: number) == nil) }
        #expect(index.insert("C-7", at: 5000) == 7)
        #expect(index.count == 1000)
        for number in 0..<1000 { #expect(index.position(of: "C-\(number)") == number) }
        #expect(index.position(of: "C-1000") == nil)
    }
}

@Suite struct CardIndexBatchTests {
    @Test func buildingInSlotOrderFindsTheSameAsInsertingOneByOne() {
        var state: UInt64 = 5
        let ids = (0..<3000).map { number -> String in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Some IDs repeat (a tenth), some are long, some short.
            let value = number % 10 == 9 ? state % UInt64(max(1, number)) : UInt64(number)
            return number % 3 == 0 ? "CONCEPT-\(value)/interview-with-a-longer-tail" : "Q-\(value)"
        }
        var oneByOne = CardIndex(capacity: 0)
        var expectedRepeats: [(Int, Int)] = []
        for (position, id) in ids.enumerated() {
            if let first = oneByOne.insert(id, at: position) { expectedRepeats.append((position, first)) }
        }
        let built = CardIndex.building(ids: ids)
        #expect(built.repeats.map(\.position) == expectedRepeats.map(\.0))
        #expect(built.repeats.map(\.first) == expectedRepeats.map(\.1))
        #expect(built.index.count == oneByOne.count)
        let queries = ids + ["", "Q-", "CONCEPT-1/interview-with-a-longer-tai", "missing"]
        let batch = built.index.positions(of: queries)
        for (place, query) in queries.enumerated() {
            #expect(batch[place] == Int32(oneByOne.position(of: query) ?? -1), "\(query)")
            #expect(built.index.position(of: query) == oneByOne.position(of: query))
        }
    }
}
