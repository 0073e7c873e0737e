import Foundation
import ReviewLog
import Snapshot
import Study
import Testing

/// A log folder (one file per device, merged by time) has one snapshot for all its files: the
/// state read through it equals the state of the whole folder merged, whatever happens to the
/// files, and appends that sort after everything covered are served from it.
@Suite struct SnapshotFolderTests {
    private static let devices = ["laptop.log", "phone.log", "tablet.log"]

    /// Random folders, then random steps: appends to any file (mostly later than everything,
    /// sometimes earlier: a clock moved back), lines copied from one file into another
    /// (duplicates the merge counts once), conflict copies, new and removed files, truncations,
    /// edits of earlier bytes, a file replaced by another, another time zone or day-start hour,
    /// days moving back and forth, a damaged snapshot, another program build. After every
    /// step every figure must be the same with the snapshot, without it, and as the folder
    /// merged whole gives it.
    @Test func theFoldersStateWithTheSnapshotEqualsTheStateWithoutIt() throws {
        let root = try TemporaryFolder()
        let library = SnapshotFixtures.library
        var generator = SplitMix64(seed: 71)
        var reads = (snapshot: 0, whole: 0)
        for round in 0..<40 {
            let folder = root.path + "/log-\(round)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let store = SnapshotStore(folder: root.path + "/cache-\(round)")
            var program: UInt64 = 1
            var days = LocalDays.utc(dayStartHour: 4)
            var clockDay = SnapshotFixtures.firstDay
            var today = clockDay + 10
            var files: [String: [UInt8]] = [:]
            for name in Self.devices.prefix(1 + generator.next(below: Self.devices.count)) {
                files[name] = SnapshotFixtures.randomLines(
                    &generator, count: generator.next(below: 60), startDay: clockDay, actions: true)
            }
            try write(files, to: folder)
            func append(_ count: Int, to name: String, from day: Int) {
                files[name, default: []] += SnapshotFixtures.randomLines(&generator, count: count, startDay: day, actions: true)
            }
            for _ in 0..<25 {
                let names = files.keys.sorted()
                let some = names.isEmpty ? Self.devices[0] : names[generator.next(below: names.count)]
                switch generator.next(below: 20) {
                case 0...7:
                    // Later than everything so far: the common case.
                    clockDay += 30
                    append(1 + generator.next(below: 12), to: some, from: clockDay)
                    today = max(today, clockDay + 10)
                case 8:
                    append(1 + generator.next(below: 12), to: some, from: clockDay - generator.next(below: 40))
                case 9:
                    // A line of one file copied into another, as a sync tool may leave it.
                    let lines = (files[some] ?? []).split(separator: UInt8(ascii: "\n"))
                    if let line = lines.randomElement(using: &generator) {
                        files[names[generator.next(below: names.count)], default: []] += Array(line) + [UInt8(ascii: "\n")]
                    }
                case 10:
                    files[String(some.dropLast(4)) + ".sync-conflict-20260301-101010-ABCDEFG.log"] = files[some] ?? []
                case 11:
                    if files.count > 1 { files[some] = nil } else { files[Self.devices[generator.next(below: 3)]] = [] }
                case 12:
                    if let bytes = files[some], !bytes.isEmpty {
                        files[some] = Array(bytes.dropLast(1 + generator.next(below: min(bytes.count, 200))))
                    }
                case 13:
                    if var bytes = files[some], !bytes.isEmpty {
                        bytes[generator.next(below: bytes.count)] = UInt8(ascii: "0") + UInt8(generator.next(below: 10))
                        files[some] = bytes
                    }
                case 14:
                    files[some, default: []] += SnapshotFixtures.tornLine(&generator)
                case 15:
                    // Another file at the same path: same bytes, new inode.
                    try? FileManager.default.removeItem(atPath: folder + "/" + some)
                case 16:
                    days = LocalDays(
                        timeZone: SnapshotFixtures.zones[generator.next(below: SnapshotFixtures.zones.count)],
                        dayStartHour: generator.next(below: 2) == 0 ? days.dayStartHour : generator.next(below: 24))
                case 17:
                    today += generator.next(below: 7) - 3
                case 18:
                    SnapshotFixtures.damage(store: store, logPath: folder, &generator)
                default:
                    program += UInt64(generator.next(below: 2))
                }
                try write(files, to: folder)
                let loader = SnapshotLoader(store: store, program: program, resaveAfterBytes: 1 + generator.next(below: 400))
                let withSnapshot = try loader.loadFolder(path: folder, snapshotName: folder, days: days, today: today)
                let without = try SnapshotLoader(store: nil, program: program)
                    .loadFolder(path: folder, snapshotName: folder, days: days, today: today)
                let whole = try LogLocation.folder(path: folder, device: DeviceName(value: "laptop", source: .settings))
                    .read().contents
                if case .snapshot = withSnapshot.source { reads.snapshot += 1 } else { reads.whole += 1 }
                try SnapshotFixtures.expectSameState(
                    withSnapshot, without, whole: whole, library: library, days: days, today: today)
            }
        }
        #expect(reads.snapshot > 250)
        #expect(reads.whole > 100)
    }

