/// Clock trouble seen in a log: a file whose times go backwards from one answer to the next (its
/// device's clock was set back), or answers dated more than a few minutes after now (a clock
/// ahead). A log folder is merged by time, so a wrong clock moves a device's answers among the
/// others'; `recall check` shows these as warnings, and nothing is changed or skipped.
public enum LogClockCheck {
    /// How far after now an answer may be dated before it is reported: five minutes (the
    /// tolerance Anki's sync allows between two clocks).
    public static let futureToleranceMillis: Int64 = 5 * 60 * 1000

    /// The warnings for `log` as of `now` (milliseconds since 1970 UTC): each file's answers are
    /// looked at in the file's own order.
    public static func warnings(for log: LoadedLog, now: Int64) -> [LogClockWarning] {
        guard let folder = log.folder else {
            return warnings(answers: log.contents.answers, file: nil, now: now)
        }
        var byFile = [[LogEvent]](repeating: [], count: folder.files.count)
        for (position, file) in folder.answerFiles.enumerated() {
            byFile[Int(file)].append(folder.contents.answers[position])
        }
        return folder.files.indices.flatMap { index in
            warnings(answers: byFile[index], file: folder.files[index].name, now: now)
        }
    }

    /// The warnings for the answers of one file, in file order: every step back in time, and the
    /// first answer dated after `now` plus the tolerance (with how many more there are).
    public static func warnings(answers: [LogEvent], file: String?, now: Int64) -> [LogClockWarning] {
        var warnings: [LogClockWarning] = []
        var previous: LogEvent?
        for answer in answers {
            if let previous, answer.time < previous.time {
                warnings.append(LogClockWarning(
                    file: file, line: answer.line,
                    message: "time \(RFC3339.format(millis: answer.time)) is \(span(previous.time - answer.time)) "
                        + "before line \(previous.line)'s; the clock of the device that wrote it went back"))
            }
            previous = answer
        }
        let future = answers.filter { $0.time > now + futureToleranceMillis }
        if let first = future.first {
            let more = future.count - 1
            warnings.append(LogClockWarning(
                file: file, line: first.line,
                message: "time \(RFC3339.format(millis: first.time)) is \(span(first.time - now)) after now "
                    + "(\(RFC3339.format(millis: now)))\(more == 1 ? ", and so is 1 later line" : more > 1 ? ", and so are \(more) later lines" : ""); "
                    + "the clock of the device that wrote it may be ahead"))
        }
        return warnings.sorted { $0.line < $1.line }
    }

    /// A length of time in words: `250 ms`, `42 s`, `3 min`, `2 h 5 min`, `3 days 4 h`.
    static func span(_ millis: Int64) -> String {
        if millis < 1000 { return "\(millis) ms" }
        let seconds = millis / 1000
        if seconds < 60 { return "\(seconds) s" }
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 24 { return minutes % 60 == 0 ? "\(hours) h" : "\(hours) h \(minutes % 60) min" }
        let days = hours / 24
        let unit = days == 1 ? "day" : "days"
        return hours % 24 == 0 ? "\(days) \(unit)" : "\(days) \(unit) \(hours % 24) h"
    }
}

/// A clock problem in a log, printed as `file:line: warning: message`.
public struct LogClockWarning: Hashable, Sendable {
    /// For a log folder, the name of the file in the folder; nil for a log file.
    public let file: String?
    /// The line number in that file.
    public let line: Int
    /// What looks wrong.
    public let message: String

    /// A warning as given.
    public init(file: String?, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `path:line: warning: message`, with `path` the log file, or the folder (the warning's own
    /// file is then named inside it).
    public func described(in path: String) -> String {
        "\(file.map { LogFolder.joined(path, $0) } ?? path):\(line): warning: \(message)"
    }
}
