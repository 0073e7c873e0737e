import Deck
import RecallApp
import RecallRuntime
import ReviewLog
import SM2
import Study
import Testing
import TerminalUI

/// The home screen opened from the log's fold (as a snapshot gives it) draws what it draws from
/// every event, and hands the stats figures and memory states in before the first key.
@Suite struct HomeFromFoldTests {
    static let events: [LogEvent] = (0..<12).map { index in
        let id = index % 3 == 0 ? "GONE/formula" : (index % 2 == 0 ? "MATH-011/formula" : "MATH-012/formula")
        return LogEvent(
            time: Rig.morning - Int64(12 - index) * 86_400_000, kind: index % 5 == 4 ? .drill : .review, cardID: id,
            grade: Grade(index % 6), answerMillis: 800 + index)
    }

    private func frames(_ model: AppModel, runtime: Runtime, keys: [Key]) throws -> [[String]] {
        let terminal = TestBackend(width: 80, height: 24, events: keys.map { .key($0) })
        try runtime.run(model, on: terminal)
        return terminal.frames.map(\.lines)
    }

    @Test(arguments: [false, true])
    func theHomeScreenFromTheFoldIsTheHomeScreenFromTheLog(withInterview: Bool) throws {
        let fromLog = Rig(events: Self.events)
        let fromFold = Rig(events: Self.events)
        for rig in [fromLog, fromFold] where withInterview {
            rig.runtime.interview = InterviewTarget(day: Rig.today + 5, recall: 0.9)
        }
        let library = try fromLog.decks.load()
        let whole = try fromLog.log.read()
        var fold = LogFold(days: .utc(), recentFrom: Rig.today, tracksStats: true)
        fold.apply(whole)
        let expected = try fromLog.runtime.prepare(.home, library: library, log: whole, logSizeAtRead: fromLog.log.size)
        let model = try #require(fromFold.runtime.prepareHome(library: library, fold: fold))
        #expect(model.interviewOutlook == expected.interviewOutlook)
        // Without a date the first frame comes before the stats and memory states; with one
        // (readiness needs the states), they come with it.
        #expect((model.memory != nil) == withInterview)
        #expect((model.stats != nil) == withInterview)
        if withInterview { #expect(model.stats == expected.stats) }
        // The stats page, and the browser with each card's predicted recall: both are there by
        // the first key.
        let browse = keys("s") + [.escape] + keys("b") + [.escape] + keys("q")
        let drawn = try frames(model, runtime: fromFold.runtime, keys: browse)
        #expect(drawn == (try frames(expected, runtime: fromLog.runtime, keys: browse)))
        #expect(drawn.contains { $0.contains { $0.contains("%") } })
    }

    @Test func aFoldMadeForALaterDayIsNotUsed() throws {
        let rig = Rig(events: Self.events)
        var fold = LogFold(days: .utc(), recentFrom: Rig.today + 1, tracksStats: true)
        fold.apply(try rig.log.read())
        #expect(rig.runtime.prepareHome(library: try rig.decks.load(), fold: fold) == nil)
    }
}
