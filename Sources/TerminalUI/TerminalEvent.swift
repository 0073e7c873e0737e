/// Something the terminal tells the program: a key, or a new size.
public enum TerminalEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The terminal has a new size, or must be redrawn in full (after resuming from Ctrl-Z the
    /// backend reports its current size this way). Render a new frame of this size.
    case resize(Size)
}
