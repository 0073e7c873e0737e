import ReviewLog
import SM2
import Testing

/// The card numbers the reader hands to the replay, and the mapped read of large logs: over
/// thousands of random logs, each answer's number names its own card ID, each distinct ID once;
/// and a log read from the disk (mapped when large) reads exactly as its bytes do.
@Suite struct LogCardNumbersPropertyTests {
    private static func randomLog(events: Int, cards: Int, using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = Array((LogEvent.header + "\n").utf8)
        for index in 0..<events {
            let card = "C\(Int.random(in: 0..<cards, using: &generator))/\(Bool.random(using: &generator) ? "formula" : "interview")"
            switch Int.random(in: 0..<20, using: &generator) {
            case 0:
                bytes += LogEvent(time: time(Int64(index)), kind: .undo, cardID: card, grade: nil, answerMillis: nil).logLineBytes
            case 1:
                bytes += Array("garbage\tline \(index)\n".utf8)
            default:
                let kind: EventKind = [.review, .review, .drill, .cram][Int.random(in: 0..<4, using: &generator)]
                bytes += LogEvent(
                    time: time(Int64(index)), kind: kind, cardID: card, grade: Grade(Int.random(in: 0...5, using: &generator)),
                    answerMillis: Int.random(in: 0...60_000, using: &generator)).logLineBytes
            }
        }
        return bytes
    }

    @Test func everyAnswersNumberNamesItsCardAndEachDistinctIDIsNumberedOnce() {
        var generator = SeededGenerator(seed: 77)
        for _ in 0..<2_000 {
            let bytes = Self.randomLog(
                events: Int.random(in: 0...60, using: &generator), cards: Int.random(in: 1...30, using: &generator),
                using: &generator)
            let contents = LogReader.read(bytes)
            #expect(contents.answerCardNumbers.count == contents.answers.count)
            #expect(Set(contents.distinctCardIDs).count == contents.distinctCardIDs.count)
            for (answer, number) in zip(contents.answers, contents.answerCardNumbers) {
                #expect(contents.distinctCardIDs[Int(number)] == answer.cardID)
            }
            #expect(contents.hasCardNumbers == !contents.distinctCardIDs.isEmpty)
        }
    }

    @Test func contentsBuiltByHandHaveNoCardNumbers() {
        let answer = LogEvent(time: time(), kind: .review, cardID: "A", grade: .good, answerMillis: 1)
        #expect(!LogContents(answers: [answer]).hasCardNumbers)
    }

    @Test func aLargeLogReadFromDiskReadsAsItsBytesAtEveryCutOfItsLastLine() throws {
        let folder = try TemporaryFolder()
        var generator = SeededGenerator(seed: 5)
        // About 2 MB: past the size from which the file is mapped rather than copied.
        let body = Self.randomLog(events: 40_000, cards: 3_000, using: &generator)
        #expect(body.count > 1 << 20)
        let last = LogEvent(time: time(99_999), kind: .review, cardID: "LAST/formula", grade: .easy, answerMillis: 7).logLineBytes
        for cut in stride(from: 0, through: last.count, by: 5) {
            let bytes = body + last[0..<cut]
            let path = try folder.write(bytes, to: "large.log")
            let fromDisk = try LogFile.read(at: path)
            #expect(fromDisk == LogReader.read(bytes), "cut at \(cut)")
            #expect(fromDisk.endsWithNewline == (cut == 0 || cut == last.count))
        }
    }
}
