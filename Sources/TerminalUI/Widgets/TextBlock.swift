/// Text wrapped at word boundaries to the area's width, each line aligned on its own
/// (a card's front, centred). Lines that do not fit below are cut; the last one shown then
/// ends in `…`.
public struct TextBlock: Widget {
    /// The text; explicit newlines are kept.
    public var text: String
    /// Where each line sits.
    public var alignment: Alignment
    /// Style of the text.
    public var style: Style

    /// A block of `text`.
    public init(_ text: String, alignment: Alignment = .left, style: Style = .plain) {
        self.text = text
        self.alignment = alignment
        self.style = style
    }

    /// The rows the text needs at `width` (for laying out a screen).
    public func height(forWidth width: Int) -> Int {
        text.wrapped(width: width).count
    }

    /// Draws the wrapped lines from the top of `area`.
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        var lines = text.wrapped(width: area.width)
        if lines.count > area.height {
            lines.removeLast(lines.count - area.height)
            lines[lines.count - 1] = lines[lines.count - 1].endingInEllipsis(width: area.width)
        }
        for (row, line) in lines.enumerated() {
            let spare = area.width - line.displayWidth
            let offset = alignment == .left ? 0 : alignment == .center ? spare / 2 : spare
            buffer.put(line, x: area.x + offset, y: area.y + row, style: style, maxWidth: area.width - offset)
        }
    }
}
