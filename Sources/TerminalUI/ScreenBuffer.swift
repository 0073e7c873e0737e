import SafeText

/// A grid of cells, `width` columns by `height` rows: what a view draws and a backend shows.
///
/// Writing never splits a wide character: a wide character that does not fit before the right
/// edge (or `maxWidth`) becomes a space, and overwriting either half of a wide character blanks
/// the other half. Everything outside the grid is clipped silently.
public struct ScreenBuffer: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The cells, row after row (`y * width + x`).
    public internal(set) var cells: [Cell]

    /// A buffer of blank cells; negative sizes become 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// A blank buffer of `size`.
    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    /// The buffer's size.
    public var size: Size { Size(width: width, height: height) }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; a blank cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank }
        return cells[y * width + x]
    }

    /// Whether `(x, y)` is inside the buffer.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Writes `text` on row `y` from column `x`, one grapheme cluster per cell (two for a wide
    /// one), in `style`, using at most `maxWidth` columns (default: up to the right edge).
    /// Every text goes through `VisibleText.line` first: a control character, an escape
    /// sequence's ESC, a C1 control or a bidirectional control is drawn as its visible mark
    /// (`␛[2J`, `<U+202E>`), taking the cells `displayWidth` measured for it, so nothing written
    /// here can move the cursor or change colours; a line feed is `␊` (`put` draws one line, so
    /// wrap text first). Clusters of width 0 (a lone combining mark) are skipped. Columns left of
    /// 0 are clipped; a wide character cut by the left edge or by the limit becomes a space.
    /// Returns the column just after the last cell written (or skipped by clipping), so calls
    /// can be chained.
    @discardableResult
    public mutating func put(
        _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
    ) -> Int {
        if let visible = VisibleText.marked(text, keepingNewlines: false) {
            return putVisible(visible, x: x, y: y, style: style, maxWidth: maxWidth)
        }
        return putVisible(text, x: x, y: y, style: style, maxWidth: maxWidth)
    }

    /// `put` for text that holds nothing to mark.
    private mutating func putVisible(
        _ text: some StringProtocol, x: Int, y: Int, style: Style, maxWidth: Int?
    ) -> Int {
        var column = x
        guard y >= 0, y < height else { return column }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        for character in text {
            if column >= limit { break }
            let characterWidth = min(2, character.displayWidth)
            if characterWidth == 0 { continue }
            if column + characterWidth > limit {
                // The wide character does not fit: pad the last column instead.
                if column >= 0 { setCell(Cell(" ", style: style), x: column, y: y) }
                column = limit
                break
            }
            if column < 0 {
                if column + characterWidth > 0 { setCell(Cell(" ", style: style), x: 0, y: y) }
                column += characterWidth
                continue
            }
            setCell(Cell(character, style: style), x: column, y: y)
            column += characterWidth
        }
        return column
    }

    /// Sets every cell of `rect` (clipped to the buffer) to `character` in `style`.
    /// `character` should be one cell wide; a wide one (or a marked one, see `put`) is treated
    /// like `put` treats it.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        if character.displayWidth == 1, VisibleText.markedWidth(of: character) == nil {
            for row in clipped.y..<clipped.maxY {
                for column in clipped.x..<clipped.maxX {
                    setCell(Cell(character, style: style), x: column, y: row)
                }
            }
        } else {
            let line = String(repeating: String(character), count: clipped.width)
            for row in clipped.y..<clipped.maxY {
                put(line, x: clipped.x, y: row, style: style, maxWidth: clipped.width)
            }
        }
    }

    /// Replaces the style of every cell of `rect` (clipped), keeping the characters:
    /// a highlight over text already drawn.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX {
                cells[row * width + column].style = style
            }
        }
    }

    /// Stores one cell of width 1 or 2, blanking any wide character it cuts in half.
    /// A wide cell needs `x + 1 < width` (checked by callers).
    mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        let rowStart = y * width
        let cellWidth = cell.width
        // Blank the left half of a wide character whose right half is overwritten.
        if cells[rowStart + x].isContinuation, x > 0 {
            cells[rowStart + x - 1] = Cell(" ", style: cells[rowStart + x - 1].style)
        }
        // Blank the right half of a wide character whose left half (or right half) is overwritten.
        let lastCovered = x + cellWidth - 1
        if lastCovered + 1 < width, cells[rowStart + lastCovered + 1].isContinuation {
            cells[rowStart + lastCovered + 1] = Cell(" ", style: cells[rowStart + lastCovered + 1].style)
        }
        cells[rowStart + x] = cell
        if cellWidth == 2 {
            cells[rowStart + x + 1] = .continuation(style: cell.style)
        }
    }
}
