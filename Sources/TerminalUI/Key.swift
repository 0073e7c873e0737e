import SafeText

/// A key press, as a typed value. Printable keys (space included) are `.character`;
/// control combinations are `.ctrl` with the lowercase letter (`.ctrl("c")` for Ctrl-C,
/// which arrives as a key because the terminal is in raw mode).
public enum Key: Hashable, Sendable {
    /// A printable character, `" "` included.
    case character(Character)
    /// Return or keypad Enter.
    case enter
    /// Tab (Ctrl-I).
    case tab
    /// Shift-Tab.
    case backTab
    /// Escape (also the first half of an Alt combination).
    case escape
    /// Backspace (DEL or Ctrl-H).
    case backspace
    /// Forward delete.
    case delete
    /// Insert.
    case insert
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// A control combination: `ctrl("c")`, `ctrl("z")`; other control bytes use their ASCII
    /// caret letter (`ctrl("@")`, `ctrl("\\")`, `ctrl("]")`, `ctrl("^")`, `ctrl("_")`).
    case ctrl(Character)
    /// A function key F1, F2, …
    case function(Int)

    /// The space bar.
    public static let space = Key.character(" ")

    /// The key for one byte or code point typed at a raw-mode terminal: controls map to their
    /// named keys or `.ctrl`, anything printable to `.character`; `nil` if it is neither.
    public init?(codePoint: UInt32) {
        switch codePoint {
        case 0x0A, 0x0D: self = .enter
        case 0x09: self = .tab
        case 0x1B: self = .escape
        case 0x08, 0x7F: self = .backspace
        case 0x00: self = .ctrl("@")
        case 0x01...0x1A:
            guard let letter = Unicode.Scalar(codePoint + 0x60) else { return nil }
            self = .ctrl(Character(letter))
        case 0x1C: self = .ctrl("\\")
        case 0x1D: self = .ctrl("]")
        case 0x1E: self = .ctrl("^")
        case 0x1F: self = .ctrl("_")
        default:
            guard let scalar = Unicode.Scalar(codePoint), DisplayWidth.of(scalar) > 0,
                  VisibleText.kind(of: scalar) == nil else { return nil }
            self = .character(Character(scalar))
        }
    }
}
