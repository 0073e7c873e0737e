import Foundation
import ReviewLog
import Testing

/// The log folder on the disk: device names, which files are read, reading and merging them,
/// the folder lock, clock warnings.
@Suite struct LogFolderTests {
    @Test func deviceNamesAreSanitised() {
        #expect(DeviceName.sanitised("laptop") == "laptop")
        #expect(DeviceName.sanitised("Work Laptop (2)") == "Work-Laptop--2")
        #expect(DeviceName.sanitised("host.example.com") == "host.example.com")
        #expect(DeviceName.sanitised("../etc/passwd") == "etc-passwd")
        #expect(DeviceName.sanitised("машина") == nil)
        #expect(DeviceName.sanitised("") == nil)
        #expect(DeviceName.sanitised("my_box-1") == "my_box-1")

        #expect(DeviceName(value: "laptop", source: .settings).fileName == "laptop.log")
        #expect(DeviceName.systemHostName().map { !$0.isEmpty } ?? true)
    }

    @Test func theDeviceOfAFileIsItsNameWithoutConflictMarks() {
        #expect(LogFolder.deviceName(ofFile: "laptop.log") == "laptop")
        #expect(LogFolder.deviceName(ofFile: "laptop.sync-conflict-20260413-091523-K3X2R2T.log") == "laptop")
        #expect(LogFolder.deviceName(ofFile: "my.host.sync-conflict-20260413-091523-K3X2R2T.log") == "my.host")
        #expect(LogFolder.deviceName(ofFile: "laptop (conflicted copy 2026-04-13).log") == "laptop")
        #expect(LogFolder.deviceName(ofFile: "laptop (2).log") == "laptop (2)")
        #expect(LogFolder.isConflictCopy("laptop.sync-conflict-20260413-091523-K3X2R2T.log"))
        #expect(!LogFolder.isConflictCopy("laptop.log"))
        #expect(LogFolder.isLogFileName("a.log") && !LogFolder.isLogFileName(".log") && !LogFolder.isLogFileName(".hidden.log"))
        #expect(!LogFolder.isLogFileName("notes.txt") && !LogFolder.isLogFileName("laptop.log.tmp"))
    }

