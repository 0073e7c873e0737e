import Foundation
import ReviewLog
import SM2
import Testing

@Suite struct LogReaderTests {
    @Test func readsTheDesignExample() {
        let contents = readLog("""
            # recall review log v1
            2026-11-21T09:14:03.120Z\treview\tMATH-011/formula\t4\t3120
            2026-11-21T09:14:09.877Z\treview\tML-002/interview\t2\t6004
            2026-11-21T09:15:40.002Z\tdrill\tML-002/interview\t4\t2210
            2026-11-21T09:15:51.310Z\tundo\tML-002/interview\t-\t-

            """)
        #expect(contents.problems.isEmpty)
        #expect(contents.hasHeader)
        #expect(contents.endsWithNewline)
        #expect(contents.lineCount == 5)
        #expect(contents.eventCount == 4)
        #expect(contents.undoneCount == 1)
        #expect(contents.answers == [
            LogEvent(time: 1_795_252_443_120, kind: .review, cardID: "MATH-011/formula", grade: .good, answerMillis: 3120, line: 2),
            LogEvent(time: 1_795_252_449_877, kind: .review, cardID: "ML-002/interview", grade: .almost, answerMillis: 6004, line: 3),
        ])
    }

    @Test func formattedEventsReadBackUnchanged() {
        var generator = SeededGenerator(seed: 1)
        let kinds: [EventKind] = [.review, .drill, .cram]
        var events: [LogEvent] = []
        for line in 2...1001 {
            events.append(LogEvent(
                time: Int64.random(in: 0...4_102_444_800_000, using: &generator),
                kind: kinds[Int.random(in: 0..<3, using: &generator)],
                cardID: "CARD-\(Int.random(in: 0..<50, using: &generator))/formula",
                grade: Grade(Int.random(in: 0...5, using: &generator)),
                answerMillis: Int.random(in: 0...600_000, using: &generator),
                line: line))
        }
        let text = LogEvent.header + "\n" + events.map(\.logLine).joined()
        let contents = LogReader.read(Array(text.utf8))
        #expect(contents.problems.isEmpty)
        #expect(contents.answers == events)
    }

    @Test func formatsLinesAsTheDesignShowsThem() {
        #expect(answer(.review, "MATH-011/formula", grade: 4, millis: 3120).logLine
            == "2026-11-21T09:00:00.000Z\treview\tMATH-011/formula\t4\t3120\n")
        #expect(undo("ML-002/interview", at: 3).logLine == "2026-11-21T09:00:03.000Z\tundo\tML-002/interview\t-\t-\n")
        #expect(answer(.cram, "Q-3f9a2c1b", grade: 0, millis: -5).logLine
            == "2026-11-21T09:00:00.000Z\tcram\tQ-3f9a2c1b\t0\t0\n")
    }

    @Test func reportsEveryMalformedFieldOnItsLineAndKeepsTheOthers() {
        let good = "2026-11-21T09:00:00.000Z\treview\tA/formula\t4\t1000"
        let lines = [
            "# recall review log v1",                                          // 1
            good,                                                              // 2
            "2026-11-21T09:00:00.000Z\treview\tA/formula\t4",                  // 3 four fields
            "2026-11-21T09:00:00.000Z\treview\tA/formula\t4\t1000\textra",     // 4 six fields
            "2026-11-21T25:00:00.000Z\treview\tA/formula\t4\t1000",            // 5 bad hour
            "yesterday\treview\tA/formula\t4\t1000",                           // 6 bad time
            "2026-11-21T09:00:00.000Z\tfoo\tA/formula\t4\t1000",               // 7 unknown kind
            "2026-11-21T09:00:00.000Z\tReview\tA/formula\t4\t1000",            // 8 kinds are lowercase
            "2026-11-21T09:00:00.000Z\treview\t\t4\t1000",                     // 9 empty card
            "2026-11-21T09:00:00.000Z\treview\tA/formula\t7\t1000",            // 10 grade 7
            "2026-11-21T09:00:00.000Z\treview\tA/formula\t-\t1000",            // 11 no grade
            "2026-11-21T09:00:00.000Z\treview\tA/formula\t4.5\t1000",          // 12 fractional grade
            "2026-11-21T09:00:00.000Z\treview\tA/formula\t4\tfast",            // 13 bad ms
            "2026-11-21T09:00:00.000Z\treview\tA/formula\t4\t-1",              // 14 negative ms
            "2026-11-21T09:00:00.000Z\treview\tA/formula\t4\t",                // 15 empty ms
            "2026-11-21T09:00:00.000Z\tundo\tA/formula\t4\t1000",              // 16 undo with grade
            "a line of prose",                                                 // 17 one field
            good,                                                              // 18
        ]
        let contents = LogReader.read(logBytes(lines))
        let expected: [LogProblem] = [
            LogProblem(line: 3, message: "expected 5 tab-separated fields (time, kind, card, grade, ms), found 4"),
            LogProblem(line: 4, message: "expected 5 tab-separated fields (time, kind, card, grade, ms), found 6"),
            LogProblem(line: 5, message: "bad time '2026-11-21T25:00:00.000Z': hour 25 is outside 00–23"),
            LogProblem(line: 6, message: "bad time 'yesterday': expected YYYY-MM-DDTHH:MM:SS[.fraction] then Z or an offset such as +01:00"),
            LogProblem(line: 7, message: "unknown kind 'foo' (expected review, drill, cram, undo, suspend, unsuspend, bury or forget)"),
            LogProblem(line: 8, message: "unknown kind 'Review' (expected review, drill, cram, undo, suspend, unsuspend, bury or forget)"),
            LogProblem(line: 9, message: "empty card ID"),
            LogProblem(line: 10, message: "grade 7 is outside 0–5"),
            LogProblem(line: 11, message: "grade '-' is not a whole number 0–5"),
            LogProblem(line: 12, message: "grade '4.5' is not a whole number 0–5"),
            LogProblem(line: 13, message: "answer time 'fast' is not a whole number of milliseconds"),
            LogProblem(line: 14, message: "answer time '-1' is not a whole number of milliseconds"),
            LogProblem(line: 15, message: "answer time '' is not a whole number of milliseconds"),
            LogProblem(line: 16, message: "an undo has '-' as grade and answer time, found '4' and '1000'"),
            LogProblem(line: 17, message: "expected 5 tab-separated fields (time, kind, card, grade, ms), found 1"),
        ]
        #expect(contents.problems == expected)
        #expect(contents.answers.map(\.line) == [2, 18])
        #expect(contents.eventCount == 2)
        #expect(contents.lineCount == 18)
        #expect(contents.problems[0].described(in: "reviews.log")
            == "reviews.log:3: error: expected 5 tab-separated fields (time, kind, card, grade, ms), found 4")
    }

    @Test func reportsCardIDsThatAreNotUTF8AndShowsControlBytesEscaped() {
        var bytes = Array("2026-11-21T09:00:00.000Z\treview\tA".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\t4\t1000\n2026-11-21T09:00:00.000Z\t\u{1B}[31m\tA\t4\t1000\n".utf8)
        let contents = LogReader.read(bytes)
        #expect(contents.problems == [
            LogProblem(line: 1, message: "card ID 'A\u{FFFD}\u{FFFD}' is not valid UTF-8"),
            LogProblem(line: 2, message: "unknown kind '\\u{1b}[31m' (expected review, drill, cram, undo, suspend, unsuspend, bury or forget)"),
        ])
        #expect(contents.answers.isEmpty)
    }

    @Test func acceptsAnyTimeFormTheParserAccepts() {
        let contents = readLog("2026-11-21T10:00:00+01:00\treview\tA\t5\t10\n2026-11-21T09:00:00.5Z\treview\tB\t5\t10\n")
        #expect(contents.problems.isEmpty)
        #expect(contents.answers.map(\.time) == [time(0), time(0) + 500])
    }

    @Test func headerIsOptionalAndCommentsAndBlankLinesAreSkippedSilently() {
        let withoutHeader = readLog("2026-11-21T09:00:00.000Z\treview\tA\t5\t10\n")
        #expect(!withoutHeader.hasHeader)
        #expect(withoutHeader.answers.count == 1)
        #expect(withoutHeader.problems.isEmpty)

        let mixed = readLog("""
            # recall review log v1

            # a note written by hand
            \t \t
            2026-11-21T09:00:00.000Z\treview\tA\t5\t10
            #2026-11-21T09:00:00.000Z\treview\tB\t5\t10

            """)
        #expect(mixed.hasHeader)
        #expect(mixed.problems.isEmpty)
        #expect(mixed.answers.map(\.cardID) == ["A"])
        #expect(mixed.answers.map(\.line) == [5])

        let headerLater = readLog("2026-11-21T09:00:00.000Z\treview\tA\t5\t10\n# recall review log v1\n")
        #expect(!headerLater.hasHeader)
        #expect(headerLater.problems.isEmpty)
        #expect(!readLog("# recall review log v2\n").hasHeader)
    }

    @Test func emptyLogIsEmptyAndEndsCleanly() {
        let contents = LogReader.read([])
        #expect(contents == LogContents())
        #expect(contents.endsWithNewline)
        #expect(contents.lineCount == 0)
    }

    @Test func toleratesCRLF() {
        let contents = readLog("# recall review log v1\r\n2026-11-21T09:00:00.000Z\treview\tA\t5\t10\r\n\r\n2026-11-21T09:00:01.000Z\tundo\tA\t-\t-\r\n")
        #expect(contents.hasHeader)
        #expect(contents.problems.isEmpty)
        #expect(contents.undoneCount == 1)
        #expect(contents.answers.isEmpty)
    }

    @Test func aLastLineWithoutNewlineIsTornEvenWhenItWouldRead() {
        let contents = readLog("2026-11-21T09:00:00.000Z\treview\tA\t5\t10")
        #expect(contents.answers.isEmpty)
        #expect(contents.problems.map(\.line) == [1])
        #expect(contents.problems.first?.message.hasPrefix("torn last line (no newline)") == true)
        #expect(!contents.endsWithNewline)
    }

    @Test func tornLastLineIsReportedAtEveryCutAndTheRestIsKept() {
        let head = logBytes([
            LogEvent.header,
            "2026-11-21T09:14:03.120Z\treview\tMATH-011/formula\t4\t3120",
            "2026-11-21T09:14:09.877Z\tcram\tML-002/interview\t2\t6004",
        ])
        let last = Array("2026-11-21T09:15:40.002Z\tdrill\tML-002/interview\t4\t2210".utf8)
        for cut in 1..<last.count {
            let contents = LogReader.read(head + last[0..<cut])
            #expect(contents.answers.map(\.line).prefix(2) == [2, 3], "cut at \(cut)")
            #expect(!contents.endsWithNewline)
            #expect(contents.lineCount == 4)
            // Even a cut inside the answer time, which leaves a line that would read, is torn.
            #expect(contents.answers.count == 2, "cut at \(cut)")
            #expect(contents.problems.count == 1, "cut at \(cut)")
            #expect(contents.problems.first?.line == 4)
            let message = contents.problems.first?.message ?? ""
            let shown = String(decoding: last[0..<min(cut, 60)], as: UTF8.self).replacingOccurrences(of: "\t", with: "\\t")
            #expect(message.hasPrefix("torn last line (no newline): '\(shown)"), "cut at \(cut): \(message)")
        }
    }

    @Test func undoTakesBackTheLatestAnswerOfAnyKind() {
        for kind in [EventKind.review, .drill, .cram] {
            let contents = LogReader.read(Array(
                (answer(.review, "A", grade: 4).logLine + answer(kind, "B", grade: 2, at: 1).logLine + undo("B", at: 2).logLine).utf8))
            #expect(contents.problems.isEmpty)
            #expect(contents.answers.map(\.cardID) == ["A"], "undo of \(kind)")
            #expect(contents.undoneCount == 1)
            #expect(contents.eventCount == 3)
        }
    }

    @Test func successiveUndosWalkBackThroughTheAnswers() {
        let lines = [
            answer(.review, "A", grade: 5), answer(.review, "B", grade: 1, at: 1), answer(.drill, "B", grade: 4, at: 2),
            undo("B", at: 3), undo("B", at: 4), undo("A", at: 5), answer(.review, "C", grade: 3, at: 6),
        ]
        let contents = LogReader.read(Array(lines.map(\.logLine).joined().utf8))
        #expect(contents.problems.isEmpty)
        #expect(contents.answers.map(\.cardID) == ["C"])
        #expect(contents.answers.map(\.line) == [7])
        #expect(contents.undoneCount == 3)
    }

    @Test func undoWithNothingToUndoIsReportedAndSkipped() {
        let lines = [undo("A"), answer(.review, "A", grade: 5, at: 1), undo("A", at: 2), undo("A", at: 3)]
        let contents = LogReader.read(Array(lines.map(\.logLine).joined().utf8))
        #expect(contents.problems == [
            LogProblem(line: 1, message: "undo of A with nothing to undo"),
            LogProblem(line: 4, message: "undo of A with nothing to undo"),
        ])
        #expect(contents.answers.isEmpty)
        #expect(contents.undoneCount == 1)
        #expect(contents.eventCount == 2)
    }

    @Test func undoOfAnotherCardThanTheLatestAnswerIsReportedAndChangesNothing() {
        let lines = [answer(.review, "A", grade: 5), answer(.review, "B", grade: 2, at: 1), undo("A", at: 2), undo("B", at: 3)]
        let contents = LogReader.read(Array(lines.map(\.logLine).joined().utf8))
        #expect(contents.problems == [LogProblem(line: 3, message: "undo of A but the latest answer is B (line 2)")])
        #expect(contents.answers.map(\.cardID) == ["A"])
        #expect(contents.undoneCount == 1)
    }

    @Test func linesAboutTheSameCardShareOneString() throws {
        var text: [UInt8] = []
        for index in 0..<10_000 {
            text += answer(.review, "CONCEPT-\(index % 100)/interview", grade: index % 6, at: Int64(index)).logLineBytes
        }
        let contents = LogReader.read(text)
        #expect(contents.answers.count == 10_000)
        #expect(contents.problems.isEmpty)
        #expect(contents.answers[7_777].cardID == "CONCEPT-77/interview")
        #expect(contents.answers[7_777].grade == Grade(7_777 % 6))
        func storage(_ id: String) -> UnsafePointer<UInt8>? { id.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil }
        let first = try #require(storage(contents.answers[77].cardID))
        #expect(storage(contents.answers[7_777].cardID) == first)
        #expect(storage(contents.answers[9_977].cardID) == first)
        #expect(storage(contents.answers[78].cardID) != first)
    }

    @Test func manyDistinctCardIDsOfEveryLengthReadBackExactly() {
        var generator = SeededGenerator(seed: 99)
        let alphabet = Array("ABCXYZ019-/_.é∇θ".unicodeScalars)
        var ids: [String] = []
        for index in 0..<20_000 {
            var id = ""
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                id.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            ids.append(id + String(index % 7))  // near-duplicates share long prefixes
        }
        var text: [UInt8] = []
        var expected: [String] = []
        for round in 0..<2 {
            for index in ids.indices.shuffled(using: &generator) {
                text += answer(.cram, ids[index], grade: 5, at: Int64(round)).logLineBytes
                expected.append(ids[index])
            }
        }
        let contents = LogReader.read(text)
        #expect(contents.problems.isEmpty)
        #expect(contents.answers.map(\.cardID) == expected)
    }
}

