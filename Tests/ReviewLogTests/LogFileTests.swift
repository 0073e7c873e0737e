import Foundation
import ReviewLog
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct LogFileTests {
    private func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test func missingFileOrFolderReadsAsAnEmptyLog() throws {
        let folder = try TemporaryFolder()
        #expect(try LogFile.readBytes(at: folder.path("reviews.log")).isEmpty)
        #expect(try LogFile.read(at: folder.path("no/such/folder/reviews.log")) == LogContents())
        #expect(!FileManager.default.fileExists(atPath: folder.path("reviews.log")))
    }

    @Test func unreadableLogIsATypedErrorNamingThePath() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.path
        #expect(throws: LogFileError.system(operation: .read, path: path, errno: EISDIR)) {
            try LogFile.readBytes(at: path)
        }
        let file = try folder.write([1, 2, 3], to: "plain")
        let error = LogFileError.system(operation: .openForReading, path: file + "/reviews.log", errno: ENOTDIR)
        #expect(throws: error) { try LogFile.readBytes(at: file + "/reviews.log") }
        #expect(error.description == "cannot open \(file)/reviews.log for reading: Not a directory")
    }

    @Test func aPipeIsRefusedAtOnceForReadingAndLocking() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("reviews.log")
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: LogFileError.notAFile(path: path, kind: "pipe")) { try LogFile.read(at: path) }
        #expect(throws: LogFileError.notAFile(path: path, kind: "pipe")) { try LogLock(logPath: path) }
        #expect(LogFileError.notAFile(path: path, kind: "pipe").description
            == "cannot use \(path) as the review log: it is a pipe, not a file")
    }

    @Test func readingLeavesTheFileByteForByteUnchanged() throws {
        let folder = try TemporaryFolder()
        let original = logBytes([LogEvent.header, "2026-11-21T09:00:00.000Z\treview\tA\t9\t10", "junk"]) + Array("2026-11".utf8)
        let path = try folder.write(original, to: "reviews.log")
        let before = try FileManager.default.attributesOfItem(atPath: path)
        let contents = try LogFile.read(at: path)
        #expect(contents.problems.count == 3)
        #expect(try bytesOfFile(path) == original)
        let after = try FileManager.default.attributesOfItem(atPath: path)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(try LogFile.readBytes(at: path) == original)
    }

    @Test func readsLargeFilesWhole() throws {
        let folder = try TemporaryFolder()
        var bytes: [UInt8] = []
        for index in 0..<5_000 { bytes += answer(.review, "C-\(index)", grade: 5, at: Int64(index)).logLineBytes }
        let path = try folder.write(bytes, to: "reviews.log")
        #expect(try LogFile.readBytes(at: path) == bytes)
        #expect(try LogFile.read(at: path).answers.count == 5_000)
    }

    @Test func appenderCreatesFoldersAndAPrivateLogWithAHeader() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state/recall/deeper/reviews.log")
        let appender = try LogAppender(path: path)
        let events = [answer(.review, "A", grade: 4, millis: 3120), answer(.drill, "A", grade: 5, at: 9), undo("A", at: 10)]
        for event in events { try appender.append(event) }
        appender.close()

        #expect(try mode(of: path) == 0o600)
        #expect(try mode(of: folder.path("state")) == 0o700)
        #expect(try mode(of: folder.path("state/recall/deeper")) == 0o700)
        let text = String(decoding: try bytesOfFile(path), as: UTF8.self)
        #expect(text == LogEvent.header + "\n" + events.map(\.logLine).joined())
        let contents = try LogFile.read(at: path)
        #expect(contents.hasHeader)
        #expect(contents.problems.isEmpty)
        #expect(contents.answers == [answer(.review, "A", grade: 4, millis: 3120, line: 2)])
    }

    @Test func appenderAddsToAnExistingLogWithoutASecondHeader() throws {
        let folder = try TemporaryFolder()
        let original = logBytes(["2026-11-21T09:00:00.000Z\treview\tA\t5\t10"])
        let path = try folder.write(original, to: "reviews.log")
        try LogAppender(path: path).append(answer(.cram, "B", grade: 3))
        #expect(try bytesOfFile(path) == original + answer(.cram, "B", grade: 3).logLineBytes)
    }

    @Test func appenderWritesTheHeaderIntoAnEmptyExistingLog() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write([], to: "reviews.log")
        _ = try LogAppender(path: path)
        #expect(try bytesOfFile(path) == logBytes([LogEvent.header]))
    }

    @Test func afterATornLastLineTheNextAppendStartsOnACleanLine() throws {
        let folder = try TemporaryFolder()
        let head = logBytes([LogEvent.header, "2026-11-21T09:14:03.120Z\treview\tMATH-011/formula\t4\t3120"])
        let last = Array("2026-11-21T09:15:40.002Z\tdrill\tML-002/interview\t4\t2210".utf8)
        let next = answer(.review, "C", grade: 5, at: 100)
        for cut in 1..<last.count {
            let path = folder.path("torn-\(cut).log")
            _ = try folder.write(head + last[0..<cut], to: "torn-\(cut).log")
            let before = try LogFile.read(at: path)
            #expect(!before.endsWithNewline)

            try LogAppender(path: path).append(next)

            let bytes = try bytesOfFile(path)
            #expect(bytes == head + last[0..<cut] + LogEvent.tornLineCloser + next.logLineBytes, "cut at \(cut)")
            let after = LogReader.read(bytes)
            #expect(after.endsWithNewline)
            #expect(after.answers.first?.line == 2)
            #expect(after.answers.last == LogEvent(
                time: next.time, kind: .review, cardID: "C", grade: next.grade, answerMillis: next.answerMillis, line: 4))
            // The torn line was reported, and closed by the append it stays unreadable, even
            // where the cut fell inside the answer time and a newline alone would have made it read.
            #expect(before.problems.map(\.line) == [3], "cut at \(cut)")
            #expect(after.problems.map(\.line) == [3], "cut at \(cut)")
            #expect(after.answers.count == 2, "cut at \(cut)")
        }
    }

    @Test func openingTheAppenderOnATornLogChangesNothingUntilAnAnswer() throws {
        let folder = try TemporaryFolder()
        let torn = logBytes([LogEvent.header]) + Array("2026-11-21T09:15:40.002Z\tdrill\tML-002/in".utf8)
        let path = try folder.write(torn, to: "torn.log")
        do {
            let appender = try LogAppender(path: path)
            appender.close()
        }
        #expect(try bytesOfFile(path) == torn)
    }

    @Test func appenderRefusesEventsThatWouldNotReadBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("reviews.log")
        let appender = try LogAppender(path: path)
        let before = try bytesOfFile(path)
        let bad = [
            answer(.review, "A\tB", grade: 4),
            answer(.review, "A\nB", grade: 4),
            answer(.review, "", grade: 4),
            LogEvent(time: time(), kind: .review, cardID: "A", grade: nil, answerMillis: 100),
            LogEvent(time: time(), kind: .drill, cardID: "A", grade: .good, answerMillis: nil),
            LogEvent(time: 253_402_300_800_000, kind: .cram, cardID: "A", grade: .good, answerMillis: 1),
        ]
        for event in bad {
            #expect(throws: LogFileError.self) { try appender.append(event) }
            do {
                try appender.append(event)
            } catch {
                guard case .unwritableEvent(let errorPath, _) = error else {
                    Issue.record("expected unwritableEvent, got \(error)")
                    continue
                }
                #expect(errorPath == path)
            }
        }
        #expect(try bytesOfFile(path) == before)
    }

    @Test func appendAfterCloseFails() throws {
        let folder = try TemporaryFolder()
        let appender = try LogAppender(path: folder.path("reviews.log"))
        appender.close()
        appender.close()
        #expect(throws: LogFileError.system(operation: .write, path: folder.path("reviews.log"), errno: EBADF)) {
            try appender.append(answer(.review, "A", grade: 4))
        }
    }

    #if os(Linux)
    @Test func fullDiskIsThrownNotIgnored() throws {
        let error = LogFileError.system(operation: .write, path: "/dev/full", errno: ENOSPC)
        #expect(throws: error) { try LogAppender(path: "/dev/full") }
        #expect(error.description == "cannot write to /dev/full: No space left on device")
    }
    #endif

    @Test func appenderReportsAFolderThatCannotBeCreated() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write([], to: "plain")
        #expect(throws: LogFileError.system(operation: .createFolder, path: file + "/sub", errno: ENOTDIR)) {
            try LogAppender(path: file + "/sub/reviews.log")
        }
    }

    @Test func lockRefusesASecondSessionUntilReleased() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state/recall/reviews.log")
        let first = try LogLock(logPath: path)
        #expect(first.isHeld)
        #expect(throws: LogFileError.inUse(path: path)) { try LogLock(logPath: path) }
        #expect(LogFileError.inUse(path: path).description == "\(path) is in use by another recall session")

        // Reading and appending need no lock and are not blocked by it.
        let appender = try LogAppender(path: path)
        try appender.append(answer(.review, "A", grade: 4))
        #expect(try LogFile.read(at: path).answers.count == 1)
        appender.close()
        // Other descriptors of the log opening and closing do not drop the lock (unlike POSIX record locks).
        #expect(throws: LogFileError.inUse(path: path)) { try LogLock(logPath: path) }

        first.release()
        #expect(!first.isHeld)
        do {
            let second = try LogLock(logPath: path)
            _ = withExtendedLifetime(second) {
                #expect(throws: LogFileError.inUse(path: path)) { try LogLock(logPath: path) }
            }
        }
        // The second lock went away with its object.
        _ = try LogLock(logPath: path)
    }

    @Test func lockingAMissingLogCreatesItEmptyAndTheAppenderAddsTheHeader() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("new/reviews.log")
        let lock = try LogLock(logPath: path)
        #expect(try bytesOfFile(path).isEmpty)
        #expect(try mode(of: path) == 0o600)
        try LogAppender(path: path).append(answer(.review, "A", grade: 4))
        #expect(try LogFile.read(at: path).hasHeader)
        lock.release()
    }
}
