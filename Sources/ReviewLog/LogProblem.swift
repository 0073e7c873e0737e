import SafeText

/// A log line that the reader skipped, with why, printed as `file:line: message`.
public struct LogProblem: Hashable, Sendable {
    /// The line number in the log, counting from 1.
    public let line: Int
    /// What is wrong with it.
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// The problem as `file:line: error: message` for the log at `file`: the line was skipped.
    /// The file's name is shown on one line, its control characters marked (`VisibleText.line`).
    public func described(in file: String) -> String { "\(VisibleText.line(file)):\(line): error: \(message)" }
}
