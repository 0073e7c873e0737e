import Foundation
import ReviewLog
import SM2
import Testing

/// An action on `card`.
func action(_ kind: EventKind, _ card: String, at seconds: Int64 = 0) -> LogEvent {
    LogEvent(time: time(seconds), kind: kind, cardID: card, grade: nil, answerMillis: nil)
}

@Suite struct LogActionTests {
    @Test func actionsAreWrittenWithDashesAndReadBackInOrder() {
        #expect(action(.suspend, "MATH-011/formula").logLine
            == "2026-11-21T09:00:00.000Z\tsuspend\tMATH-011/formula\t-\t-\n")
        let lines = [
            answer(.review, "A", grade: 4),
            action(.suspend, "A", at: 1),
            action(.bury, "B", at: 2),
            answer(.review, "B", grade: 5, at: 3),
            action(.unsuspend, "A", at: 4),
            action(.forget, "B", at: 5),
        ]
        let contents = LogReader.read(Array(lines.map(\.logLine).joined().utf8))
        #expect(contents.problems.isEmpty)
        #expect(contents.answers.map(\.cardID) == ["A", "B"])
        #expect(contents.actions.map(\.event.kind) == [.suspend, .bury, .unsuspend, .forget])
        #expect(contents.actions.map(\.event.cardID) == ["A", "B", "A", "B"])
        #expect(contents.actions.map(\.answersBefore) == [1, 1, 2, 2])
        #expect(contents.actions.map(\.event.line) == [2, 3, 5, 6])
        #expect(contents.actions.allSatisfy { $0.event.grade == nil && $0.event.answerMillis == nil })
        #expect(contents.eventCount == 6)
    }

    @Test func undoSkipsActionsAndTakesBackTheLatestAnswer() {
        let lines = [
            answer(.review, "A", grade: 4),
            action(.suspend, "B", at: 1),
            undo("A", at: 2),
            action(.forget, "C", at: 3),
        ]
        let contents = LogReader.read(Array(lines.map(\.logLine).joined().utf8))
        #expect(contents.problems.isEmpty)
        #expect(contents.answers.isEmpty)
        #expect(contents.undoneCount == 1)
        // Both actions stand, now after no answer at all.
        #expect(contents.actions.map(\.event.kind) == [.suspend, .forget])
        #expect(contents.actions.map(\.answersBefore) == [0, 0])
    }

    @Test func anUndoNamingAnActionsCardIsNotTakenAsUndoingTheAction() {
        let lines = [action(.suspend, "A"), undo("A", at: 1)]
        let contents = LogReader.read(Array(lines.map(\.logLine).joined().utf8))
        #expect(contents.problems == [LogProblem(line: 2, message: "undo of A with nothing to undo")])
        #expect(contents.actions.count == 1)
    }

    @Test func malformedActionsAreReportedOnTheirLine() {
        let text = """
            2026-11-21T09:00:00.000Z\tsuspend\tA\t4\t100
            2026-11-21T09:00:00.000Z\tbury\tA\t-\t1
            2026-11-21T09:00:00.000Z\tforget\t\t-\t-
            2026-11-21T09:00:00.000Z\tSuspend\tA\t-\t-
            2026-11-21T09:00:00.000Z\tunsuspend\tA\t-\t-

            """
        let contents = LogReader.read(Array(text.utf8))
        #expect(contents.problems == [
            LogProblem(line: 1, message: "a suspend has '-' as grade and answer time, found '4' and '100'"),
            LogProblem(line: 2, message: "a bury has '-' as grade and answer time, found '-' and '1'"),
            LogProblem(line: 3, message: "empty card ID"),
            LogProblem(line: 4, message: "unknown kind 'Suspend' (expected review, drill, cram, undo, suspend, unsuspend, bury or forget)"),
        ])
        #expect(contents.actions.map(\.event.kind) == [.unsuspend])
    }

    @Test func theAppenderWritesAnActionAsOneSyncedLine() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("reviews.log")
        let appender = try LogAppender(path: path)
        try appender.append(answer(.review, "A", grade: 3))
        try appender.append(action(.bury, "A", at: 1))
        try appender.append(action(.forget, "A", at: 2))
        appender.close()
        let contents = try LogFile.read(at: path)
        #expect(contents.problems.isEmpty)
        #expect(contents.answers.count == 1)
        #expect(contents.actions.map(\.event.kind) == [.bury, .forget])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasSuffix("\tforget\tA\t-\t-\n"))
    }

    @Test func kindsAreEitherAnswersUndoOrActions() {
        for kind in EventKind.allCases {
            #expect([kind.isAnswer, kind.isAction, kind == .undo].filter { $0 }.count == 1, "\(kind)")
        }
    }
}

@Suite struct LogFolderActionTests {
    @Test func aFoldersActionsKeepTheirPlaceAmongTheMergedAnswersByTime() {
        let laptop = [answer(.review, "X", grade: 4, at: 1), action(.forget, "X", at: 100)]
        let desktop = [answer(.review, "X", grade: 5, at: 50), action(.suspend, "Y", at: 60), answer(.review, "Z", grade: 3, at: 70)]
        let merged = LogMerge.merge([
            LogFolderFile(name: "laptop.log", bytes: Array(laptop.map(\.logLine).joined().utf8)),
            LogFolderFile(name: "desktop.log", bytes: Array(desktop.map(\.logLine).joined().utf8)),
        ])
        #expect(merged.contents.answers.map(\.time) == [time(1), time(50), time(70)])
        #expect(merged.contents.actions.map(\.event.kind) == [.suspend, .forget])
        // The suspend comes after the desktop's first review; the forget after every answer.
        #expect(merged.contents.actions.map(\.answersBefore) == [2, 3])
    }
}
