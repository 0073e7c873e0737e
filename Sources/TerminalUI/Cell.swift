/// One cell of the screen: a grapheme cluster and its style.
///
/// A wide character (2 cells) is stored in its first cell; the cell to its right is a
/// *continuation* cell that draws nothing and is skipped by backends.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown in this cell (`" "` in a continuation cell).
    public var character: Character
    /// How the cell looks.
    public var style: Style
    /// Whether this is the right half of the wide character in the cell to its left.
    public var isContinuation: Bool

    /// A cell holding `character` (one grapheme cluster of width 1 or 2).
    public init(_ character: Character = " ", style: Style = .plain) {
        self.character = character
        self.style = style
        self.isContinuation = false
    }

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }

    /// An empty cell: a plain space.
    public static let blank = Cell()

    /// Cells this cell's character covers: 0 for a continuation cell, else 1 or 2.
    public var width: Int {
        isContinuation ? 0 : (character.displayWidth >= 2 ? 2 : 1)
    }
}
