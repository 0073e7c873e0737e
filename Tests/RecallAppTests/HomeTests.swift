import Deck
import ReviewLog
import Study
import Testing
import TerminalUI
import RecallApp

/// The home screen, the phase picker, stats, and the way back from a session.
@Suite struct HomeTests {
    @Test func homeAt80x24ListsTodayAndThePhases() {
        let driver = Driver(Fixture.model(.home))
        #expect(driver.lines() == [
            " Recall" + spaces(62) + "2026-11-21",
            "",
            " Today  0 due · 3 new" + spaces(41) + "3 cards to review",
            // Why 3 new of the 20 allowed: the other cards of those concepts wait a day.
            " 2 cards wait for their siblings until tomorrow (one card of a concept a day)",
            "",
            // Due by schedule, then today's queue: the sibling rule leaves 2 of Math's 4 new cards.
            " Phases" + spaces(49) + "cards   new   due today",
            "   Math" + spaces(53) + "4     4     0     2",
            "   中文" + spaces(53) + "1     1     0     1",
        ] + Array(repeating: "", count: 15) + [" Enter review  c cram  s stats  b browse  ? help  q quit"])
    }

    @Test func homeAtTheMinimumSize() {
        let driver = Driver(Fixture.model(.home))
        #expect(driver.lines(40, 10) == [
            " Recall                      2026-11-21",
            "",
            " Today  0 due · 3 new",
            " 2 cards wait for their siblings until…",
            "",
            " Phases         cards   new   due today",
            "   Math             4     4     0     2",
            "   中文             1     1     0     1",
            "",
            " Enter review  c cram  ? help  q quit",
        ])
    }

    @Test func homeCountsDueCardsAndDrills() {
        let library = Fixture.library()
        let yesterday = Fixture.morning - 86_400_000
        let answers = [
            LogEvent(time: yesterday, kind: .review, cardID: "MATH-011/formula", grade: .good, answerMillis: 900),
            LogEvent(time: Fixture.morning - 1000, kind: .review, cardID: "MATH-012/formula", grade: .almost, answerMillis: 900),
        ]
        let model = AppModel(
            library: library, replay: Fixture.replay(library, answers: answers), start: .home, at: Fixture.instant(0))
        #expect(model.home.due == 1)
        #expect(model.home.drills == 1)
        #expect(Driver(model).lines()[2].hasPrefix(" Today  1 due · 1 new · 1 drill"))
        // Math: 1 due by schedule; today a drill and that due card.
        #expect(Driver(model).lines()[6].hasSuffix("4     2     1     2"))
    }

    @Test func enterStartsTodaysReviewAndTheSummaryLeadsHome() {
        var driver = Driver(Fixture.model(.home))
        driver.press(.enter)
        #expect(driver.model.screen == .session)
        #expect(driver.effects == [.beginSession])
        driver.type(" 4q")
        #expect(driver.model.screen == .summary)
        #expect(driver.lines().last == " Any key: back to the home screen")
        // The runtime reloads when the session ends; the home screen shows the new counts.
        let library = Fixture.library()
        driver.send(.reloaded(
            LibrarySnapshot(library: library, replay: Fixture.replay(library, answers: driver.appended)), at: Fixture.instant(9)))
        driver.press(.character("x"))
        #expect(driver.model.screen == .home)
        #expect(driver.effects.last == .endSession)
        #expect(driver.lines()[2].hasPrefix(" Today  0 due · 2 new"))
        driver.press(.character("q"))
        #expect(driver.effects.last == .quit)
    }

    @Test func aSessionIsPlannedAgainFromTheLogReadUnderTheLock() {
        var driver = Driver(Fixture.model(.home))
        driver.press(.enter)
        #expect(driver.model.run?.session.current?.item.cardID.rawValue == "MATH-011/formula")
        // Meanwhile another window reviewed the Chain Rule: the fresh log must not ask it again.
        let library = Fixture.library()
        let elsewhere = [LogEvent(time: Fixture.morning, kind: .review, cardID: "MATH-011/formula", grade: .good, answerMillis: 900)]
        driver.send(.sessionBegan(
            LibrarySnapshot(library: library, replay: Fixture.replay(library, answers: elsewhere)), at: Fixture.instant(2)))
        #expect(driver.model.screen == .session)
        #expect(driver.model.run?.session.current?.item.cardID.rawValue == "MATH-012/formula")
        #expect(driver.model.run?.session.progress.total == 2)

        // Everything answered elsewhere: the session ends at once, back home with the note.
        var late = Driver(Fixture.model(.home))
        late.press(.enter)
        let all = ["MATH-011/formula", "MATH-012/formula", "Q-CJK"].map {
            LogEvent(time: Fixture.morning, kind: .review, cardID: $0, grade: .easy, answerMillis: 900)
        }
        late.send(.sessionBegan(
            LibrarySnapshot(library: library, replay: Fixture.replay(library, answers: all)), at: Fixture.instant(2)))
        #expect(late.model.screen == .home)
        #expect(late.model.run == nil)
        #expect(late.effects.last == .endSession)
        #expect(late.model.banner?.text.hasPrefix("Nothing due today") == true)
    }

    @Test func aRefusedSessionStaysHomeWithTheReason() {
        var driver = Driver(Fixture.model(.home))
        driver.press(.enter)
        driver.send(.sessionRefused(reason: "the review log /tmp/r.log is in use by another recall session"))
        #expect(driver.model.screen == .home)
        #expect(driver.model.run == nil)
        #expect(driver.lines()[22] == " the review log /tmp/r.log is in use by another recall session")
    }

    @Test func phasePickerMovesWithArrowsAndJKAndStartsACram() {
        var driver = Driver(Fixture.model(.home))
        driver.press(.character("c"))
        #expect(driver.model.overlay == .phasePicker(selected: 0))
        let lines = driver.lines()
        #expect(lines[9] == spaces(22) + "┌─ Cram a phase " + String(repeating: "─", count: 19) + "┐")
        #expect(lines[10] == spaces(22) + "│› Math                    4 cards │")
        #expect(lines[11] == spaces(22) + "│  中文                    1 cards │")
        #expect(lines[13] == spaces(22) + "│ ↑↓ move  Enter cram  Esc back    │")
        #expect(lines[14] == spaces(22) + "└" + String(repeating: "─", count: 34) + "┘")
        driver.press(.down)
        driver.press(.down)
        #expect(driver.model.overlay == .phasePicker(selected: 1))
        driver.press(.character("k"))
        driver.press(.character("j"))
        #expect(driver.model.overlay == .phasePicker(selected: 1))
        #expect(driver.lines()[11] == spaces(22) + "│› 中文                    1 cards │")
        driver.press(.escape)
        #expect(driver.model.overlay == nil)
        #expect(driver.effects.isEmpty)
        driver.press(.character("c"))
        driver.press(.up)
        driver.press(.enter)
        #expect(driver.effects == [.beginSession])
        #expect(driver.lines()[0].hasPrefix(" Recall · cram Math"))
        driver.type(" 2")
        #expect(driver.appended.map(\.kind) == [.cram])
        #expect(driver.appended.map(\.grade) == [.almost])
    }

    @Test func statsOpensThePageScrollsAndGoesBackOrShowsANote() {
        var without = Driver(Fixture.model(.home))
        without.press(.character("s"))
        #expect(without.lines().contains { $0.contains("│ Stats: run `recall stats` │") })
        without.press(.character("x"))
        #expect(without.model.overlay == nil)

        var with = Driver(Fixture.model(.home, withStats: true))
        with.press(.character("s"))
        #expect(with.model.screen == .stats(scroll: 0))
        #expect(with.lines()[0].hasPrefix("Recall · stats · 2026-11-21"))
        #expect(with.lines()[23].contains("j/k scroll"))
        with.press(.character("j"))
        #expect(with.model.screen == .stats(scroll: 1))
        #expect(with.lines()[0] == "")
        with.press(.character("k"))
        with.press(.character("k"))
        #expect(with.model.screen == .stats(scroll: 0), "never above the top")
        with.press(.character("G"))
        guard case .stats(let bottom) = with.model.screen else { Issue.record("left the stats"); return }
        with.press(.character(" "))
        #expect(with.model.screen == .stats(scroll: bottom), "never below the end")
        with.press(.escape)
        #expect(with.model.screen == .home)
    }

    @Test func helpAtHomeListsTheHomeKeys() {
        var driver = Driver(Fixture.model(.home))
        driver.press(.character("?"))
        let text = driver.lines().joined(separator: "\n")
        #expect(text.contains("│ Enter  start today's review"))
        #expect(text.contains("│ c      cram one phase (↑↓ or j/k, Enter; Esc back)"))
        driver.press(.character("q"))
        #expect(driver.model.overlay == nil)
        #expect(driver.effects.isEmpty)
    }
}
