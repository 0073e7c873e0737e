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

/// A card's labelled fields in two columns, values drawn with their maths (see `FieldRows`,
/// whose layout this follows).
struct CardFieldRows: Widget {
    var fields: [Field]
    var labelStyle: Style = .dim
    var gap = 2

    init(_ fields: [Field]) {
        self.fields = fields
    }

    func labelColumnWidth(forWidth width: Int) -> Int {
        let widest = fields.map(\.label.displayWidth).max() ?? 0
        return min(widest + gap, width / 3)
    }

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let labelColumn = labelColumnWidth(forWidth: area.width)
        let valueWidth = max(1, area.width - labelColumn)
        var row = 0
        for field in fields {
            guard row < area.height else { return }
            let labelRoom = max(0, labelColumn - min(gap, labelColumn / 2))
            buffer.put(field.label.truncated(width: labelRoom), x: area.x, y: area.y + row, style: labelStyle, maxWidth: labelRoom)
            for line in CardTextLayout.lines(field.value, width: valueWidth) {
                guard row < area.height else { return }
                buffer.put(line, x: area.x + labelColumn, y: area.y + row, maxWidth: valueWidth)
                row += 1
            }
        }
    }
}
