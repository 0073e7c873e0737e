import ArgumentParser
import Foundation
import ReviewLog
import SM2

/// Times one answer appended to the log and synced to the disk, as a review session does it.
struct AppendBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append", abstract: "Time appends with fsync to a fresh log (p50, p99).")

    @Option(help: "The log file to create and append to (removed first).")
    var path: String

    @Option(help: "How many answers to append.")
    var count: Int = 1_000

    func run() throws {
        try? FileManager.default.removeItem(atPath: path)
        let appender = try LogAppender(path: path)
        defer { appender.close() }
        var samples = Samples(name: "append+fsync")
        let start: Int64 = 1_795_000_000_000
        for index in 0..<max(1, count) {
            let event = LogEvent(
                time: start + Int64(index) * 5_000, kind: .review, cardID: "BENCH-\(index % 500)/formula",
                grade: Grade(index % 6), answerMillis: 3_000 + index % 997)
            let timed = try Stopwatch.time { try appender.append(event) }
            samples.add(timed.nanoseconds)
        }
        print(samples.line)
    }
}
