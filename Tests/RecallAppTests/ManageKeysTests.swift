import Deck
import RecallApp
import ReviewLog
import SM2
import Study
import TerminalUI
import Testing

/// Bury, suspend and card info in review; the browser from home and the actions it asks for.
@Suite struct ManageKeysTests {
    @Test func buryLeavesTheCardOutAndUndoWritesAnUnsuspend() {
        var driver = Driver(Fixture.model(.review))
        let first = driver.model.run?.session.current?.item.cardID
        driver.press(.character("-"))
        #expect(driver.appended.last?.kind == .bury)
        #expect(driver.appended.last?.cardID == first?.rawValue)
        #expect(driver.appended.last?.grade == nil)
        #expect(driver.model.run?.session.current?.item.cardID != first)
        #expect(driver.model.run?.session.upcoming.contains { $0.cardID == first } == false)
        driver.press(.character("u"))
        #expect(driver.appended.last?.kind == .unsuspend)
        #expect(driver.appended.last?.cardID == first?.rawValue)
        #expect(driver.model.run?.session.current?.item.cardID == first)
    }

    @Test func suspendInReviewTakesTheCardAndItsRepeatsOut() {
        var driver = Driver(Fixture.model(.review))
        let first = driver.model.run?.session.current?.item.cardID
        driver.press(.character(" "))
        driver.press(.character("!"))
        #expect(driver.appended.map(\.kind) == [.suspend])
        #expect(driver.model.run?.session.upcoming.contains { $0.cardID == first } == false)
        // A save that fails puts the card back and says so.
        var failing = Driver(Fixture.model(.review))
        failing.appendsSucceed = false
        failing.press(.character("!"))
        #expect(failing.model.run?.session.current?.item.cardID == first)
        #expect(failing.model.banner?.text.contains("the card was not set aside") == true)
    }

    @Test func iAsksForCardInfoAndShowsItOverTheCard() throws {
        var driver = Driver(Fixture.model(.review))
        let current = try #require(driver.model.run?.session.current)
        driver.press(.character("i"))
        #expect(driver.effects.last == .loadCardInfo(position: current.item.position, cardID: current.item.cardID.rawValue))
        driver.send(.cardInfoLoaded(position: current.item.position, timeline: CardTimeline(cardID: current.item.cardID.rawValue, log: LogContents(), days: .utc())))
        let lines = driver.lines()
        #expect(lines[0].hasPrefix(" Card info"))
        #expect(lines.contains { $0.contains("never answered") })
        driver.press(.character("q"))
        #expect(driver.model.overlay == nil)
        #expect(driver.model.screen == .session)
    }

    @Test func bFromHomeOpensTheBrowserWhoseSuspendIsAnAction() {
        var driver = Driver(Fixture.model(.home))
        driver.press(.character("b"))
        #expect(driver.model.screen == .browser)
        #expect(driver.lines()[0].hasPrefix(" Recall · cards"))
        driver.press(.character("!"))
        guard case .applyAction(let event) = driver.effects.last else {
            Issue.record("no action asked for: \(driver.effects)")
            return
        }
        #expect(event.kind == .suspend)
        #expect(event.cardID == driver.model.library.cards[0].id.rawValue)
        driver.press(.character("q"))
        #expect(driver.model.screen == .home)
    }

    @Test func aLeechSaysSoOnItsFront() {
        var answers: [LogEvent] = []
        var day = Fixture.today - 40
        for _ in 0..<8 {
            answers.append(LogEvent(time: Int64(day) * 86_400_000 + 36_000_000, kind: .review, cardID: "MATH-011/formula", grade: Grade(5), answerMillis: 1))
            answers.append(LogEvent(time: Int64(day + 1) * 86_400_000 + 36_000_000, kind: .review, cardID: "MATH-011/formula", grade: Grade(1), answerMillis: 1))
            day += 2
        }
        let driver = Driver(Fixture.model(.review, answers: answers))
        #expect(driver.model.run?.session.current?.item.cardID.rawValue == "MATH-011/formula")
        #expect(driver.lines().contains { $0.contains("leech: consider rewriting it") })
    }
}
