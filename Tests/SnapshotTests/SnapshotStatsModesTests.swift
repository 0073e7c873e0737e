import Foundation
import ReviewLog
import Snapshot
import Study
import Testing

/// `recall due` folds no stats; `recall stats` and the home screen do. The two share one
/// snapshot file, and neither spoils it for the other.
@Suite struct SnapshotStatsModesTests {
    private static let day = SnapshotFixtures.firstDay + 30

    private static func lines(_ range: Range<Int>) -> String {
        range.map { index in
            let time = RFC3339.format(millis: Int64(day) * 86_400_000 + Int64(index) * 1_000)
            return "\(time)\treview\t\(SnapshotFixtures.ids[index % 10])\t4\t1500\n"
        }.joined()
    }

    @Test func aStartWithoutStatsNeitherNeedsNorLosesThem() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/reviews.log"
        let store = SnapshotStore(folder: folder.path + "/cache")
        let days = LocalDays.utc(dayStartHour: 0)
        let withStats = SnapshotLoader(store: store, program: 1, resaveAfterBytes: 64)
        let withoutStats = SnapshotLoader(store: store, program: 1, resaveAfterBytes: 64, foldsStats: false)
        try Data(("# recall review log v1\n" + Self.lines(0..<300)).utf8).write(to: URL(fileURLWithPath: path))

        // A first start without stats saves a snapshot without them, which a start with stats
        // cannot use: it reads the log whole and saves them.
        #expect(try withoutStats.load(path: path, snapshotName: path, days: days, today: Self.day).source == .wholeLog)
        #expect(try withoutStats.load(path: path, snapshotName: path, days: days, today: Self.day).source != .wholeLog)
        let upgraded = try withStats.load(path: path, snapshotName: path, days: days, today: Self.day)
        #expect(upgraded.source == .wholeLog && upgraded.fold.stats.isTracking)

        // Lines appended past the resave threshold: a start without stats reads through the
        // snapshot but does not save one without them over it.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(Self.lines(300..<400).utf8))
        try handle.close()
        let skipped = try withoutStats.load(path: path, snapshotName: path, days: days, today: Self.day)
        #expect(skipped.source != .wholeLog && !skipped.fold.stats.isTracking)
        let stillWithStats = try withStats.load(path: path, snapshotName: path, days: days, today: Self.day)
        #expect(stillWithStats.source != .wholeLog && stillWithStats.fold.stats.isTracking)
        let whole = try SnapshotLoader(store: nil, program: 1).load(path: path, snapshotName: path, days: days, today: Self.day)
        #expect(StudyStats(library: SnapshotFixtures.library, replay: Replay(library: SnapshotFixtures.library, fold: stillWithStats.fold, today: Self.day), fold: stillWithStats.fold)
            == StudyStats(library: SnapshotFixtures.library, replay: Replay(library: SnapshotFixtures.library, fold: whole.fold, today: Self.day), fold: whole.fold))
    }
}
