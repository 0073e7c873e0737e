/// Something that draws itself into a rectangle of a screen buffer, like a ratatui widget.
/// Widgets are plain values built fresh by each view; they never touch the terminal.
public protocol Widget {
    /// Draws into `area` of `buffer`, staying inside `area`.
    func render(in area: Rect, buffer: inout ScreenBuffer)
}

extension ScreenBuffer {
    /// Draws `widget` into `area`, clipped to the buffer.
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(in: area.intersection(self.area), buffer: &self)
    }
}

extension StringProtocol {
    /// The text cut to `width` cells, always ending in `…` (marks text that goes on below).
    func endingInEllipsis(width: Int) -> String {
        guard width > 0 else { return "" }
        let whole = String(self) + "…"
        if whole.displayWidth <= width { return whole }
        return String(self).truncated(width: width - 1, ellipsis: "") + "…"
    }
}

/// The nearest whole number to a non-negative `value`, halves rounded up. Written out so that
/// TerminalUI needs no C maths library (`Double.rounded()` calls into libm).
func nearestInt(_ value: Double) -> Int {
    Int(value + 0.5)
}
