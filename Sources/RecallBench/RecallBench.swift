import ArgumentParser

/// `recall-bench`: in-process measurements of the parts a start-up and a key press are made of.
/// Each prints tab-separated lines `name runs p50_ms p99_ms max_ms` for `scripts/bench.sh`.
@main
struct RecallBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall-bench",
        abstract: "In-process benchmarks: load, replay, queue, key press, append with fsync.",
        subcommands: [LoadBench.self, AppendBench.self, KeypressBench.self])
}
