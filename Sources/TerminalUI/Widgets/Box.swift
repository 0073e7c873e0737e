/// A bordered box with an optional title in its top edge, for popups (help, phase picker).
/// Drawing it clears the whole area first; draw the content into `Box.inner(area)` afterwards.
///
/// ```
/// ┌─ Help ───────┐
/// │              │
/// └──────────────┘
/// ```
public struct Box: Widget {
    /// The title in the top edge, or `nil`.
    public var title: String?
    /// Style of the border.
    public var borderStyle: Style
    /// Style of the title.
    public var titleStyle: Style

    /// A box titled `title`.
    public init(title: String? = nil, borderStyle: Style = .plain, titleStyle: Style = .bold) {
        self.title = title
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// The area inside the border.
    public static func inner(_ area: Rect) -> Rect {
        area.inset(horizontal: 1, vertical: 1)
    }

    /// Clears `area` and draws the border (nothing if smaller than 2×2).
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        buffer.fill(area)
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.put("┌" + horizontal + "┐", x: area.x, y: area.y, style: borderStyle)
        buffer.put("└" + horizontal + "┘", x: area.x, y: area.maxY - 1, style: borderStyle)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.put("│", x: area.x, y: y, style: borderStyle)
            buffer.put("│", x: area.maxX - 1, y: y, style: borderStyle)
        }
        if let title, area.width >= 7 {
            let text = " " + title.truncated(width: area.width - 6) + " "
            buffer.put(text, x: area.x + 2, y: area.y, style: titleStyle, maxWidth: area.width - 4)
        }
    }
}
