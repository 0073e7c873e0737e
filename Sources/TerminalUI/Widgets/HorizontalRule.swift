/// A line across the first row of the area: `──────`.
public struct HorizontalRule: Widget {
    /// The character repeated (one cell wide).
    public var character: Character
    /// Its style.
    public var style: Style

    /// A rule of `character`.
    public init(character: Character = "─", style: Style = .dim) {
        self.character = character
        self.style = style
    }

    /// Draws across the first row of `area`.
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        buffer.fill(area.top(1), with: character, style: style)
    }
}
