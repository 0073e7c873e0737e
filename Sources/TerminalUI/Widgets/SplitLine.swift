/// One row with text flush left and text flush right, at least `gap` cells apart.
/// When both do not fit, the left text is truncated with `…` first; the right text is cut only
/// when it alone is wider than the row.
public struct SplitLine: Widget {
    /// Text at the left edge.
    public var left: String
    /// Text at the right edge.
    public var right: String
    /// Style of the left text.
    public var leftStyle: Style
    /// Style of the right text.
    public var rightStyle: Style
    /// The fewest spaces kept between the two.
    public var gap: Int

    /// A row with `left` and `right` text.
    public init(left: String, right: String = "", leftStyle: Style = .plain, rightStyle: Style = .plain, gap: Int = 2) {
        self.left = left
        self.right = right
        self.leftStyle = leftStyle
        self.rightStyle = rightStyle
        self.gap = gap
    }

    /// Draws on the first row of `area`.
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard area.height > 0, area.width > 0 else { return }
        let rightText = right.truncated(width: area.width)
        let rightWidth = rightText.displayWidth
        let leftRoom = rightWidth == 0 ? area.width : area.width - rightWidth - gap
        if leftRoom > 0 {
            buffer.put(left.truncated(width: leftRoom), x: area.x, y: area.y, style: leftStyle, maxWidth: leftRoom)
        }
        buffer.put(rightText, x: area.maxX - rightWidth, y: area.y, style: rightStyle, maxWidth: rightWidth)
    }
}
