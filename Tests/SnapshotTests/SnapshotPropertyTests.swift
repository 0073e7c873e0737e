import Deck
import Foundation
import ReviewLog
import SM2
import Snapshot
import Study
import Testing

/// The snapshot is only a shortcut: whatever happens to the log, the clock and the settings
/// between two starts, the state read through the snapshot equals the state read from the
/// whole log.
@Suite struct SnapshotPropertyTests {
    /// Random logs, then random steps: appends (answers, undos, bad lines, torn lines), torn
    /// lines closed, truncations, edits of earlier bytes, a log replaced by another file,
    /// another time zone or day-start hour, days moving back and forth, a damaged or deleted
    /// snapshot, another program build. After every step, every figure a command reports
    /// must be the same with the snapshot and without it.
    @Test func theStateWithTheSnapshotEqualsTheStateWithoutIt() throws {
        let reads = try randomRounds(seed: 13, actions: false)
        // The steps must have exercised both ways of reading.
        #expect(reads.snapshot > 300)
        #expect(reads.whole > 100)
    }

    /// The same with actions (`suspend`, `unsuspend`, `bury`, `forget`) among the lines: the
    /// snapshot keeps the actions placed among its standing answers, so that suspensions,
    /// burials, forgets and leech marks come out as a whole read gives them, and such a log is
    /// still served from the snapshot.
    @Test func withActionsTheStateWithTheSnapshotEqualsTheStateWithoutIt() throws {
        let reads = try randomRounds(seed: 31, actions: true)
        #expect(reads.snapshot > 300)
        #expect(reads.whole > 100)
    }

    /// Runs 60 rounds of random steps; returns how many reads went through a snapshot and how
    /// many read the whole log.
    private func randomRounds(seed: UInt64, actions: Bool) throws -> (snapshot: Int, whole: Int) {
        let folder = try TemporaryFolder()
        let library = SnapshotFixtures.library
        var generator = SplitMix64(seed: seed)
        var reads = (snapshot: 0, whole: 0)
        for round in 0..<60 {
            let logPath = folder.path + "/log-\(round).log"
            let store = SnapshotStore(folder: folder.path + "/cache-\(round)")
            var program: UInt64 = 1
            var days = LocalDays.utc(dayStartHour: 4)
            var today = SnapshotFixtures.firstDay + 40
            var log = SnapshotFixtures.randomLines(
                &generator, count: generator.next(below: 80), startDay: SnapshotFixtures.firstDay, actions: actions)
            try write(log, to: logPath)
            for _ in 0..<25 {
                switch generator.next(below: 14) {
                case 0, 1, 2, 3, 4:
                    log += SnapshotFixtures.randomLines(
                        &generator, count: 1 + generator.next(below: 30), startDay: today - 2, actions: actions)
                case 5:
                    log += SnapshotFixtures.tornLine(&generator)
                case 6:
                    if !log.isEmpty { log.removeLast(1 + generator.next(below: min(log.count, 200))) }
                case 7:
                    if !log.isEmpty {
                        let at = generator.next(below: log.count)
                        log[at] = UInt8(ascii: "0") + UInt8(generator.next(below: 10))
                    }
                case 8:
                    days = LocalDays(
                        timeZone: SnapshotFixtures.zones[generator.next(below: SnapshotFixtures.zones.count)],
                        dayStartHour: days.dayStartHour)
                case 9:
                    days = LocalDays(timeZone: days.timeZone, dayStartHour: generator.next(below: 24))
                case 10:
                    today += generator.next(below: 7) - 3
                case 11:
                    // Another file at the same path: same bytes, new inode.
                    try? FileManager.default.removeItem(atPath: logPath)
                case 12:
                    SnapshotFixtures.damage(store: store, logPath: logPath, &generator)
                default:
                    program += UInt64(generator.next(below: 2))
                }
                try write(log, to: logPath)
                // A third of the starts want no stats (as `recall due`): their snapshots have none,
                // and a start that wants them reads the log whole and saves them again.
                let foldsStats = generator.next(below: 3) != 0
                let loader = SnapshotLoader(
                    store: store, program: program, resaveAfterBytes: 1 + generator.next(below: 400), foldsStats: foldsStats)
                let withSnapshot = try loader.load(path: logPath, snapshotName: logPath, days: days, today: today)
                let without = try SnapshotLoader(store: nil, program: program, foldsStats: foldsStats)
                    .load(path: logPath, snapshotName: logPath, days: days, today: today)
                #expect(withSnapshot.fold.stats.isTracking == foldsStats)
                let whole = try LogFile.read(at: logPath)
                if case .snapshot = withSnapshot.source { reads.snapshot += 1 } else { reads.whole += 1 }

                try SnapshotFixtures.expectSameState(
                    withSnapshot, without, whole: whole, library: library, days: days, today: today)
                if foldsStats {
                    SnapshotFixtures.expectSameFigures(
                        withSnapshot, without, whole: whole, library: library, days: days, today: today)
                }
            }
        }
        return reads
    }

    /// Writes `bytes` over the file at `path` in place (same inode when it exists).
    private func write(_ bytes: [UInt8], to path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data(bytes))
            try handle.close()
        } else {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
    }
}
