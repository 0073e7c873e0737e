import Foundation
import ReviewLog
import SM2

/// A small seeded random generator (SplitMix64), so random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A fresh folder under the system's temporary folder, removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ReviewLogTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to `name` and returns its path.
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Reads the file at `path` as bytes, through Foundation (independent of the code under test).
func bytesOfFile(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// The time 2026-11-21T09:00:00Z plus `seconds`, in milliseconds.
func time(_ seconds: Int64 = 0) -> Int64 { 1_795_251_600_000 + seconds * 1000 }

/// A graded answer.
func answer(_ kind: EventKind, _ card: String, grade: Int, at seconds: Int64 = 0, millis: Int = 1500, line: Int = 0) -> LogEvent {
    LogEvent(time: time(seconds), kind: kind, cardID: card, grade: Grade(grade), answerMillis: millis, line: line)
}

/// An undo of `card`.
func undo(_ card: String, at seconds: Int64 = 0, line: Int = 0) -> LogEvent {
    LogEvent(time: time(seconds), kind: .undo, cardID: card, grade: nil, answerMillis: nil, line: line)
}

/// The log text of `lines`, each followed by a newline.
func logBytes(_ lines: [String]) -> [UInt8] { Array(lines.map { $0 + "\n" }.joined().utf8) }

/// Reads `text` as a log.
func readLog(_ text: String) -> LogContents { LogReader.read(Array(text.utf8)) }
