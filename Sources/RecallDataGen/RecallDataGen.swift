import ArgumentParser
import Deck
import Foundation
import ReviewLog
import Study

/// `recall-datagen`: writes large synthetic decks and a review log for benchmarks and soak
/// tests. The same options and seed always give the same bytes.
@main
struct RecallDataGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall-datagen",
        abstract: "Write N cards of decks and a review log of M events into a folder (decks/ and reviews.log).")

    @Option(help: "How many cards.")
    var cards: Int = 1_000

    @Option(help: "How many log events.")
    var events: Int = 10_000

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(help: "Years of history the log spans, ending the day before --end.")
    var years: Int = 3

    @Option(help: "The day after the last logged day (YYYY-MM-DD).")
    var end: String = "2026-11-21"

    @Option(help: "Cards per deck file.")
    var cardsPerFile: Int = 1_000

    @Option(help: "Phases per deck file.")
    var phasesPerFile: Int = 5

    @Option(help: "Write an action (bury, suspend, unsuspend, forget in turn) after every N-th event; 0 for none.")
    var actionsEvery: Int = 0

    @Option(help: "Deal the log's days out to this many devices' files in a log folder reviews/ instead of reviews.log.")
    var devices: Int = 1

    @Option(help: "The folder to write into; its decks/ folder is replaced.")
    var out: String

    func validate() throws {
        guard cards > 0, events >= 0, years > 0, cardsPerFile > 0, phasesPerFile > 0, actionsEvery >= 0, devices > 0 else {
            throw ValidationError(
                "--cards, --years, --cards-per-file, --phases-per-file and --devices must be positive, --events and --actions-every 0 or more.")
        }
        guard endDay != nil else { throw ValidationError("--end '\(end)' is not a date YYYY-MM-DD.") }
    }

    private var endDay: Int? {
        let parts = end.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = CivilDate(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        return date.daysSinceEpoch
    }

    func run() throws {
        guard let endDay else { throw ValidationError("--end '\(end)' is not a date YYYY-MM-DD.") }
        var generator = SplitMix64(seed: seed)
        let files = DeckGenerator(cardCount: cards, cardsPerFile: cardsPerFile, phasesPerFile: phasesPerFile)
            .files(using: &generator)
        let folder = URL(fileURLWithPath: out)
        let decksFolder = folder.appendingPathComponent("decks", isDirectory: true)
        try? FileManager.default.removeItem(at: decksFolder)
        try FileManager.default.createDirectory(at: decksFolder, withIntermediateDirectories: true)
        var parsed: [DeckParseResult] = []
        for file in files {
            let bytes = Array(file.text.utf8)
            try Data(bytes).write(to: decksFolder.appendingPathComponent(file.name))
            parsed.append(DeckParser.parse(bytes, file: file.name))
        }
        let library = DeckLibrary(parsed: parsed)
        if let problem = library.diagnostics.first {
            throw ValidationError("the generated decks have a problem: \(problem)")
        }
        let days = years * 365 + years / 4
        let log = LogGenerator(
            cardIDs: library.cards.map { $0.id.rawValue }, eventCount: events, firstDay: endDay - days, days: days)
        let bytes = LogShaping.sprinklingActions(log.bytes(using: &generator), every: actionsEvery)
        if devices > 1 {
            let logFolder = folder.appendingPathComponent("reviews", isDirectory: true)
            try? FileManager.default.removeItem(at: logFolder)
            try FileManager.default.createDirectory(at: logFolder, withIntermediateDirectories: true)
            for (index, file) in LogShaping.splittingByDay(bytes, devices: devices, using: &generator).enumerated() {
                try Data(file).write(to: logFolder.appendingPathComponent("device-\(index + 1).log"))
            }
        } else {
            try Data(bytes).write(to: folder.appendingPathComponent("reviews.log"))
        }
        let lines = bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        print("\(library.cards.count) cards in \(files.count) files, \(lines - 1) events (\(bytes.count) bytes) in \(folder.path)")
    }
}