    /// A folder of two devices' files, with actions: once its snapshot is saved, answers and
    /// actions appended to one file after everything else are read alone; an answer appended
    /// with an earlier time than covered ones (which the merge would put among them) is not.
    @Test func appendsToOwnFileAreServedFromTheSnapshot() throws {
        let root = try TemporaryFolder()
        let folder = root.path + "/log"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = SnapshotStore(folder: root.path + "/cache")
        let days = LocalDays.utc(dayStartHour: 0)
        let loader = SnapshotLoader(store: store, program: 1)
        let day = SnapshotFixtures.firstDay
        func line(_ day: Int, _ minute: Int, _ kind: String, _ card: Int, grade: Int? = nil) -> String {
            let time = RFC3339.format(millis: Int64(day) * 86_400_000 + Int64(minute) * 60_000)
            return "\(time)\t\(kind)\t\(SnapshotFixtures.ids[card])\t\(grade.map(String.init) ?? "-")\t\(grade == nil ? "-" : "900")\n"
        }
        var laptop = "", phone = ""
        for index in 0..<200 {
            laptop += line(day + index / 20, index, "review", index % 10, grade: 4)
            phone += line(day + index / 20, index, "review", (index + 3) % 10, grade: index % 5 == 0 ? 2 : 5)
            if index == 50 { phone += line(day + 2, 0, "suspend", 4) }
            if index == 80 { laptop += line(day + 4, 0, "bury", 2) }
        }
        var files = ["laptop.log": Array(laptop.utf8), "phone.log": Array(phone.utf8)]
        try write(files, to: folder)
        let today = day + 20
        #expect(try loader.loadFolder(path: folder, snapshotName: folder, days: days, today: today).source == .wholeLog)
        #expect(try loader.loadFolder(path: folder, snapshotName: folder, days: days, today: today).source != .wholeLog)

        files["laptop.log", default: []] += Array((line(day + 15, 0, "review", 1, grade: 3) + line(day + 15, 1, "forget", 4)
            + line(day + 15, 2, "review", 7, grade: 5) + line(day + 15, 3, "undo", 7)).utf8)
        try write(files, to: folder)
        let served = try loader.loadFolder(path: folder, snapshotName: folder, days: days, today: today)
        #expect(served.source != .wholeLog)
        try expectSameAsWhole(served, folder: folder, days: days, today: today)
        let histories = Dictionary(uniqueKeysWithValues: zip(served.fold.cardIDs, served.fold.histories))
        #expect(histories[SnapshotFixtures.ids[4]]?.forgets == 1)
        #expect(histories[SnapshotFixtures.ids[4]]?.isSuspended == true)

        files["phone.log", default: []] += Array(line(day + 1, 30, "review", 9, grade: 0).utf8)
        try write(files, to: folder)
        let earlier = try loader.loadFolder(path: folder, snapshotName: folder, days: days, today: today)
        #expect(earlier.source == .wholeLog)
        try expectSameAsWhole(earlier, folder: folder, days: days, today: today)
    }

    /// An answer one device took back, later copied into another device's file: the merge
    /// counts the copy as taken back too, which only a whole read sees.
    @Test func aCopyOfAnAnswerTakenBackIsReadWhole() throws {
        let root = try TemporaryFolder()
        let folder = root.path + "/log"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = SnapshotStore(folder: root.path + "/cache")
        let days = LocalDays.utc(dayStartHour: 0)
        let loader = SnapshotLoader(store: store, program: 1)
        let day = SnapshotFixtures.firstDay
        let taken = RFC3339.format(millis: Int64(day + 5) * 86_400_000) + "\treview\tC1/formula\t5\t800\n"
        let undo = RFC3339.format(millis: Int64(day + 5) * 86_400_000 + 1000) + "\tundo\tC1/formula\t-\t-\n"
        var files = [
            "laptop.log": Array((RFC3339.format(millis: Int64(day) * 86_400_000) + "\treview\tC1/formula\t4\t800\n" + taken + undo).utf8),
            "phone.log": Array((RFC3339.format(millis: Int64(day + 1) * 86_400_000) + "\treview\tC2/formula\t4\t800\n").utf8),
        ]
        try write(files, to: folder)
        #expect(try loader.loadFolder(path: folder, snapshotName: folder, days: days, today: day + 9).source == .wholeLog)
        files["phone.log", default: []] += Array(taken.utf8)
        try write(files, to: folder)
        let state = try loader.loadFolder(path: folder, snapshotName: folder, days: days, today: day + 9)
        #expect(state.source == .wholeLog)
        try expectSameAsWhole(state, folder: folder, days: days, today: day + 9)
        let histories = Dictionary(uniqueKeysWithValues: zip(state.fold.cardIDs, state.fold.histories))
        #expect(histories["C1/formula"]?.schedule.reviews == 1)
    }

    private func expectSameAsWhole(_ state: LoadedLogState, folder: String, days: LocalDays, today: Int) throws {
        let without = try SnapshotLoader(store: nil, program: 1).loadFolder(
            path: folder, snapshotName: folder, days: days, today: today)
        let whole = try LogLocation.folder(path: folder, device: DeviceName(value: "laptop", source: .settings)).read().contents
        try SnapshotFixtures.expectSameState(state, without, whole: whole, library: SnapshotFixtures.library, days: days, today: today)
    }

    /// Writes each file in place (same inode when it exists) and removes the folder's other logs.
    private func write(_ files: [String: [UInt8]], to folder: String) throws {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where files[name] == nil {
            try FileManager.default.removeItem(atPath: folder + "/" + name)
        }
        for (name, bytes) in files {
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path) {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                try handle.truncate(atOffset: 0)
                try handle.write(contentsOf: Data(bytes))
                try handle.close()
            } else {
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            }
        }
    }
}
