import Deck
import ReviewLog
import SM2
import Study
import Testing
import TerminalUI
import RecallApp

/// Keys through `update`: the effects a session produces, and what the screen does.
@Suite struct SessionFlowTests {
    @Test func revealThenGradeAppendsAReviewWithTheAnswerTime() {
        var driver = Driver(Fixture.model(.review))
        driver.press(.space, after: 3)
        driver.press(.character("4"), after: 2)
        #expect(driver.appended == [
            LogEvent(time: Fixture.morning + 5000, kind: .review, cardID: "MATH-011/formula", grade: .good, answerMillis: 5000),
        ])
        #expect(driver.model.run?.session.current?.item.cardID.rawValue == "MATH-012/formula")
        #expect(driver.model.run?.revealed == false)
        // The next card's time runs from the grade that showed it.
        driver.press(.space, after: 1)
        driver.press(.character("5"), after: 1)
        #expect(driver.appended.last?.answerMillis == 2000)
        #expect(driver.appended.last?.kind == .review)
    }

    @Test func digitsBeforeTheRevealDoNothingButHint() {
        var driver = Driver(Fixture.model(.review))
        for digit in "012345" { driver.press(.character(digit)) }
        #expect(driver.effects.isEmpty)
        #expect(driver.model.run?.session.answers.isEmpty == true)
        #expect(driver.lines()[22] == " Reveal the answer first: Space")
        driver.press(.character("x"))
        #expect(driver.lines()[22] == "")
    }

    @Test func undoBringsTheCardBackAndLogsAnUndo() {
        var driver = Driver(Fixture.model(.review))
        driver.type(" 3")
        driver.press(.character("u"))
        #expect(driver.appended.map(\.kind) == [.review, .undo])
        #expect(driver.appended.last?.cardID == "MATH-011/formula")
        #expect(driver.appended.last?.grade == nil)
        #expect(driver.model.run?.session.current?.item.cardID.rawValue == "MATH-011/formula")
        #expect(driver.model.run?.revealed == false)
        #expect(driver.lines()[0].contains("0/3"))
        driver.type(" 5")
        #expect(driver.appended.map(\.grade) == [.hard, nil, .easy])
        driver.press(.character("u"))
        driver.press(.character("u"))
        // Nothing of the session's own is left: the runtime is asked to look in the log.
        #expect(driver.effects.last == .undoEarlierAnswer(cramPhase: nil))
        driver.send(.nothingToUndo)
        #expect(driver.lines()[22] == " Nothing to undo")
        #expect(driver.appended.map(\.kind) == [.review, .undo, .review, .undo])
    }

    @Test func undoAfterARestartTakesTheLogsLatestAnswerBackAndAsksThatCardFirst() {
        // Restarted after grading the Chain Rule 1 today: it waits as a drill, after the new cards.
        let earlier = [LogEvent(time: Fixture.morning, kind: .review, cardID: "MATH-011/formula", grade: .wrong, answerMillis: 900)]
        var driver = Driver(Fixture.model(.review, answers: earlier))
        #expect(driver.model.run?.session.current?.item.cardID.rawValue == "MATH-011/formula")
        #expect(driver.model.run?.session.current?.item.reason == .drill)
        driver.press(.character("u"))
        #expect(driver.effects == [.undoEarlierAnswer(cramPhase: nil)])
        // The runtime appended the undo and read the log again: the card is new again, asked first.
        let library = Fixture.library()
        driver.send(.earlierAnswerUndone(
            LibrarySnapshot(library: library, replay: Fixture.replay(library)), answer: earlier[0],
            at: Fixture.instant(5)))
        let current = driver.model.run?.session.current
        #expect(current?.item.cardID.rawValue == "MATH-011/formula")
        #expect(current?.item.reason == .new)
        #expect(driver.model.run?.revealed == false)
        #expect(driver.model.screen == .session)
    }

    @Test func undoInCramAsksTheLogForACramAnswerOfThatPhase() {
        var driver = Driver(Fixture.model(.cram(phase: "Math", order: .deck)))
        driver.press(.character("u"))
        #expect(driver.effects == [.undoEarlierAnswer(cramPhase: "Math")])
    }

    @Test func afterAnEditUndoFromTheLogKeepsTheQueueAndTheFigures() {
        var driver = Driver(Fixture.model(.review))
        driver.type(" 5 4")  // the Chain Rule and the Gradient, both answered well
        let answered = driver.appended
        // An edit: the runtime reloads, the session is rebuilt and carries its figures.
        let library = Fixture.library()
        driver.send(.reloaded(
            LibrarySnapshot(library: library, replay: Fixture.replay(library, answers: answered)), at: Fixture.instant(9)))
        #expect(driver.model.run?.session.canUndo == false)
        driver.press(.character("u"))
        #expect(driver.effects.last == .undoEarlierAnswer(cramPhase: nil))
        // The runtime took back the Gradient's answer: it comes first, the CJK card still waits.
        driver.send(.earlierAnswerUndone(
            LibrarySnapshot(library: library, replay: Fixture.replay(library, answers: [answered[0]])), answer: answered[1],
            at: Fixture.instant(12)))
        let run = driver.model.run
        #expect(run?.session.upcoming.map(\.cardID.rawValue) == ["MATH-012/formula", "Q-CJK"])
        #expect(run?.figures.answers == 1, "the Chain Rule's answer stands, the Gradient's is taken back")
        #expect(run?.figures.cards == 1)
        #expect(driver.lines()[0].contains("1/3"))
    }

    @Test func aCardTakenBackThatTodaysLimitsLeaveOutIsSaidSo() {
        let library = Fixture.library()
        let all = ["MATH-011/formula", "MATH-012/formula", "Q-CJK"].map {
            LogEvent(time: Fixture.morning, kind: .review, cardID: $0, grade: .easy, answerMillis: 900)
        }
        var driver = Driver(AppModel(
            library: library, replay: Fixture.replay(library, answers: all), limits: DailyLimits(newPerDay: 0),
            start: .review, at: Fixture.instant(0)))
        driver.press(.character("u"))
        driver.send(.earlierAnswerUndone(
            LibrarySnapshot(library: library, replay: Fixture.replay(library, answers: Array(all.prefix(2)))),
            answer: all[2], at: Fixture.instant(3)))
        #expect(driver.model.screen == .summary, "recall review has no home screen to fall back to")
        #expect(driver.model.banner?.text == "Answer to Q-CJK taken back; the card is not in today's queue (daily limits)")
    }

    @Test func nothingDueAfterARestartStillLetsTheLastAnswerBeUndone() {
        let library = Fixture.library()
        let all = ["MATH-011/formula", "MATH-012/formula", "Q-CJK"].map {
            LogEvent(time: Fixture.morning, kind: .review, cardID: $0, grade: .easy, answerMillis: 900)
        }
        var driver = Driver(AppModel(
            library: library, replay: Fixture.replay(library, answers: all), start: .review, at: Fixture.instant(0)))
        #expect(driver.model.screen == .summary)
        #expect(driver.lines().last == " u undo last · any other key: exit")
        driver.press(.character("u"))
        #expect(driver.effects == [.undoEarlierAnswer(cramPhase: nil)])
        driver.send(.earlierAnswerUndone(
            LibrarySnapshot(library: library, replay: Fixture.replay(library, answers: Array(all.prefix(2)))),
            answer: all[2], at: Fixture.instant(3)))
        #expect(driver.model.screen == .session)
        #expect(driver.model.run?.session.current?.item.cardID.rawValue == "Q-CJK")
    }

    @Test func aFailedSaveRollsTheAnswerBack() {
        var driver = Driver(Fixture.model(.review))
        driver.appendsSucceed = false
        driver.type(" 4")
        #expect(driver.appended.count == 1)
        let run = driver.model.run
        #expect(run?.session.answers.isEmpty == true)
        #expect(run?.session.current?.item.cardID.rawValue == "MATH-011/formula")
        #expect(run?.revealed == true)
        let lines = driver.lines()
        #expect(lines[0].contains("0/3"))
        #expect(lines[21] == " not saved: cannot write to /tmp/r.log: No space left on device — the answer")
        #expect(lines[22] == " was not recorded")
        // Grading again once the disk has room records it.
        driver.appendsSucceed = true
        driver.press(.character("4"))
        #expect(driver.model.run?.session.answers.count == 1)
        #expect(driver.model.banner == nil)
    }

    @Test func aFailedUndoKeepsTheAnswer() {
        var driver = Driver(Fixture.model(.review))
        driver.type(" 4")
        driver.appendsSucceed = false
        driver.press(.character("u"))
        #expect(driver.model.run?.session.answers.count == 1)
        #expect(driver.model.banner == .error(
            "not saved: cannot write to /tmp/r.log: No space left on device — the undo was not recorded"))
    }

    @Test func quitShowsTheSummaryThenAnyKeyExits() {
        var driver = Driver(Fixture.model(.review))
        driver.press(.space)
        driver.press(.character("4"), after: 4)
        driver.press(.space)
        driver.press(.character("2"), after: 6)
        driver.press(.character("q"))
        #expect(driver.model.screen == .summary)
        #expect(driver.effects.last == .endSession)
        #expect(driver.lines() == [
            " Recall · daily review · summary" + spaces(37) + "2026-11-21",
            "",
            "   Session ended.",
            "",
            "   Cards answered    2",
            "   Graded 3 or more  50% (1 of 2)",
            "   Time spent        12s",
            "   Due tomorrow      2 cards",
        ] + Array(repeating: "", count: 15) + [" Any key: exit"])
        driver.press(.character("x"))
        #expect(driver.effects.last == .quit)
    }

    @Test func ctrlCEndsTheSessionToo() {
        var driver = Driver(Fixture.model(.review))
        driver.press(.ctrl("c"))
        #expect(driver.model.screen == .summary)
        driver.press(.ctrl("c"))
        #expect(driver.effects == [.endSession, .quit])

        var helping = Driver(Fixture.model(.review))
        helping.press(.character("?"))
        helping.press(.ctrl("c"))
        #expect(helping.model.overlay == nil)
        #expect(helping.model.screen == .summary)
    }

    @Test func answeringEveryCardEndsOnTheSummaryOnceSaved() {
        var driver = Driver(Fixture.model(.review))
        driver.type(" 4 5 4")
        #expect(driver.model.screen == .summary)
        #expect(driver.model.run?.completed == true)
        #expect(driver.effects.last.map { if case .append = $0 { true } else { false } } == true,
                "the session stays open on the summary")
        #expect(driver.lines()[2] == "   Session complete: every card answered.")
        #expect(driver.lines()[4] == "   Cards answered    3")
        #expect(driver.lines(40, 10)[9] == " u undo last · any other key: exit")
        driver.press(.character("x"))
        #expect(driver.effects.suffix(2) == [.endSession, .quit])
    }

    @Test func theLastAnswerCanBeUndoneFromTheSummary() {
        var driver = Driver(Fixture.model(.review))
        driver.type(" 4 5 4")
        #expect(driver.model.screen == .summary)
        driver.press(.character("u"))
        #expect(driver.model.screen == .session)
        #expect(driver.appended.last?.kind == .undo)
        #expect(driver.appended.last?.cardID == "Q-CJK")
        #expect(driver.model.run?.session.current?.item.cardID.rawValue == "Q-CJK")
        #expect(driver.model.run?.revealed == false)
        driver.type(" 5")
        #expect(driver.model.screen == .summary)
        #expect(driver.appended.map(\.grade?.value) == [4, 5, 4, nil, 5])
        driver.press(.character("x"))
        #expect(driver.effects.suffix(2) == [.endSession, .quit])
    }

    @Test func nothingDueStartsOnTheNote() {
        let emptyLibrary = Fixture.library("# Empty\n\n## Math\n")
        let empty = AppModel(
            library: emptyLibrary, replay: Fixture.replay(emptyLibrary), start: .review, at: Fixture.instant(0))
        let driver = Driver(empty)
        #expect(driver.model.screen == .summary)
        #expect(driver.lines()[2] == "   Nothing due today, and nothing tomorrow either.")
    }

    @Test func nothingDueTodayNamesTomorrowsCards() {
        let library = Fixture.library()
        let answers = library.cards.filter { $0.kind != .interview }.map {
            LogEvent(time: Fixture.morning - 3_600_000, kind: .review, cardID: $0.id.rawValue, grade: .good, answerMillis: 1000)
        }
        var driver = Driver(Fixture.model(.home, answers: answers))
        driver.press(.enter)
        #expect(driver.model.screen == .home)
        #expect(driver.effects.isEmpty)
        #expect(driver.lines()[22] == " Nothing due today — tomorrow: 3 reviews and 2 new cards.")
    }

    @Test func editOpensTheDeckFileAndReloadKeepsTheQueue() {
        var driver = Driver(Fixture.model(.review))
        driver.type(" 4")
        driver.press(.character("e"))
        #expect(driver.effects.last == .openEditor(file: "Decks/test.md", line: 8))
        // The edit renames the gradient and removes the CJK question.
        let edited = Fixture.deckText
            .replacingOccurrences(of: "MATH-012 Gradient", with: "MATH-012 Gradient vector")
            .components(separatedBy: "\n").filter { !$0.contains("Q-CJK") }.joined(separator: "\n")
        let library = Fixture.library(edited)
        let replay = Fixture.replay(library, answers: driver.appended)
        driver.send(.reloaded(LibrarySnapshot(library: library, replay: replay), at: Fixture.instant(30)))
        #expect(driver.lines()[3] == spaces(27) + "Gradient vector: formula?")
        #expect(driver.lines()[0].contains("1/2"))
        driver.type(" 5")
        #expect(driver.model.screen == .summary)
        #expect(driver.lines()[4] == "   Cards answered    2")
    }

    @Test func helpOverlayListsTheKeysAndAnyKeyClosesIt() {
        var driver = Driver(Fixture.model(.review))
        driver.press(.character("?"))
        let lines = driver.lines()
        #expect(lines.contains(spaces(7) + "┌─ Keys " + String(repeating: "─", count: 57) + "┐"))
        #expect(lines.contains(spaces(7) + "│ Space  reveal the answer (Enter too)" + spaces(27) + "│"))
        #expect(lines.contains { $0.contains("│ - ! i  bury (-), suspend (!), card info (i)") })
        #expect(lines.contains { $0.contains("│ u      undo the last answer; its card comes back") })
        #expect(lines.contains { $0.contains("Any key closes this help") })
        // At the minimum size every key still shows, in a few words each.
        let small = driver.lines(40, 10)
        #expect(small == [
            " ┌─ Keys ─────────────────────────────┐",
            " │ Space  reveal                      │",
            " │ 0–5    grade (0 blank … 5 easy)    │",
            " │ j ↓    scroll (k ↑, PgUp/PgDn)     │",
            " │ u      undo                        │",
            " │ e      edit the deck               │",
            " │ q      end the session             │",
            " │                                    │",
            " │ Any key closes this help           │",
            " └────────────────────────────────────┘",
        ])
        driver.press(.character("4"))
        #expect(driver.model.overlay == nil)
        #expect(driver.effects.isEmpty)
    }
}
