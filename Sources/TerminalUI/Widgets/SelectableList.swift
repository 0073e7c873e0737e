/// One row of a `SelectableList`: a title, and an optional detail flush right.
public struct ListItem: Hashable, Sendable {
    /// The text at the left.
    public var title: String
    /// Text at the right edge (a count, say), or `nil`.
    public var detail: String?

    /// An item `title`, with `detail` at the right.
    public init(_ title: String, detail: String? = nil) {
        self.title = title
        self.detail = detail
    }
}

/// A list with one selected row, scrolled so the selection stays visible:
///
/// ```
///   Phase 1: Mathematical Foundations   12
/// › Phase 2: Machine Learning            8 ▲
///   Phase 3: Deep Learning              30 ▼
/// ```
///
/// The selected row starts with `›` and is drawn in `selectedStyle` across the whole width
/// (reverse video by default, which works without colour). When the items do not all fit, the
/// last column shows `▲` on the top row if rows are hidden above and `▼` on the bottom row if
/// rows are hidden below. Scrolling is worked out from the selection alone (see
/// `scrollOffset`), so the list needs no state besides the selected index.
public struct SelectableList: Widget {
    /// The rows.
    public var items: [ListItem]
    /// The selected index, or `nil` for none.
    public var selected: Int?
    /// Style of the other rows.
    public var style: Style
    /// Style of the selected row.
    public var selectedStyle: Style
    /// The first row shown, for a list without a selection that the user scrolls; nil works
    /// it out from the selection. Kept within the ends.
    public var firstRow: Int?

    /// A list of `items` with `selected` highlighted (or scrolled to `firstRow`).
    public init(
        _ items: [ListItem], selected: Int?, firstRow: Int? = nil, style: Style = .plain, selectedStyle: Style = .reverse
    ) {
        self.items = items
        self.selected = selected
        self.firstRow = firstRow
        self.style = style
        self.selectedStyle = selectedStyle
    }

    /// The index of the first row shown when `visibleRows` rows fit: the selection is kept in
    /// the middle row where possible (upper middle for an even count), never scrolling past the
    /// ends.
    public static func scrollOffset(selected: Int?, count: Int, visibleRows: Int) -> Int {
        guard visibleRows > 0, count > visibleRows, let selected else { return 0 }
        let centred = selected - (visibleRows - 1) / 2
        return min(max(0, centred), count - visibleRows)
    }

    /// Draws the visible rows from the top of `area`.
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let offset = firstRow.map { min(max(0, $0), max(0, items.count - area.height)) }
            ?? SelectableList.scrollOffset(selected: selected, count: items.count, visibleRows: area.height)
        let scrolls = items.count > area.height
        let contentWidth = scrolls ? area.width - 1 : area.width
        for row in 0..<min(area.height, items.count - offset) {
            let index = offset + row
            let item = items[index]
            let isSelected = index == selected
            let rowStyle = isSelected ? selectedStyle : style
            let y = area.y + row
            buffer.fill(Rect(x: area.x, y: y, width: contentWidth, height: 1), style: rowStyle)
            let marker = isSelected ? "› " : "  "
            let detail = item.detail ?? ""
            SplitLine(left: marker + item.title, right: detail, leftStyle: rowStyle, rightStyle: rowStyle, gap: 1)
                .render(in: Rect(x: area.x, y: y, width: contentWidth, height: 1), buffer: &buffer)
        }
        if scrolls, area.width > 1 {
            if offset > 0 { buffer.put("▲", x: area.maxX - 1, y: area.y, style: style) }
            if offset + area.height < items.count { buffer.put("▼", x: area.maxX - 1, y: area.maxY - 1, style: style) }
        }
    }
}
