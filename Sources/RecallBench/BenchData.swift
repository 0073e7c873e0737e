import ArgumentParser
import ReviewLog
import Study

/// The data a benchmark reads, as `recall-datagen` wrote it: a decks folder, a log, and the
/// time to act at. Shared by the benchmarks that load them.
struct BenchData: ParsableArguments {
    @Option(help: "The decks folder.")
    var decks: String

    @Option(help: "The review log.")
    var log: String

    @Option(help: "The time to act at (RFC 3339).")
    var now: String = "2026-11-21T12:00:00Z"

    /// The study days the benchmarks count in: UTC, starting at 04:00.
    let days = LocalDays.utc(dayStartHour: 4)

    /// `--now` in milliseconds since 1970 UTC.
    func nowMillis() throws -> Int64 { try RFC3339.parse(now) }

    enum CodingKeys: String, CodingKey { case decks, log, now }
}
