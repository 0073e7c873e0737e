import RecallApp
import RecallRuntime
import RecallRuntimeTesting
import ReviewLog
import SM2
import Foundation
import Testing
import TerminalUI

/// The whole run loop, keys in and log out, on the in-memory terminal and ports.
@Suite struct RuntimeLoopTests {
    @Test func aScriptedReviewAppendsEachAnswerAndLetsTheLogGo() throws {
        let rig = Rig()
        let terminal = try rig.run(.review, keys: keys(" 4 5q"))
        #expect(rig.logged == ["review MATH-011/formula 4", "review MATH-012/formula 5"])
        #expect(terminal.showed("Session complete"))
        #expect(!rig.log.isLocked)
        #expect(!rig.log.isOpenForAppending)
    }

    @Test func aFailedAppendKeepsTheCardRevealedAndSaysSo() throws {
        let rig = Rig()
        rig.log.failingAppends = 1
        let terminal = TestBackend(width: 80, height: 24, events: keys(" 4").map { .key($0) })
        try rig.run(.review, on: terminal)
        #expect(rig.logged.isEmpty)
        #expect(terminal.trimmedLines.contains { $0.contains("not saved: cannot write to reviews.log: No space left on device") })
        // Still on the same card, revealed: the same key saves it once the disk takes it.
        #expect(terminal.trimmedLines.contains { $0.contains("→") })
        let again = TestBackend(width: 80, height: 24, events: keys(" 4q").map { .key($0) })
        try rig.run(.review, on: again)
        #expect(rig.logged == ["review MATH-011/formula 4"])
    }

    @Test func aLockHeldElsewhereStopsAReviewBeforeAnyScreen() throws {
        let rig = Rig()
        rig.log.heldElsewhere = true
        #expect(throws: RuntimeFailure.self) { try rig.run(.review, keys: keys(" 4")) }
        #expect(rig.log.size == nil)
    }

    @Test func aLockHeldElsewhereRefusesTheSessionFromHomeWithABanner() throws {
        let rig = Rig()
        rig.log.heldElsewhere = true
        let terminal = try rig.run(.home, keys: [.enter])
        #expect(terminal.trimmedLines.contains { $0.contains("in use by another recall session") })
        #expect(rig.logged.isEmpty)
    }

    @Test func undoAfterARestartTakesBackTheLogsLatestAnswerAndAsksItFirst() throws {
        let rig = Rig()
        try rig.run(.review, keys: keys(" 4q"))
        // A new process: nothing of its own to undo, so `u` reaches into the log.
        let terminal = try rig.run(.review, keys: keys("u"))
        #expect(rig.logged == ["review MATH-011/formula 4", "undo MATH-011/formula -"])
        #expect(terminal.trimmedLines[0].contains("0/2"))
        #expect(terminal.trimmedLines.contains { $0.contains("d/dx") || $0.contains("Chain Rule") })
    }

    @Test func anAnswerFromYesterdayIsNotTakenBack() throws {
        let yesterday = LogEvent(
            time: Rig.morning - 86_400_000, kind: .review, cardID: "MATH-011/formula", grade: .good, answerMillis: 900)
        let rig = Rig(events: [yesterday])
        let terminal = try rig.run(.review, keys: keys("u"))
        #expect(rig.logged == ["review MATH-011/formula 4"])
        #expect(terminal.trimmedLines.contains { $0.contains("Nothing to undo") })
    }

    @Test func anEditLendsTheTerminalThenShowsTheEditedCard() throws {
        let rig = Rig()
        rig.editor.onEdit = { [decks = rig.decks] _, _ in
            decks.files["Decks/test.md"] = Rig.deckText.replacingOccurrences(of: "Gradient", with: "Gradient Edited")
            return .edited
        }
        let terminal = try rig.run(.review, keys: keys(" 3e"))
        #expect(terminal.handOverCount == 1)
        #expect(rig.editor.opened.count == 1)
        #expect(rig.editor.opened.first?.file == "Decks/test.md")
        #expect(rig.editor.opened.first?.line == 6)
        #expect(terminal.trimmedLines.contains { $0.contains("Gradient Edited") })
        // The history is intact: the answer before the edit is in the log, the next card shows.
        #expect(rig.logged == ["review MATH-011/formula 3"])
        #expect(terminal.trimmedLines[0].contains("1/3"))
    }

    @Test func anEditorThatFailsIsSaidOnTheCard() throws {
        let rig = Rig()
        rig.editor.onEdit = { _, _ in .failed("cannot start the editor 'nosuch': command not found (set EDITOR)") }
        let terminal = try rig.run(.review, keys: keys("e"))
        #expect(terminal.trimmedLines.contains { $0.contains("cannot start the editor 'nosuch'") })
        #expect(terminal.trimmedLines[0].contains("0/2"))
    }

    @Test func answersAnotherSessionGaveWhileThisOneStartedAreNotAskedAgain() throws {
        let rig = Rig()
        let library = try rig.decks.load()
        let firstRead = try rig.log.read()
        let sizeAtRead = rig.log.size
        // Between the first read and the lock, another window answered the Chain Rule.
        rig.log.appendFromElsewhere(LogEvent(
            time: Rig.morning - 60_000, kind: .review, cardID: "MATH-011/formula", grade: .good, answerMillis: 900))
        let model = try rig.runtime.prepare(.review, library: library, log: firstRead, logSizeAtRead: sizeAtRead)
        #expect(model.run?.session.current?.item.cardID.rawValue == "MATH-012/formula")
        rig.runtime.endSession()
    }
}

/// Anki's grade keys through the whole loop.
@Suite struct RuntimeGradeKeysTests {
    @Test func ankiKeysAndSpaceGradeThroughTheLoop() throws {
        let rig = Rig(gradeKeys: .anki)
        try rig.run(.review, keys: keys(" 1  q"))
        #expect(rig.logged == ["review MATH-011/formula 2", "review MATH-012/formula 4"])
    }
}
