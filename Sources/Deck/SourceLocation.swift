import SafeText

/// A line in a file, printed as `file:line` the way compilers do.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path as it was given to the loader.
    public let file: String
    /// The line number, counting from 1; 0 when the problem concerns the whole file or folder.
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`, or just `file` for line 0, with any control character in the file's name
    /// shown as its mark (`VisibleText.line`): a name holding a line feed stays on one line.
    public var description: String {
        let shown = VisibleText.line(file)
        return line > 0 ? "\(shown):\(line)" : shown
    }
}
