import ReviewLog
import Testing

/// The reader over random bytes: it never crashes, and every line it does not read as an event
/// (other than blank lines and comments) is reported, once, with its line number.
@Suite struct LogReaderPropertyTests {
    /// Pieces that make near-valid lines likely, so the random logs reach every branch of the reader.
    private static let fragments: [[UInt8]] = [
        "2026-11-21T09:14:03.120Z", "2026-11-21T10:14:03+01:00", "2026-02-30T09:14:03Z", "2026-11-21T09:14",
        "review", "drill", "cram", "undo", "revie", "A/formula", "B", "MATH-011/formula",
        "0", "3", "5", "7", "-", "1200", "99999999999999999999", "#", " ", "\r", "\u{FEFF}", "é", "∇",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0x00], [0x80]]

    private static func randomLog(using generator: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        let pieces = Int.random(in: 0...60, using: &generator)
        for _ in 0..<pieces {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0...3: bytes.append(UInt8(ascii: "\t"))
            case 4: bytes.append(UInt8(ascii: "\n"))
            case 5: bytes.append(UInt8.random(in: 0...255, using: &generator))
            default: bytes += fragments[Int.random(in: 0..<fragments.count, using: &generator)]
            }
        }
        return bytes
    }

    /// A plain model of which lines the reader must account for: not blank, not a comment.
    private static func eventLineNumbers(_ bytes: [UInt8]) -> [Int] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if bytes.last == UInt8(ascii: "\n") || bytes.isEmpty { lines.removeLast() }
        var numbers: [Int] = []
        for (index, var line) in lines.enumerated() {
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.first == UInt8(ascii: "#") { continue }
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            numbers.append(index + 1)
        }
        return numbers
    }

    @Test func everySkippedLineIsReportedAndNothingCrashes() {
        var generator = SeededGenerator(seed: 2026)
        var logsWithEvents = 0, logsWithProblems = 0, logsWithUndos = 0
        for _ in 0..<5_000 {
            var bytes = Self.randomLog(using: &generator)
            // Mix in real lines, so some events survive and undos have something to take back.
            if Bool.random(using: &generator) {
                bytes += Array("\n2026-11-21T09:00:00.000Z\treview\tB\t4\t1000\n".utf8)
                if Bool.random(using: &generator) { bytes += Array("2026-11-21T09:00:01.000Z\tundo\tB\t-\t-\n".utf8) }
                bytes += Self.randomLog(using: &generator)
            }
            let contents = LogReader.read(bytes)
            let expectedLines = Self.eventLineNumbers(bytes)

            let problemLines = contents.problems.map(\.line)
            let answerLines = contents.answers.map(\.line)
            // Each line is reported at most once, never both kept and reported, and every line
            // that is not blank or a comment is either an event or reported.
            #expect(Set(problemLines).count == problemLines.count, "log \(bytes)")
            #expect(Set(problemLines).isDisjoint(with: answerLines), "log \(bytes)")
            #expect(Set(problemLines).union(answerLines).isSubset(of: expectedLines), "log \(bytes)")
            #expect(problemLines.count + contents.eventCount == expectedLines.count, "log \(bytes)")
            #expect(contents.answers.count == contents.eventCount - 2 * contents.undoneCount)
            #expect(contents.problems.map(\.line) == contents.problems.map(\.line).sorted())
            #expect(contents.endsWithNewline == (bytes.isEmpty || bytes.last == UInt8(ascii: "\n")))
            for answer in contents.answers {
                #expect(answer.kind != .undo && answer.grade != nil && answer.answerMillis != nil && !answer.cardID.isEmpty)
            }
            if !contents.answers.isEmpty { logsWithEvents += 1 }
            if !contents.problems.isEmpty { logsWithProblems += 1 }
            if contents.undoneCount > 0 { logsWithUndos += 1 }
        }
        // The generator really exercises both sides.
        #expect(logsWithEvents > 500)
        #expect(logsWithProblems > 2_000)
        #expect(logsWithUndos > 200)
    }
}
