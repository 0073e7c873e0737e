import Foundation
import ReviewLog
import Snapshot
import Study
import Testing

/// A log with actions (`suspend`, `unsuspend`, `bury`, `forget`) is served from its snapshot,
/// with each action still at its place among the answers when later undos take answers back.
@Suite struct SnapshotActionsTests {
    private static let day = SnapshotFixtures.firstDay + 30

    /// The line at `minute` minutes into `day` (a study day starting at midnight UTC).
    private static func line(_ minute: Int, _ kind: String, _ card: Int, grade: Int? = nil) -> String {
        let time = RFC3339.format(millis: Int64(day) * 86_400_000 + Int64(minute) * 60_000)
        let tail = grade.map { "\t\($0)\t1500" } ?? "\t-\t-"
        return "\(time)\t\(kind)\t\(SnapshotFixtures.ids[card])\(tail)\n"
    }

    /// 300 answers, with a suspend and a forget among the folded ones and a bury and another
    /// forget among the latest (standing) ones.
    private static var firstLines: String {
        var text = "# recall review log v1\n"
        for index in 0..<300 {
            text += line(index, "review", index % 10, grade: index % 7 == 0 ? 1 : 4)
            if index == 20 { text += line(index, "suspend", 3) }
            if index == 40 { text += line(index, "forget", 5) }
            if index == 250 { text += line(index, "bury", 6) }
            if index == 290 { text += line(index, "forget", 7) }
        }
        return text
    }

    @Test func aLogWithActionsIsServedFromItsSnapshot() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/reviews.log"
        let store = SnapshotStore(folder: folder.path + "/cache")
        let days = LocalDays.utc(dayStartHour: 0)
        let loader = SnapshotLoader(store: store, program: 1)
        try Data(Self.firstLines.utf8).write(to: URL(fileURLWithPath: path))

        let first = try loader.load(path: path, snapshotName: path, days: days, today: Self.day)
        #expect(first.source == .wholeLog)
        let again = try loader.load(path: path, snapshotName: path, days: days, today: Self.day)
        #expect(again.source != .wholeLog)

        // Appended: an answer, an unsuspend of the card suspended among the folded answers, undos
        // of that answer and of the first lines' latest eleven (back past the standing forget of
        // card 7), then a review of card 7, which now comes after its forget, and a bury.
        var appendix = Self.line(400, "review", 8, grade: 5) + Self.line(401, "unsuspend", 3) + Self.line(402, "undo", 8)
        for index in (289..<300).reversed() { appendix += Self.line(403, "undo", index % 10) }
        appendix += Self.line(404, "review", 7, grade: 5) + Self.line(405, "bury", 2)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(appendix.utf8))
        try handle.close()
        let appended = try loader.load(path: path, snapshotName: path, days: days, today: Self.day)
        #expect(appended.source != .wholeLog)
        let whole = try SnapshotLoader(store: nil, program: 1).load(path: path, snapshotName: path, days: days, today: Self.day)
        try SnapshotFixtures.expectSameState(
            appended, whole, whole: try LogFile.read(at: path), library: SnapshotFixtures.library, days: days,
            today: Self.day)

        let history = Dictionary(uniqueKeysWithValues: zip(appended.fold.cardIDs, appended.fold.histories))
        let id = { (card: Int) in SnapshotFixtures.ids[card] }
        #expect(history[id(3)]?.isSuspended == false)
        #expect(history[id(5)]?.forgets == 1)
        #expect(history[id(6)]?.isBuried(on: Self.day) == true)
        #expect(history[id(7)]?.forgets == 1)
        #expect(history[id(7)]?.schedule.reviews == 1)
        #expect(history[id(2)]?.isBuried(on: Self.day) == true)
        #expect(appended.log.undoneCount == 12)
    }

    /// Actions naming the log's cards in another order than the log first names them (here the
    /// same first and last card, and as many cards) leave every answer on its own card.
    @Test func actionsInAnotherOrderThanTheLogsCardsKeepEachAnswerOnItsCard() {
        let text = Self.line(0, "bury", 0) + Self.line(1, "review", 1, grade: 4) + Self.line(2, "review", 2, grade: 1)
            + Self.line(3, "review", 3, grade: 5) + Self.line(4, "bury", 2) + Self.line(5, "bury", 1)
            + Self.line(6, "bury", 3) + Self.line(7, "review", 1, grade: 5)
        let log = LogReader.read(Array(text.utf8))
        var fold = LogFold(days: .utc(dayStartHour: 0), recentFrom: Self.day)
        fold.apply(log)
        let history = Dictionary(uniqueKeysWithValues: zip(fold.cardIDs, fold.histories))
        #expect(history[SnapshotFixtures.ids[1]]?.schedule.reviews == 2)
        #expect(history[SnapshotFixtures.ids[2]]?.schedule.reviews == 1)
        #expect(history[SnapshotFixtures.ids[2]]?.schedule.lapses == 0)
        #expect(history[SnapshotFixtures.ids[3]]?.schedule.reviews == 1)
    }

    /// An undo that takes back every standing answer and reaches into the folded ones is read whole.
    @Test func anUndoPastTheStandingAnswersReadsTheWholeLog() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/reviews.log"
        let store = SnapshotStore(folder: folder.path + "/cache")
        let days = LocalDays.utc(dayStartHour: 0)
        let loader = SnapshotLoader(store: store, program: 1)
        var text = Self.firstLines
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        _ = try loader.load(path: path, snapshotName: path, days: days, today: Self.day)
        for index in (0..<300).reversed().prefix(ReplaySnapshot.standingAnswerCount + 1) {
            text += Self.line(500 + index, "undo", index % 10)
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let undone = try loader.load(path: path, snapshotName: path, days: days, today: Self.day)
        #expect(undone.source == .wholeLog)
        let whole = try SnapshotLoader(store: nil, program: 1).load(path: path, snapshotName: path, days: days, today: Self.day)
        try SnapshotFixtures.expectSameState(
            undone, whole, whole: try LogFile.read(at: path), library: SnapshotFixtures.library, days: days,
            today: Self.day)
    }
}
