import ReviewLog
import SM2
import Testing

/// A log folder's files merged into one log: by time, each file in its own order, each undo in
/// its own file, identical lines once.
@Suite struct LogMergeTests {
    /// The file `name` holding `lines` (each given without its newline), read.
    static func file(_ name: String, _ lines: [String]) -> LogFolderFile {
        LogFolderFile(name: name, bytes: logBytes([LogEvent.header] + lines))
    }

    /// An answer line at `seconds` after 2026-11-21T09:00:00Z.
    static func line(_ kind: EventKind, _ card: String, _ grade: Int, at seconds: Int64, millis: Int = 1500) -> String {
        String(answer(kind, card, grade: grade, at: seconds, millis: millis).logLine.dropLast())
    }

    /// An undo line at `seconds`.
    static func undoLine(_ card: String, at seconds: Int64) -> String {
        String(undo(card, at: seconds).logLine.dropLast())
    }

    /// The merged answers as `card@seconds`, for short expectations.
    static func summary(_ merged: MergedLog) -> [String] {
        merged.contents.answers.map { "\($0.cardID)@\(($0.time - time()) / 1000)" }
    }

    @Test func answersOfTwoDevicesInterleaveByTime() {
        let laptop = Self.file("laptop.log", [
            Self.line(.review, "A", 4, at: 0), Self.line(.review, "B", 4, at: 20), Self.line(.review, "C", 4, at: 40),
        ])
        let desktop = Self.file("desktop.log", [Self.line(.review, "D", 4, at: 10), Self.line(.review, "E", 4, at: 30)])
        let merged = LogMerge.merge([laptop, desktop])
        #expect(Self.summary(merged) == ["A@0", "D@10", "B@20", "E@30", "C@40"])
        #expect(merged.files.map(\.name) == ["desktop.log", "laptop.log"])
        #expect(merged.answerFiles == [1, 0, 1, 0, 1])
        // Each answer keeps its line number in its own file.
        #expect(merged.contents.answers.map(\.line) == [2, 2, 3, 3, 4])
        #expect(merged.answersPerDevice.map(\.device) == ["desktop", "laptop"])
        #expect(merged.answersPerDevice.map(\.answers) == [2, 3])
        #expect(merged.duplicateCount == 0)
    }

    @Test func aFileWhoseClockWentBackKeepsItsOwnOrder() {
        // The laptop's clock was set back an hour between its two answers.
        let laptop = Self.file("laptop.log", [Self.line(.review, "A", 4, at: 3600), Self.line(.review, "B", 4, at: 0)])
        let desktop = Self.file("desktop.log", [Self.line(.review, "C", 4, at: 1800)])
        #expect(Self.summary(LogMerge.merge([laptop, desktop])) == ["C@1800", "A@3600", "B@0"])
        // Alone, the file replays exactly as it is.
        #expect(Self.summary(LogMerge.merge([laptop])) == ["A@3600", "B@0"])
    }

    @Test func answersAtTheSameMillisecondComeInOrderOfFileName() {
        let zeta = Self.file("zeta.log", [Self.line(.review, "Z", 4, at: 5)])
        let alpha = Self.file("alpha.log", [Self.line(.review, "A", 4, at: 5)])
        #expect(Self.summary(LogMerge.merge([zeta, alpha])) == ["A@5", "Z@5"])
        #expect(Self.summary(LogMerge.merge([alpha, zeta])) == ["A@5", "Z@5"])
    }

    @Test func anUndoTakesBackTheLatestAnswerOfItsOwnFileOnly() {
        // The desktop's undo comes after the laptop's answer to the same card, by time; it still
        // takes back the desktop's own answer.
        let laptop = Self.file("laptop.log", [Self.line(.review, "A", 5, at: 20)])
        let desktop = Self.file("desktop.log", [Self.line(.review, "A", 1, at: 10), Self.undoLine("A", at: 30)])
        let merged = LogMerge.merge([laptop, desktop])
        #expect(Self.summary(merged) == ["A@20"])
        #expect(merged.contents.answers.first?.grade == Grade(5))
        #expect(merged.contents.problems.isEmpty)
        #expect(merged.contents.undoneCount == 1)
        // An undo in a file with nothing of its own to undo is that file's problem, whatever the others hold.
        let lonely = Self.file("server.log", [Self.undoLine("A", at: 40)])
        let withLonely = LogMerge.merge([laptop, lonely])
        #expect(Self.summary(withLonely) == ["A@20"])
        #expect(withLonely.contents.problems == [LogProblem(line: 2, message: "undo of A with nothing to undo", file: "server.log")])
    }

    @Test func aConflictCopyCountsNothingTwice() {
        let lines = [Self.line(.review, "A", 4, at: 0), Self.line(.drill, "A", 4, at: 5), Self.line(.review, "B", 3, at: 9)]
        let laptop = Self.file("laptop.log", lines)
        let desktop = Self.file("desktop.log", [Self.line(.review, "C", 4, at: 7)])
        let copy = Self.file("laptop.sync-conflict-20261121-091523-K3X2R2T.log", Array(lines.prefix(2)))
        let without = LogMerge.merge([laptop, desktop])
        let with = LogMerge.merge([copy, laptop, desktop])
        #expect(with.contents.answers == without.contents.answers)
        #expect(with.duplicateCount == 2)
        #expect(with.answersPerDevice.map(\.device) == ["desktop", "laptop"])
        #expect(with.answersPerDevice.map(\.answers) == [1, 3])
        // A whole copy, too.
        let whole = Self.file("laptop (conflicted copy 2026-11-21).log", lines)
        #expect(LogMerge.merge([laptop, whole, desktop]).contents.answers == without.contents.answers)
    }

