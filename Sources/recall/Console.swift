import Foundation
import SafeText

/// The one way the command line writes text. Every command prints through `Console.print`
/// (standard output) and `Console.error` (standard error), never through the standard library's
/// `print` or a file handle: both pass the text through `VisibleText.lines`, so a control
/// character, an escape sequence or a bidirectional control that came from a deck, a log or a
/// file name is shown as a visible mark (`␛[2J`, `<U+202E>`) and never reaches the terminal.
/// Line feeds are kept; a value that must stay on one line (a file name) is passed through
/// `VisibleText.line` where it is formatted. JSON is escaped by `JSONText`, so it goes through
/// unchanged.
enum Console {
    /// Writes `text` and then `terminator` to standard output, with every control marked.
    static func print(_ text: String, terminator: String = "\n") {
        Swift.print(VisibleText.lines(text), terminator: VisibleText.lines(terminator))
    }

    /// Writes `text` and a line feed to standard error, with every control marked.
    static func error(_ text: String) {
        // Whatever was printed to standard output so far comes first.
        fflush(nil)
        FileHandle.standardError.write(Data((VisibleText.lines(text) + "\n").utf8))
    }
}

/// The standard library's `print`, rerouted through `Console.print` for this module: a plain
/// `print(…)` written in a command can never send raw text to the terminal.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Console.print(items.map { "\($0)" }.joined(separator: separator), terminator: terminator)
}
