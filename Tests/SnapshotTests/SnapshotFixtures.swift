import Deck
import Foundation
import ReviewLog
import SM2
import Snapshot
import Study
import Testing

/// Builders for the snapshot tests: a small library, random log lines, damage.
enum SnapshotFixtures {
    /// 2026-01-01 as a day number; the random logs start around it.
    static let firstDay = 20_454

    /// Card IDs the logs use: the first ten are in the library, the last three are orphans.
    static let ids = (0..<10).map { "C\($0)/formula" } + ["GONE-1/formula", "GONE-2/interview", "X y/why"]

    /// The first ten IDs as cards of one deck.
    static let library: DeckLibrary = {
        let cards = ids.prefix(10).enumerated().map { index, id in
            Card(
                id: CardID(id), noteID: String(id.prefix { $0 != "/" }), kind: .formula, deck: "Deck",
                phase: "Phase \(index % 3)", sections: [], front: "\(id)?",
                back: [CardField(label: "Answer", value: id)], week: index % 4, priority: nil,
                location: DeckSourceLocation(file: "deck.md", line: index + 1))
        }
        return DeckLibrary(decks: [Deck(name: "deck.md", file: "deck.md", phases: ["Phase 0", "Phase 1", "Phase 2"], cards: cards)])
    }()

    /// Zones with and without daylight saving time, east and west of UTC.
    static let zones: [TimeZone] = ["UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"]
        .compactMap { TimeZone(identifier: $0) }

    /// `count` random lines: mostly answers (kinds and grades at random) on days from
    /// `startDay` on, times mostly forward with a few steps back, undos of the latest answer
    /// (and now and then of another card, or with nothing to undo), comments, blank and bad lines.
    /// With `actions`, about one line in six is an action (`suspend`, `unsuspend`, `bury`,
    /// `forget`) on a random card.
    static func randomLines(_ generator: inout SplitMix64, count: Int, startDay: Int, actions: Bool = false) -> [UInt8] {
        var text = ""
        var millis = Int64(startDay) * 86_400_000 + Int64(generator.next(below: 86_400_000))
        var latestID = ids[0]
        for _ in 0..<count {
            millis += Int64(generator.next(below: 30 * 3_600_000)) - (generator.next(below: 10) == 0 ? 40 * 3_600_000 : 0)
            let time = RFC3339.format(millis: millis)
            if actions, generator.next(below: 6) == 0 {
                let kind = ["suspend", "unsuspend", "bury", "bury", "forget"][generator.next(below: 5)]
                text += "\(time)\t\(kind)\t\(ids[generator.next(below: ids.count)])\t-\t-\n"
                continue
            }
            switch generator.next(below: 20) {
            case 0:
                text += "# a comment\n"
            case 1:
                text += "  \t\n"
            case 2:
                text += "\(time)\treview\t\(ids[0])\t9\t100\n"
            case 3, 4:
                let id = generator.next(below: 4) == 0 ? ids[generator.next(below: ids.count)] : latestID
                text += "\(time)\tundo\t\(id)\t-\t-\n"
            default:
                let kinds = ["review", "review", "review", "drill", "cram"]
                let id = ids[generator.next(below: ids.count)]
                latestID = id
                text += "\(time)\t\(kinds[generator.next(below: kinds.count)])\t\(id)\t\(generator.next(below: 6))\t\(generator.next(below: 20_000))\n"
            }
        }
        return Array(text.utf8)
    }

    /// A line cut short, without its newline.
    static func tornLine(_ generator: inout SplitMix64) -> [UInt8] {
        let line = Array("2026-02-01T10:00:00.000Z\treview\tC1/formula\t4\t1200".utf8)
        return Array(line.prefix(1 + generator.next(below: line.count)))
    }

    /// Damages, truncates, replaces with noise or deletes the snapshot file of `logPath`.
    static func damage(store: SnapshotStore, logPath: String, _ generator: inout SplitMix64) {
        guard var bytes = store.load(for: logPath) else { return }
        switch generator.next(below: 4) {
        case 0: bytes[generator.next(below: bytes.count)] ^= UInt8(1 + generator.next(below: 255))
        case 1: bytes.removeLast(1 + generator.next(below: bytes.count))
        case 2: bytes = (0..<generator.next(below: 300)).map { _ in UInt8(generator.next(below: 256)) }
        default:
            store.remove(for: logPath)
            return
        }
        store.save(bytes, for: logPath)
    }

    /// Checks that two reads of a log give the same state and facts, and that both agree with
    /// the whole log read and replayed as commands did before snapshots.
    static func expectSameState(
        _ first: LoadedLogState, _ second: LoadedLogState, whole: LogContents, library: DeckLibrary,
        days: LocalDays, today: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let replays = [
            Replay(library: library, fold: first.fold, today: today),
            Replay(library: library, fold: second.fold, today: today),
            Replay(library: library, log: whole, days: days, today: today),
        ]
        for replay in replays.dropFirst() {
            #expect(replay.cards == replays[0].cards, sourceLocation: sourceLocation)
            #expect(replay.todaysAnswers == replays[0].todaysAnswers, sourceLocation: sourceLocation)
            #expect(replay.orphanEventCount == replays[0].orphanEventCount, sourceLocation: sourceLocation)
            #expect(replay.orphanCardIDs == replays[0].orphanCardIDs, sourceLocation: sourceLocation)
        }
        for log in [first.log, second.log] {
            #expect(log.problems == whole.problems, sourceLocation: sourceLocation)
            #expect(log.eventCount == whole.eventCount, sourceLocation: sourceLocation)
            #expect(log.undoneCount == whole.undoneCount, sourceLocation: sourceLocation)
            #expect(log.lineCount == whole.lineCount, sourceLocation: sourceLocation)
            #expect(log.hasHeader == whole.hasHeader, sourceLocation: sourceLocation)
            #expect(log.endsWithNewline == whole.endsWithNewline, sourceLocation: sourceLocation)
        }
        // Every card's figures, whatever the library: the folds themselves agree by card ID (and
        // number each card once).
        #expect(Set(first.fold.cardIDs).count == first.fold.cardIDs.count, "first", sourceLocation: sourceLocation)
        #expect(Set(second.fold.cardIDs).count == second.fold.cardIDs.count, "second", sourceLocation: sourceLocation)
        let firstByID = Dictionary(zip(first.fold.cardIDs, first.fold.histories), uniquingKeysWith: { a, _ in a })
        let secondByID = Dictionary(zip(second.fold.cardIDs, second.fold.histories), uniquingKeysWith: { a, _ in a })
        for id in Set(firstByID.keys).union(secondByID.keys) {
            #expect((firstByID[id] ?? .untouched) == (secondByID[id] ?? .untouched), "\(id)", sourceLocation: sourceLocation)
        }
    }
}

/// A fresh folder under the temporary directory, removed when released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("recall-snapshot-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
