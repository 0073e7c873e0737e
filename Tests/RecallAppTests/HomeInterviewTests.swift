import Deck
import RecallApp
import ReviewLog
import Study
import Testing
import TerminalUI

/// The home screen's countdown and per-phase readiness when an interview date is set.
@Suite struct HomeInterviewTests {
    func model(interviewIn days: Int, answers: [LogEvent]) -> AppModel {
        let library = Fixture.library()
        let replay = Fixture.replay(library, answers: answers)
        let memory = MemoryReplay(library: library, log: LogContents(answers: answers), days: .utc())
        let outlook = InterviewOutlook(
            library: library, replay: replay, memory: memory, interviewDay: Fixture.today + days, target: 0.9)
        return AppModel(library: library, replay: replay, start: .home, at: Fixture.instant(0), interviewOutlook: outlook)
    }

    let answers = [
        // Reviewed yesterday (so due today), recall in two days still high; the others never answered.
        LogEvent(time: Fixture.morning - 86_400_000, kind: .review, cardID: "MATH-011/formula", grade: .easy, answerMillis: 900),
    ]

    @Test func theHomeScreenCountsDownAndShowsEachPhasesReadiness() {
        let lines = Driver(model(interviewIn: 2, answers: answers)).lines()
        // Below the siblings' note (row 3), then a blank row and the phases.
        #expect(lines[4] == " Interview in 2 days · 20% ready · 4 cards to bring back")
        #expect(lines[5] == "")
        #expect(lines[6] == " Phases" + String(repeating: " ", count: 42) + "cards   new   due today  ready")
        #expect(lines[7] == "   Math" + String(repeating: " ", count: 46) + "4     3     1     2    25%")
        #expect(lines[8] == "   中文" + String(repeating: " ", count: 46) + "1     1     0     1     0%")
    }

    @Test func onTheDayItSaysTodayAndAfterItTheHomeScreenIsAsBefore() {
        #expect(Driver(model(interviewIn: 0, answers: answers)).lines()[4] == " Interview today · 20% ready")
        let after = Driver(model(interviewIn: -1, answers: answers)).lines()
        #expect(after[4] == "")
        #expect(after[5] == " Phases" + String(repeating: " ", count: 49) + "cards   new   due today")
    }

    @Test func aReviewAsksTodaysPlanCardsAfterTheDueOnesAsCrams() {
        // Interview tomorrow: every card not ready is for today.
        var driver = Driver(model(interviewIn: 1, answers: answers))
        driver.model = AppModel(
            library: driver.model.library, replay: driver.model.replay, start: .review, at: Fixture.instant(0),
            interviewOutlook: driver.model.interviewOutlook)
        let upcoming = driver.model.run?.session.upcoming ?? []
        let crams = upcoming.filter { $0.reason == .cram }
        #expect(!crams.isEmpty)
        // The plan's cards come after every due and new card.
        if let firstCram = upcoming.firstIndex(where: { $0.reason == .cram }) {
            #expect(upcoming[firstCram...].allSatisfy { $0.reason == .cram })
        }
    }
}
