import Study
import TerminalUI

/// The stats page: the figures of `StudyStats` laid out as lines of text that fit a width,
/// for `recall stats` and for the stats screen reached from home with `s`.
///
/// Pure: the same figures and width always give the same lines. Charts are drawn with
/// Unicode blocks; below 66 columns the forecast becomes a few labelled bars, and the calendar
/// keeps as many recent weeks as fit.
public enum StatsPage {
    /// The narrowest width laid out; narrower requests are laid out at this width.
    public static let minimumWidth = 20

    /// What a line is, which decides its style on screen.
    public enum LineKind: Hashable, Sendable {
        /// The page's title.
        case title
        /// A section's heading.
        case heading
        /// Figures, charts and notes.
        case body
    }

    /// One line of the page, at most the page's width in terminal cells.
    public struct Line: Hashable, Sendable {
        /// The text.
        public var text: String
        /// Its role.
        public var kind: LineKind

        /// A line of `text`.
        public init(_ text: String, _ kind: LineKind = .body) {
            self.text = text
            self.kind = kind
        }
    }

    /// The page as lines that fit `width` columns.
    public static func lines(_ stats: StudyStats, width: Int) -> [Line] {
        let width = max(minimumWidth, width)
        var page = [Line("Recall · stats · \(LocalDays.dateString(ofDay: stats.today))", .title)]
        for section in [
            cardLines(stats, width: width), forecastLines(stats, width: width), calendarLines(stats, width: width),
            retentionLines(stats, width: width), activityLines(stats, width: width), hardestLines(stats, width: width),
        ] {
            page.append(Line(""))
            page += section
        }
        return page.map { Line($0.text.displayWidth > width ? $0.text.truncated(width: width) : $0.text, $0.kind) }
    }

    /// The page as plain text, one line each, every line ending in a newline.
    public static func text(_ stats: StudyStats, width: Int) -> String {
        lines(stats, width: width).map { trimmingTrailingSpaces($0.text) + "\n" }.joined()
    }

    /// The key hints shown under the page on screen.
    public static let hints = [KeyHint("j/k", "scroll"), KeyHint("space", "page down"), KeyHint("q", "back")]

    /// The largest useful scroll offset for a screen of `size`.
    public static func maximumScroll(_ stats: StudyStats, size: Size) -> Int {
        max(0, lines(stats, width: size.width).count - max(1, size.height - 1))
    }

    /// The page drawn on a screen of `size`, scrolled down by `scroll` lines (clamped), with
    /// the key hints on the last row. Titles and headings are bold.
    public static func render(_ stats: StudyStats, size: Size, scroll: Int = 0) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.width > 0, size.height > 0 else { return buffer }
        let page = lines(stats, width: size.width)
        let rows = max(1, size.height - 1)
        let offset = min(max(0, scroll), max(0, page.count - rows))
        for (row, line) in page.dropFirst(offset).prefix(rows).enumerated() {
            let style: Style = line.kind == .body ? .plain : .bold
            buffer.put(line.text, x: 0, y: row, style: style)
        }
        if size.height > 1 {
            buffer.render(KeyHintBar(hints), in: Rect(x: 0, y: size.height - 1, width: size.width, height: 1))
        }
        return buffer
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var trimmed = Substring(text)
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
