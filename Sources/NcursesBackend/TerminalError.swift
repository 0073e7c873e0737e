/// Why the interactive screen cannot start. Its description is a sentence for the user; the
/// command line prefixes it with the program name (`recall: the review screen needs …`).
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input is not a terminal (input is piped or redirected).
    case inputNotATerminal
    /// Standard output is not a terminal (output is piped or redirected).
    case outputNotATerminal
    /// `TERM` is unset or empty.
    case terminalTypeNotSet
    /// curses cannot drive the terminal type named by `TERM` (unknown, or too limited like `dumb`).
    case unknownTerminalType(String)

    /// What went wrong, for the user.
    public var description: String {
        switch self {
        case .inputNotATerminal:
            return "the review screen needs a terminal (standard input is not a terminal)"
        case .outputNotATerminal:
            return "the review screen needs a terminal (standard output is not a terminal)"
        case .terminalTypeNotSet:
            return "the review screen needs a terminal (TERM is not set)"
        case .unknownTerminalType(let name):
            return "the review screen needs a terminal (curses cannot use TERM=\(name))"
        }
    }
}
