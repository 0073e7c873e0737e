#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Times code with the monotonic clock, in nanoseconds.
enum Stopwatch {
    /// The monotonic clock now, in nanoseconds.
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// The CPU time this thread has used, in nanoseconds: unlike the wall clock, it leaves out
    /// the time the thread waited for a core on a busy machine.
    static func threadCPU() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Runs `body` and returns its result and how long it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (result: T, nanoseconds: UInt64) {
        let start = now()
        let result = try body()
        return (result, now() - start)
    }
}

/// Timings of repeated runs of one measurement, summarised as percentiles.
struct Samples {
    /// The measurement's name, as the table shows it.
    let name: String
    /// Every run's time in nanoseconds.
    private(set) var nanoseconds: [UInt64] = []

    init(name: String) { self.name = name }

    mutating func add(_ value: UInt64) { nanoseconds.append(value) }

    /// How many runs were timed.
    var count: Int { nanoseconds.count }

    /// The `fraction` percentile (0...1) in milliseconds, nearest rank.
    func percentile(_ fraction: Double) -> Double {
        let sorted = nanoseconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return Double(sorted[min(sorted.count - 1, max(0, rank))]) / 1_000_000
    }

    /// One tab-separated line: name, runs, p50 ms, p99 ms, max ms.
    var line: String {
        "\(name)\t\(nanoseconds.count)\t\(format(percentile(0.5)))\t\(format(percentile(0.99)))\t\(format(percentile(1)))"
    }

    private func format(_ millis: Double) -> String {
        let scaled = (millis * 1000).rounded() / 1000
        return String(scaled)
    }
}
