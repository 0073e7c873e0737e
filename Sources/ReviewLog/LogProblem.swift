import SafeText

/// A log line that the reader skipped, with why, printed as `file:line: message`.
public struct LogProblem: Hashable, Sendable {
    /// The line number in the log, counting from 1.
    public let line: Int
    /// What is wrong with it.
    public let message: String
    /// For a log folder, the name of the file in the folder the line is in; nil for a log file.
    public let file: String?

    public init(line: Int, message: String, file: String? = nil) {
        self.line = line
        self.message = message
        self.file = file
    }

    /// The problem as `file:line: error: message` for the log at `file` (for a log folder, the
    /// folder: the problem's own file is named inside it): the line was skipped. The file's name
    /// is shown on one line, its control characters marked (`VisibleText.line`).
    public func described(in file: String) -> String {
        "\(VisibleText.line(self.file.map { LogFolder.joined(file, $0) } ?? file)):\(line): error: \(message)"
    }
}