/// A card ID holding a control or bidirectional character is a malformed field: no deck can
/// give such an ID, and the message shows it escaped.
@Suite struct LogControlCharacterTests {
    @Test func controlsInACardIDAreReportedAndTheLineSkipped() {
        let contents = readLog(
            "2026-11-21T09:00:00.000Z\treview\tA\u{1B}[2J/formula\t4\t100\n"
                + "2026-11-21T09:00:01.000Z\treview\tB\u{202E}1/formula\t4\t100\n"
                + "2026-11-21T09:00:02.000Z\treview\tC\u{85}1/formula\t4\t100\n"
                + "2026-11-21T09:00:03.000Z\treview\tOK-1/formula\t4\t100\n")
        #expect(contents.problems.map(\.message) == [
            "card ID 'A\\u{1b}[2J/formula' holds control character U+001B",
            "card ID 'B\\u{202e}1/formula' holds bidirectional control U+202E",
            "card ID 'C\\u{85}1/formula' holds control character U+0085",
        ])
        #expect(contents.answers.map(\.cardID) == ["OK-1/formula"])
    }

    @Test func aControlInAnotherFieldIsReportedEscaped() {
        let contents = readLog("2026-11-21T09:00:00.000Z\trev\u{1B}]0;x\u{07}\tOK-1/formula\t4\t100\n")
        #expect(contents.problems.map(\.message) == [
            "unknown kind 'rev\\u{1b}]0;x\\u{7}' (expected review, drill, cram, undo, suspend, unsuspend, bury or forget)",
        ])
        #expect(contents.problems.first?.described(in: "logs/a\nb.log") == "logs/a␊b.log:1: error: " + contents.problems[0].message)
    }
}