    @Test func everyLogFileIsReadAndNothingElse() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(logBytes([LogMergeTests.line(.review, "A", 4, at: 0)]), to: "laptop.log")
        _ = try folder.write(logBytes([LogMergeTests.line(.review, "B", 4, at: 5)]), to: "desktop.log")
        _ = try folder.write(logBytes([LogMergeTests.line(.review, "A", 4, at: 0)]), to: "laptop.sync-conflict-20260413-091523-K3X2R2T.log")
        _ = try folder.write(logBytes([LogMergeTests.line(.review, "C", 4, at: 1)]), to: ".syncthing.laptop.log.tmp")
        _ = try folder.write(logBytes([LogMergeTests.line(.review, "C", 4, at: 1)]), to: ".hidden.log")
        _ = try folder.write(Array("notes\n".utf8), to: "README.md")
        try FileManager.default.createDirectory(atPath: folder.path("old.log"), withIntermediateDirectories: true)
        #expect(try LogFolder.logFileNames(in: folder.url.path)
            == ["desktop.log", "laptop.log", "laptop.sync-conflict-20260413-091523-K3X2R2T.log"])
        #expect(try LogFolder.logFileNames(in: folder.path("missing")) == [])

        let location = LogLocation.at(folder.url.path) { DeviceName(value: "laptop", source: .environment) }
        #expect(location == .folder(path: folder.url.path, device: DeviceName(value: "laptop", source: .environment)))
        #expect(location.ownFile == folder.path("laptop.log"))
        let loaded = try location.read()
        #expect(loaded.contents.answers.map(\.cardID) == ["A", "B"])
        #expect(loaded.folder?.duplicateCount == 1)
        #expect(loaded.folder?.answersPerDevice.map(\.device) == ["desktop", "laptop"])
        #expect(location.changeMark().keys.sorted() == ["desktop.log", "laptop.log", "laptop.sync-conflict-20260413-091523-K3X2R2T.log"])

        // A path that is not a folder is a log file, as before.
        let file = LogLocation.at(folder.path("laptop.log")) { Issue.record("no device for a file"); return DeviceName(value: "x", source: .fallback) }
        #expect(file == .file(path: folder.path("laptop.log")))
        #expect(try file.read() == LoadedLog(contents: try LogFile.read(at: folder.path("laptop.log")), folder: nil))
    }

    @Test func aNewFileAppearsWholeAndNeverReplacesOne() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("sub/laptop.log")
        let bytes = logBytes([LogEvent.header, LogMergeTests.line(.review, "A", 4, at: 0)])
        try LogFile.createNew(at: path, bytes: bytes)
        #expect(try bytesOfFile(path) == bytes)
        #expect(throws: LogFileError.system(operation: .create, path: path, errno: EEXIST)) {
            try LogFile.createNew(at: path, bytes: [1, 2, 3])
        }
        #expect(try bytesOfFile(path) == bytes)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("sub")) == ["laptop.log"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
    }

    @Test func sessionsShareTheFolderAndSyncHasItAlone() throws {
        let folder = try TemporaryFolder()
        let first = try LogFolderLock(folder: folder.url.path, mode: .shared)
        let second = try LogFolderLock(folder: folder.url.path, mode: .shared)
        #expect(throws: LogFileError.inUse(path: folder.url.path)) {
            try LogFolderLock(folder: folder.url.path, mode: .exclusive)
        }
        first.release()
        second.release()
        let sync = try LogFolderLock(folder: folder.url.path, mode: .exclusive)
        #expect(throws: LogFileError.inUse(path: folder.url.path)) {
            try LogFolderLock(folder: folder.url.path, mode: .shared)
        }
        sync.release()
        _ = try LogFolderLock(folder: folder.url.path, mode: .shared)
    }

    @Test func clockTroubleIsWarnedAboutOnItsLine() {
        let now = time(3600)
        let laptop = LogMergeTests.file("laptop.log", [
            LogMergeTests.line(.review, "A", 4, at: 0),
            LogMergeTests.line(.review, "B", 4, at: 600),
            LogMergeTests.line(.review, "C", 4, at: 300),  // back 5 minutes
            LogMergeTests.line(.review, "D", 4, at: 900),
        ])
        let desktop = LogMergeTests.file("desktop.log", [
            LogMergeTests.line(.review, "E", 4, at: 3600 + 240),  // 4 minutes ahead: fine
            LogMergeTests.line(.review, "F", 4, at: 3600 + 7_800),  // 2 h 10 min ahead
            LogMergeTests.line(.review, "G", 4, at: 3600 + 90_000),
        ])
        let merged = LogMerge.merge([laptop, desktop])
        let warnings = LogClockCheck.warnings(for: LoadedLog(contents: merged.contents, folder: merged), now: now)
        #expect(warnings.map { $0.described(in: "/log") } == [
            "/log/desktop.log:3: warning: time 2026-11-21T12:10:00.000Z is 2 h 10 min after now (2026-11-21T10:00:00.000Z), "
                + "and so is 1 later line; the clock of the device that wrote it may be ahead",
            "/log/laptop.log:4: warning: time 2026-11-21T09:05:00.000Z is 5 min before line 3's; "
                + "the clock of the device that wrote it went back",
        ])
        // A log file: the same checks, named by the file's path.
        let single = LogReader.read(logBytes([LogMergeTests.line(.review, "A", 4, at: 60), LogMergeTests.line(.review, "B", 4, at: 0)]))
        #expect(LogClockCheck.warnings(for: LoadedLog(contents: single, folder: nil), now: now).map { $0.described(in: "/r.log") }
            == ["/r.log:2: warning: time 2026-11-21T09:00:00.000Z is 1 min before line 1's; the clock of the device that wrote it went back"])
        #expect(LogClockCheck.warnings(answers: [], file: nil, now: now).isEmpty)
    }
}
