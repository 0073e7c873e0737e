/// A progress bar with its percentage, `██████░░░░  27%`, exactly as wide as its area.
///
/// The percentage is rounded to the nearest whole number but shows 100% only when complete,
/// and always takes 4 cells (`  7%`, ` 27%`, `100%`) so the bar does not jump as it grows.
public struct ProgressBar: Widget {
    /// Done, from 0 to 1 (clamped).
    public var fraction: Double
    /// Style of the filled part.
    public var filledStyle: Style
    /// Style of the empty part and the percentage.
    public var style: Style

    /// A bar `fraction` full.
    public init(fraction: Double, filledStyle: Style = .plain, style: Style = .plain) {
        self.fraction = fraction
        self.filledStyle = filledStyle
        self.style = style
    }

    /// The percentage shown for `fraction`, e.g. `" 27%"` (4 cells).
    public static func percentText(_ fraction: Double) -> String {
        let clamped = min(1, max(0, fraction.isNaN ? 0 : fraction))
        var percent = nearestInt(clamped * 100)
        if clamped < 1, percent == 100 { percent = 99 }
        return "\(percent)%".padded(width: 4, alignment: .right)
    }

    /// How many of `cells` are filled for `fraction` (full only when complete).
    public static func filledCells(_ fraction: Double, cells: Int) -> Int {
        guard cells > 0 else { return 0 }
        let clamped = min(1, max(0, fraction.isNaN ? 0 : fraction))
        var filled = nearestInt(clamped * Double(cells))
        if clamped < 1, filled == cells { filled = cells - 1 }
        return filled
    }

    /// The bar as text `width` cells wide: the bar, a space and the percentage; only the
    /// percentage when `width` < 8 (a bar under 3 cells says nothing); empty when `width` < 4.
    public static func text(_ fraction: Double, width: Int) -> String {
        guard width >= 4 else { return "" }
        let percent = percentText(fraction)
        let barCells = width - 5
        guard barCells >= 3 else { return percent.padded(width: width, alignment: .right) }
        let filled = filledCells(fraction, cells: barCells)
        return String(repeating: "█", count: filled) + String(repeating: "░", count: barCells - filled) + " " + percent
    }

    /// Draws on the first row of `area`.
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard area.height > 0 else { return }
        let text = ProgressBar.text(fraction, width: area.width)
        let barCells = area.width - 5
        if barCells >= 3 {
            let filled = ProgressBar.filledCells(fraction, cells: barCells)
            let filledText = String(repeating: "█", count: filled)
            buffer.put(filledText, x: area.x, y: area.y, style: filledStyle, maxWidth: filled)
            buffer.put(text.dropFirst(filled), x: area.x + filled, y: area.y, style: style, maxWidth: area.width - filled)
        } else {
            buffer.put(text, x: area.x, y: area.y, style: style, maxWidth: area.width)
        }
    }
}
