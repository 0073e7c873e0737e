/// The top of a screen, one or two rows:
///
/// ```
/// Recall · daily review                       12/45  ██████░░░░░░░░  27%
/// Deep Learning › Optimization                            DL-011 · formula
/// ```
///
/// Row 0: `title` left; `counter` and a progress bar right. The bar takes up to `barWidth`
/// cells and shrinks as the row narrows, then goes (leaving the percentage); the title is
/// truncated last. Row 1 (if the area has two rows): `breadcrumb` left, `detail` right.
public struct Header: Widget {
    /// The screen's title, left on row 0.
    public var title: String
    /// A count such as `12/45`, right on row 0.
    public var counter: String?
    /// Done so far, 0 to 1, shown as a bar and a percentage after the counter.
    public var progress: Double?
    /// Where we are (`Deck › Phase › Section`), left on row 1.
    public var breadcrumb: String?
    /// A detail such as the card ID, right on row 1.
    public var detail: String?
    /// The widest the bar gets, in cells (not counting the percentage).
    public var barWidth: Int
    /// Style of the title.
    public var titleStyle: Style
    /// Style of the counter and bar.
    public var style: Style
    /// Style of row 1.
    public var secondaryStyle: Style

    /// A header; only `title` is required.
    public init(
        title: String, counter: String? = nil, progress: Double? = nil, breadcrumb: String? = nil,
        detail: String? = nil, barWidth: Int = 14, titleStyle: Style = .bold, style: Style = .plain,
        secondaryStyle: Style = .dim
    ) {
        self.title = title
        self.counter = counter
        self.progress = progress
        self.breadcrumb = breadcrumb
        self.detail = detail
        self.barWidth = barWidth
        self.titleStyle = titleStyle
        self.style = style
        self.secondaryStyle = secondaryStyle
    }

    /// The right side of row 0 for a row `width` cells wide.
    public func statusText(width: Int) -> String {
        let counterText = counter ?? ""
        guard let progress else { return counterText }
        let separator = counterText.isEmpty ? "" : "  "
        let fixed = counterText.displayWidth + separator.count
        // Room for the bar text after the title and a two-cell gap. A bar needs 3 cells, a
        // space and the percentage (8 in all); with less room only the percentage is shown.
        let room = width - title.displayWidth - 2 - fixed
        let barTextWidth = room >= 8 ? min(barWidth + 5, room) : 4
        return counterText + separator + ProgressBar.text(progress, width: barTextWidth)
    }

    /// Rows drawn: 2 when there is a breadcrumb or detail, else 1.
    public var height: Int { breadcrumb == nil && detail == nil ? 1 : 2 }

    /// Draws row 0 and, when the area has room, row 1.
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard area.height > 0 else { return }
        SplitLine(left: title, right: statusText(width: area.width), leftStyle: titleStyle, rightStyle: style)
            .render(in: area.row(0), buffer: &buffer)
        if area.height > 1, breadcrumb != nil || detail != nil {
            SplitLine(left: breadcrumb ?? "", right: detail ?? "", leftStyle: secondaryStyle, rightStyle: secondaryStyle)
                .render(in: area.row(1), buffer: &buffer)
        }
    }
}
