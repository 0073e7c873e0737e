import ArgumentParser
import Deck
import Foundation
import ReviewLog
import Study

/// Times each stage of a start-up separately: parsing the decks, reading the log, replaying
/// it, building today's queue, and folding the memory model over the log.
struct LoadBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Time deck loading, log reading, replay and queue building.")

    @OptionGroup var data: BenchData

    @Option(help: "Runs of each stage.")
    var runs: Int = 10

    @Option(help: "A prefix for the measurement names.")
    var label: String = ""

    func run() throws {
        let nowMillis = try data.nowMillis()
        let days = data.days
        let today = days.day(atMillis: nowMillis)
        var deckSamples = Samples(name: label + "decks")
        var logSamples = Samples(name: label + "log-read")
        var replaySamples = Samples(name: label + "replay")
        var queueSamples = Samples(name: label + "queue")
        // The FSRS-6 memory fold over the same log (readiness, cards --json, calibration need it).
        var memorySamples = Samples(name: label + "memory fold")
        var queued = 0
        var memory: [String] = []
        func noteMemory(_ stage: String) {
            let usage = MemoryUsage.residentMegabytes()
            memory.append("\(stage) \(usage.now)/\(usage.peak) MB")
        }
        for run in 0..<max(1, runs) {
            let library = try Stopwatch.time { try DeckFolder(path: data.decks).load() }
            deckSamples.add(library.nanoseconds)
            if run == 0 { noteMemory("decks") }
            let contents = try Stopwatch.time { try LogFile.read(at: data.log) }
            logSamples.add(contents.nanoseconds)
            if run == 0 { noteMemory("log") }
            let replay = Stopwatch.time {
                Replay(library: library.result, log: contents.result, days: days, today: today)
            }
            replaySamples.add(replay.nanoseconds)
            if run == 0 { noteMemory("replay") }
            let queue = Stopwatch.time { DailyQueue(library: library.result, replay: replay.result) }
            queueSamples.add(queue.nanoseconds)
            queued = queue.result.items.count
            if run == 0 { noteMemory("queue") }
            let fold = Stopwatch.time { MemoryReplay(library: library.result, log: contents.result, days: days) }
            memorySamples.add(fold.nanoseconds)
        }
        for samples in [deckSamples, logSamples, replaySamples, queueSamples, memorySamples] { print(samples.line) }
        FileHandle.standardError.write(Data("(\(queued) cards queued; resident now/peak after \(memory.joined(separator: ", ")))\n".utf8))
    }
}
