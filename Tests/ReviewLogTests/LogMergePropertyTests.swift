import ReviewLog
import SM2
import Testing

/// The merge over random multi-device logs: the same whatever order the files come in, a single
/// file exactly as the reader reads it, the stable merge by time of each file's own answers, and
/// conflict copies that add nothing.
@Suite struct LogMergePropertyTests {
    static let cards = ["A/formula", "A/interview", "B/formula", "TOPIC-01/why", "Q-1a2b3c4d"]
    static let devices = ["laptop", "desktop", "server", "phone-2"]

    /// One device's log lines (without newlines): answers at rising times from `start` (steps of
    /// 0–3 hours, now and then back a little when `clockSkips`), undos of the latest standing
    /// answer, now and then an undo with nothing to undo and a broken line. No two lines alike.
    static func deviceLines(
        start: Int64, clockSkips: Bool, using generator: inout SeededGenerator
    ) -> [String] {
        var lines: [String] = []
        var standing: [String] = []
        var seconds = start
        var seen = Set<Int64>()
        for _ in 0..<Int.random(in: 0...40, using: &generator) {
            var step = Int64.random(in: 0...10_800, using: &generator)
            if clockSkips, Int.random(in: 0..<8, using: &generator) == 0 { step = -Int64.random(in: 1...7_200, using: &generator) }
            seconds += step
            while !seen.insert(seconds).inserted { seconds += 1 }
            switch Int.random(in: 0..<10, using: &generator) {
            case 0...1 where !standing.isEmpty:
                lines.append(LogMergeTests.undoLine(standing.removeLast(), at: seconds))
            case 2 where Int.random(in: 0..<4, using: &generator) == 0:
                lines.append(Int.random(in: 0..<2, using: &generator) == 0
                    ? "a broken line" : LogMergeTests.undoLine("NOTHING", at: seconds))
            default:
                let kinds: [EventKind] = [.review, .review, .drill, .cram]
                let card = cards[Int.random(in: 0..<cards.count, using: &generator)]
                lines.append(LogMergeTests.line(
                    kinds[Int.random(in: 0..<kinds.count, using: &generator)], card,
                    Int.random(in: 0...5, using: &generator), at: seconds, millis: Int.random(in: 300...9_000, using: &generator)))
                standing.append(card)
            }
        }
        return lines
    }

    /// Two to four device files with overlapping times.
    static func randomFolder(clockSkips: Bool, using generator: inout SeededGenerator) -> [(name: String, lines: [String])] {
        let count = Int.random(in: 2...4, using: &generator)
        return devices.prefix(count).map { device in
            (device + ".log", deviceLines(start: Int64.random(in: 0...3_600, using: &generator), clockSkips: clockSkips, using: &generator))
        }
    }

    static func files(_ folder: [(name: String, lines: [String])]) -> [LogFolderFile] {
        folder.map { LogMergeTests.file($0.name, $0.lines) }
    }

    @Test func theMergeIsTheSameWhateverOrderTheFilesAreReadIn() {
        var generator = SeededGenerator(seed: 12)
        var interleaved = 0
        for _ in 0..<400 {
            let files = Self.files(Self.randomFolder(clockSkips: true, using: &generator))
            let merged = LogMerge.merge(files)
            for _ in 0..<4 {
                let shuffled = files.shuffled(using: &generator)
                #expect(LogMerge.merge(shuffled) == merged)
            }
            #expect(LogMerge.merge(files.reversed()) == merged)
            if Set(merged.answerFiles.prefix(6)).count > 1 { interleaved += 1 }
        }
        // The folders really mix their devices' answers.
        #expect(interleaved > 300)
    }

    @Test func aSingleFileMergesToExactlyWhatTheReaderReads() {
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<500 {
            let lines = Self.deviceLines(start: 0, clockSkips: true, using: &generator)
            let bytes = logBytes([LogEvent.header] + lines)
            let direct = LogReader.read(bytes)
            let merged = LogMerge.merge([LogFolderFile(name: "laptop.log", bytes: bytes)])
            #expect(merged.contents.answers == direct.answers)
            #expect(merged.contents.answerCardNumbers == direct.answerCardNumbers)
            #expect(merged.contents.distinctCardIDs == direct.distinctCardIDs)
            #expect(merged.contents.problems == direct.problems.map { LogProblem(line: $0.line, message: $0.message, file: "laptop.log") })
            #expect(merged.contents.undoneCount == direct.undoneCount)
            #expect(merged.duplicateCount == 0)
        }
    }

    /// With every file's times rising, the merge is each file read on its own, then all its
    /// answers sorted by time, ties by file name: a plain model of "a stable merge by time".
    @Test func withRisingTimesTheMergeIsTheAnswersSortedByTimeThenFileName() {
        var generator = SeededGenerator(seed: 14)
        for _ in 0..<400 {
            let folder = Self.randomFolder(clockSkips: false, using: &generator)
            var model: [(time: Int64, file: String, order: Int, event: LogEvent)] = []
            for (name, lines) in folder {
                for (order, event) in LogReader.read(logBytes([LogEvent.header] + lines)).answers.enumerated() {
                    model.append((event.time, name, order, event))
                }
            }
            model.sort { ($0.time, $0.file, $0.order) < ($1.time, $1.file, $1.order) }
            #expect(LogMerge.merge(Self.files(folder)).contents.answers == model.map(\.event))
        }
    }

    /// Conflict copies of any device's file, cut at any line (so made before or after any of its
    /// undos), or whole, change nothing but the count of lines found twice.
    @Test func conflictCopiesAddNothing() {
        var generator = SeededGenerator(seed: 15)
        var copiesWithLines = 0
        for _ in 0..<400 {
            let folder = Self.randomFolder(clockSkips: true, using: &generator)
            let plain = LogMerge.merge(Self.files(folder))
            var withCopies = folder
            for copy in 0..<Int.random(in: 1...3, using: &generator) {
                let original = folder[Int.random(in: 0..<folder.count, using: &generator)]
                let cut = Int.random(in: 0...original.lines.count, using: &generator)
                let device = String(original.name.dropLast(4))
                withCopies.append((
                    "\(device).sync-conflict-20261121-0915\(10 + copy)-K3X2R2T.log", Array(original.lines.prefix(cut))))
                if cut > 0 { copiesWithLines += 1 }
            }
            let merged = LogMerge.merge(Self.files(withCopies))
            #expect(merged.contents.answers == plain.contents.answers)
            #expect(merged.answersPerDevice.map(\.answers) == plain.answersPerDevice.map(\.answers))
        }
        #expect(copiesWithLines > 300)
    }
}
