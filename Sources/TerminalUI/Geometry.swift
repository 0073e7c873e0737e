/// A size in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// A size of `width` columns and `height` rows.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// `80x24`.
    public var description: String { "\(width)x\(height)" }
}

/// A rectangle of cells: `x`, `y` of its top-left corner, `width` columns and `height` rows.
/// Widgets draw inside one. Every operation clamps so a rectangle never has a negative size.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Columns (never negative).
    public var width: Int
    /// Rows (never negative).
    public var height: Int

    /// A rectangle; negative sizes become 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin covering `size`.
    public init(_ size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// The column just right of the rectangle.
    public var maxX: Int { x + width }
    /// The row just below the rectangle.
    public var maxY: Int { y + height }
    /// Whether it covers no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// `(x,y) WxH`.
    public var description: String { "(\(x),\(y)) \(width)x\(height)" }

    /// The rectangle shrunk by `horizontal` columns on each side and `vertical` rows on each side.
    public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
        Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// The single row `index` rows below the top (possibly empty if outside).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y + index, width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// The top `rows` rows.
    public func top(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: min(height, rows))
    }

    /// The bottom `rows` rows.
    public func bottom(_ rows: Int) -> Rect {
        let taken = min(height, max(0, rows))
        return Rect(x: x, y: maxY - taken, width: width, height: taken)
    }

    /// Everything below the top `rows` rows.
    public func droppingTop(_ rows: Int) -> Rect {
        let dropped = min(height, max(0, rows))
        return Rect(x: x, y: y + dropped, width: width, height: height - dropped)
    }

    /// Everything above the bottom `rows` rows.
    public func droppingBottom(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - min(height, max(0, rows)))
    }

    /// A rectangle of at most `width` by `height`, centred in this one (a popup's place).
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(self.width, max(0, width))
        let h = min(self.height, max(0, height))
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// The cells both rectangles cover.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        return Rect(x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
    }
}
