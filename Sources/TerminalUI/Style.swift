/// How a cell looks: attributes that work on every terminal, and an optional foreground colour
/// (`nil` is the terminal's default). Colour is a hint only: backends may drop it.
public struct Style: Hashable, Sendable {
    /// Bold (bright) text.
    public var bold: Bool
    /// Dim (faint) text.
    public var dim: Bool
    /// Foreground and background swapped: the highlight that survives `NO_COLOR`.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool
    /// The foreground colour, or `nil` for the terminal's default.
    public var foreground: Color?

    /// A style from its parts; every attribute is off by default.
    public init(
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false,
        foreground: Color? = nil
    ) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.foreground = foreground
    }

    /// No attributes, default colour.
    public static let plain = Style()
    /// Bold only.
    public static let bold = Style(bold: true)
    /// Dim only.
    public static let dim = Style(dim: true)
    /// Reverse video only.
    public static let reverse = Style(reverse: true)
    /// Underline only.
    public static let underline = Style(underline: true)

    /// The same style with another foreground colour.
    public func foreground(_ color: Color?) -> Style {
        var copy = self
        copy.foreground = color
        return copy
    }

    /// The same style without colour, as drawn when colour is off (`NO_COLOR`).
    public var withoutColor: Style { foreground(nil) }
}