    @Test func anAnswerTakenBackInOneCopyIsTakenBackEverywhere() {
        let answered = Self.line(.review, "A", 1, at: 0)
        let other = Self.line(.review, "B", 4, at: 1)
        // The copy was made before the undo; the device's file has it.
        let before = Self.file("laptop.sync-conflict-20261121-091523-K3X2R2T.log", [other, answered])
        let after = Self.file("laptop.log", [other, answered, Self.undoLine("A", at: 2)])
        #expect(Self.summary(LogMerge.merge([before, after])) == ["B@1"])
        // And the other way round: the copy holds the undo, the file does not (it lost it).
        let lostUndo = Self.file("laptop.log", [other, answered])
        let copyWithUndo = Self.file("laptop.sync-conflict-20261121-091523-K3X2R2T.log", [other, answered, Self.undoLine("A", at: 2)])
        #expect(Self.summary(LogMerge.merge([lostUndo, copyWithUndo])) == ["B@1"])
    }

    @Test func aLineTwiceInOneFileCountsTwiceAndOnceMoreInACopyDoesNot() {
        let twice = Self.line(.cram, "A", 4, at: 0)
        let file = Self.file("laptop.log", [twice, twice])
        let copy = Self.file("laptop.sync-conflict-20261121-091523-K3X2R2T.log", [twice])
        #expect(Self.summary(LogMerge.merge([file])) == ["A@0", "A@0"])
        #expect(Self.summary(LogMerge.merge([file, copy])) == ["A@0", "A@0"])
        #expect(LogMerge.merge([file, copy]).duplicateCount == 1)
    }

    @Test func linesThatDifferInAnyByteAreDifferentAnswers() {
        // The same answer written with another offset, or another answer time: not the same line.
        let a = Self.file("a.log", ["2026-11-21T09:00:00.000Z\treview\tA\t4\t1500"])
        let b = Self.file("b.log", ["2026-11-21T10:00:00.000+01:00\treview\tA\t4\t1500"])
        let c = Self.file("c.log", ["2026-11-21T09:00:00.000Z\treview\tA\t4\t1501"])
        let merged = LogMerge.merge([a, b, c])
        #expect(merged.contents.answers.count == 3)
        #expect(merged.duplicateCount == 0)
        // A line ending in CR LF is the same line as one ending in LF.
        let crlf = LogFolderFile(name: "d.log", bytes: Array("2026-11-21T09:00:00.000Z\treview\tA\t4\t1500\r\n".utf8))
        #expect(LogMerge.merge([a, crlf]).contents.answers.count == 1)
    }

    @Test func problemsNameTheirFileInsideTheFolder() {
        let good = Self.file("laptop.log", [Self.line(.review, "A", 4, at: 0)])
        let bad = Self.file("desktop.log", [Self.line(.review, "B", 4, at: 1), "not a line"])
        let merged = LogMerge.merge([good, bad])
        #expect(merged.contents.problems.count == 1)
        let problem = merged.contents.problems[0]
        #expect(problem.file == "desktop.log" && problem.line == 3)
        #expect(problem.described(in: "/home/me/log") == "/home/me/log/desktop.log:3: error: \(problem.message)")
        #expect(problem.described(in: "/home/me/log/") == "/home/me/log/desktop.log:3: error: \(problem.message)")
        // A problem of a log file is described as before.
        #expect(LogProblem(line: 3, message: "m").described(in: "/r.log") == "/r.log:3: error: m")
        #expect(merged.files.map(\.problemCount) == [1, 0])
    }

    @Test func aFolderOfOneFileIsThatFile() {
        let bytes = logBytes([
            LogEvent.header, Self.line(.review, "A", 4, at: 10), Self.line(.review, "B", 2, at: 5), "junk",
            Self.line(.drill, "B", 4, at: 20), Self.undoLine("B", at: 21), Self.line(.cram, "A", 5, at: 30),
        ])
        let direct = LogReader.read(bytes)
        let merged = LogMerge.merge([LogFolderFile(name: "only.log", bytes: bytes)])
        #expect(merged.contents.answers == direct.answers)
        #expect(merged.contents.distinctCardIDs == direct.distinctCardIDs)
        #expect(merged.contents.answerCardNumbers == direct.answerCardNumbers)
        #expect(merged.contents.problems.map(\.line) == direct.problems.map(\.line))
        #expect(merged.contents.problems.map(\.message) == direct.problems.map(\.message))
        #expect(merged.contents.eventCount == direct.eventCount)
        #expect(merged.contents.undoneCount == direct.undoneCount)
        #expect(merged.files.map(\.answerLineCount) == [4])
        #expect(merged.files.map(\.undoneCount) == [1])
    }

    @Test func cardNumbersOfTheMergeDescribeItsAnswers() {
        let laptop = Self.file("laptop.log", [Self.line(.review, "A", 4, at: 0), Self.line(.review, "B", 4, at: 20)])
        let desktop = Self.file("desktop.log", [Self.line(.review, "B", 4, at: 10), Self.line(.review, "C", 4, at: 30)])
        let contents = LogMerge.merge([laptop, desktop]).contents
        #expect(contents.hasCardNumbers)
        #expect(contents.answerCardNumbers.map { contents.distinctCardIDs[Int($0)] } == contents.answers.map(\.cardID))
        #expect(Set(contents.distinctCardIDs).count == contents.distinctCardIDs.count)
    }

    @Test func anEmptyFolderIsAnEmptyLog() {
        let merged = LogMerge.merge([])
        #expect(merged.contents.answers.isEmpty && merged.contents.problems.isEmpty)
        #expect(merged.files.isEmpty && merged.answersPerDevice.isEmpty)
    }
}
