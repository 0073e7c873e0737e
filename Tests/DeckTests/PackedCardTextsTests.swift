import Deck
import Testing

@Suite struct PackedCardTextsTests {
    private let deck = PackedCardTexts.SharedDeckFields(name: "Deck", file: "deck.md", phases: ["Phase 1"])

    private func card(_ texts: PackedCardTexts, record: UInt32) -> Card {
        var columns = PackedDeckCards.Builder(capacity: 1)
        columns.add(id: CardID("Q-1"), noteID: "Q-1", kind: .question, record: record, phase: nil, week: nil, priority: nil, line: 3)
        return columns.build(texts: texts).cards[0]
    }

    @Test func aPackedCardReadsBackEveryTextAndEqualsTheCardMadeOfStrings() {
        var builder = PackedCardTexts.Builder()
        let back = [CardField(label: "Answer", value: "∑ᵢ xᵢ² — 二乗和 👍"), CardField(label: "Notes", value: "")]
        let first = builder.add(front: "What is ‖x‖²?", status: "⬜ Not Started", sections: ["Maths", "Norms"], back: back)
        let second = builder.add(front: "Second", status: nil, sections: [], back: [])
        let texts = PackedCardTexts(bytes: builder.bytes, deck: deck)
        #expect(texts.hasRecord(at: first) && texts.hasRecord(at: second))
        let packed = card(texts, record: first)
        let plain = Card(
            id: CardID("Q-1"), noteID: "Q-1", kind: .question, deck: "Deck", phase: nil, sections: ["Maths", "Norms"],
            front: "What is ‖x‖²?", back: back, status: "⬜ Not Started", location: SourceLocation(file: "deck.md", line: 3))
        #expect(packed == plain)
        #expect(packed.deck == "Deck" && packed.location == SourceLocation(file: "deck.md", line: 3) && packed.phase == nil)
        var columns = PackedDeckCards.Builder(capacity: 2)
        columns.add(id: CardID("Q-2"), noteID: "Q-2", kind: .concepts, record: first, phase: 0, week: 2, priority: .high, line: 9)
        columns.add(id: CardID("Q-3"), noteID: "Q-3", kind: .why, record: second, phase: 7, week: -4, priority: nil, line: 10)
        let both = columns.build(texts: texts).cards
        #expect(both[0].phase == "Phase 1" && both[0].week == 2 && both[0].priority == .high && both[0].kind == .concepts)
        #expect(both[0].location == SourceLocation(file: "deck.md", line: 9) && both[0].id == CardID("Q-2"))
        #expect(both[1].phase == nil && both[1].week == -4 && both[1].priority == nil && both[1].front == "Second")
        #expect(both[0] != both[1] && both[0] == both[0])
        let other = card(texts, record: second)
        #expect(other.front == "Second" && other.status == nil && other.sections.isEmpty && other.back.isEmpty)
    }

    @Test func repeatedStringsAreStoredOnce() {
        var builder = PackedCardTexts.Builder()
        // One long string given to two cards (as a parsed deck gives a concept's back to both
        // its cards), and a short one spelled twice.
        let front = String(repeating: "A long shared front text ", count: 3)
        _ = builder.add(front: front, status: nil, sections: ["Section"], back: [])
        let size = builder.bytes.count
        _ = builder.add(front: front, status: nil, sections: ["Sec" + "tion"], back: [])
        // The second record is only its words: no text stored again.
        #expect(builder.bytes.count - size == 4 * 2 * 2 + 4 * 2 + 4 * 2)
    }

    @Test func aRecordInsideALargerBufferIsReadFromItsRegion() {
        var builder = PackedCardTexts.Builder()
        let record = builder.add(front: "Front", status: nil, sections: ["S"], back: [CardField(label: "L", value: "V")])
        let padded = [UInt8](repeating: 0xFF, count: 7) + builder.bytes + [UInt8](repeating: 0xFF, count: 5)
        let texts = PackedCardTexts(bytes: padded, region: 7..<(7 + builder.bytes.count), deck: deck)
        let read = card(texts, record: record)
        #expect(read.front == "Front" && read.sections == ["S"] && read.back == [CardField(label: "L", value: "V")])
    }

    @Test func damagedRecordsReadAsEmptyAndNeverPastTheRegion() {
        var builder = PackedCardTexts.Builder()
        _ = builder.add(front: "Front", status: "Done", sections: ["S"], back: [CardField(label: "L", value: "V")])
        let texts = PackedCardTexts(bytes: Array(builder.bytes.prefix(20)), deck: deck)
        #expect(!texts.hasRecord(at: 0))
        #expect(!texts.hasRecord(at: 1_000_000))
        let cut = card(texts, record: 0)
        _ = (cut.front, cut.status, cut.sections, cut.back)
        let outside = card(texts, record: 1_000_000)
        #expect(outside.front == "" && outside.sections.isEmpty && outside.back.isEmpty)
        // Every word pointing far outside: counts and spans are refused, not followed.
        let garbage = PackedCardTexts(bytes: [UInt8](repeating: 0xEE, count: 64), deck: deck)
        let wild = card(garbage, record: 0)
        #expect(wild.front == "" && wild.sections.allSatisfy(\.isEmpty) && wild.back.allSatisfy { $0.value.isEmpty })
    }
}
