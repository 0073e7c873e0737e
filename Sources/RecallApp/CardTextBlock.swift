import TerminalUI

/// A card's text drawn with its maths (see `CardTextLayout`), each line aligned on its own; the
/// lines of a two-dimensional formula share one width, so they stay aligned with each other.
/// Lines that do not fit below are cut; the last one shown then ends in `…`.
struct CardTextBlock: Widget {
    var text: String
    var alignment: Alignment
    var style: Style

    init(_ text: String, alignment: Alignment = .left, style: Style = .plain) {
        self.text = text
        self.alignment = alignment
        self.style = style
    }

    /// The rows the text needs at `width`.
    func height(forWidth width: Int) -> Int {
        CardTextLayout.lines(text, width: width).count
    }

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        var lines = CardTextLayout.lines(text, width: area.width)
        if lines.count > area.height {
            lines.removeLast(lines.count - area.height)
            let last = CardTextLayout.trimmedTrailing(lines[lines.count - 1]) + "…"
            lines[lines.count - 1] = last.displayWidth <= area.width
                ? last : String(last.dropLast(2)).truncated(width: area.width - 1, ellipsis: "") + "…"
        }
        for (row, line) in lines.enumerated() {
            let spare = max(0, area.width - line.displayWidth)
            let offset = alignment == .left ? 0 : alignment == .center ? spare / 2 : spare
            buffer.put(line, x: area.x + offset, y: area.y + row, style: style, maxWidth: area.width - offset)
        }
    }
}
