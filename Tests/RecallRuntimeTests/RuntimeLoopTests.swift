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

/// An empty decks folder says so, where it looked, and how to add a deck.
@Suite struct RuntimeNoDecksTests {
    @Test func homeAndReviewSayNoDeckWasFoundAndWhere() throws {
        let rig = Rig(deckText: "")
        rig.decks.files = [:]
        let home = try rig.run(.home, keys: [.enter])
        let homeText = home.trimmedLines.joined(separator: " ")
        #expect(homeText.contains("No deck found in Decks"))
        #expect(!homeText.contains("no ## headings"))
        let review = try rig.run(.review, keys: [])
        let reviewText = review.trimmedLines.joined(separator: " ")
        #expect(reviewText.contains("No deck found in Decks"))
        #expect(reviewText.contains("--decks PATH"))
        #expect(!reviewText.contains("Nothing due"))
        #expect(!reviewText.contains("u undo"))
    }
}

/// A notice given at the start (phases a cram name left out) shows on the first card.
@Suite struct RuntimeNoticeTests {
    @Test func theNoticeShowsOnTheFirstCardUntilAKey() throws {
        let rig = Rig()
        let terminal = TestBackend(width: 80, height: 24, events: [])
        let model = try rig.runtime.prepare(
            .cram(phase: "Math", order: .deck), library: try rig.decks.load(), log: try rig.log.read(),
            logSizeAtRead: rig.log.size, notice: "\"math\" is the phase \"Math\"; also matching in part, left out: \"Mathematics\"")
        try rig.runtime.run(model, on: terminal)
        #expect(terminal.trimmedLines.contains { $0.contains("left out: \"Mathematics\"") })
    }
}

/// A cram quit halfway resumes the same day; `restart` starts over.
@Suite struct RuntimeCramResumeTests {
    @Test func aCramQuitHalfwayResumesAndRestartStartsOver() throws {
        let rig = Rig()
        let cram = AppStart.cram(phase: "Math", order: .deck)
        try rig.run(cram, keys: keys(" 5q"))
        #expect(rig.logged == ["cram MATH-011/formula 5"])
        let resumed = try rig.run(cram, keys: [])
        // The card graded 5 stays done: the cram goes on with the next one.
        #expect(resumed.trimmedLines[1].contains("MATH-011 · interview"))
        #expect(resumed.trimmedLines[0].contains("0/3"))
        let model = try rig.runtime.prepare(
            cram, library: try rig.decks.load(), log: try rig.log.read(), logSizeAtRead: rig.log.size, restartCram: true)
        #expect(model.run?.session.current?.item.cardID.rawValue == "MATH-011/formula")
        #expect(model.run?.session.progress.remaining == 4)
        rig.runtime.endSession()
    }
}

/// On the "Terminal too small" screen no key acts on the card that cannot be seen.
@Suite struct RuntimeTooSmallTests {
    @Test func spaceThenAGradeOnTheTooSmallScreenRecordNothing() throws {
        let rig = Rig()
        let terminal = TestBackend(width: 80, height: 24, events: [
            .resize(Size(width: 30, height: 8)), .key(.space), .key(.character("4")), .key(.character("u")),
            .resize(Size(width: 80, height: 24)),
        ])
        try rig.run(.review, on: terminal)
        #expect(rig.logged.isEmpty)
        #expect(terminal.frames.contains { $0.lines.joined().contains("Terminal too small") })
        // Back at full size: the same card, still unrevealed.
        #expect(terminal.trimmedLines.contains { $0.contains("Space reveal") })
    }
}
