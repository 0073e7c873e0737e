/// One key and what it does, for the footer: `4 good`.
public struct KeyHint: Hashable, Sendable {
    /// The key as shown (`"4"`, `"q"`, `"↑↓"`, `"Enter"`); may be empty.
    public var key: String
    /// What it does (`"good"`); may be empty.
    public var label: String
    /// When the footer is too narrow, hints of the lowest priority go first (rightmost first
    /// among equals). Give `q quit` a higher priority to keep it.
    public var priority: Int

    /// A hint `key label`.
    public init(_ key: String, _ label: String, priority: Int = 0) {
        self.key = key
        self.label = label
        self.priority = priority
    }

    /// `key label` as shown.
    public var text: String {
        key.isEmpty ? label : label.isEmpty ? key : key + " " + label
    }
}

/// A footer of key hints on one row, `0 blank  1 wrong  …  q quit`, left to right in order.
/// When the row is too narrow, hints are dropped (lowest priority first, then from the right)
/// until the rest fit; a single hint still too wide is truncated.
public struct KeyHintBar: Widget {
    /// The hints in display order.
    public var hints: [KeyHint]
    /// Style of the keys.
    public var keyStyle: Style
    /// Style of the labels.
    public var labelStyle: Style
    /// Text between hints.
    public var separator: String

    /// A footer of `hints`.
    public init(_ hints: [KeyHint], keyStyle: Style = .bold, labelStyle: Style = .plain, separator: String = "  ") {
        self.hints = hints
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
        self.separator = separator
    }

    /// The hints that fit in `width` cells, in display order.
    public func visibleHints(width: Int) -> [KeyHint] {
        var kept = hints
        let separatorWidth = separator.displayWidth
        func totalWidth() -> Int {
            kept.reduce(0) { $0 + $1.text.displayWidth } + max(0, kept.count - 1) * separatorWidth
        }
        while kept.count > 1, totalWidth() > width {
            let lowest = kept.map(\.priority).min() ?? 0
            if let index = kept.lastIndex(where: { $0.priority == lowest }) {
                kept.remove(at: index)
            }
        }
        return kept
    }

    /// Draws on the first row of `area`.
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard area.height > 0, area.width > 0 else { return }
        var x = area.x
        for (index, hint) in visibleHints(width: area.width).enumerated() {
            if index > 0 {
                x = buffer.put(separator, x: x, y: area.y, style: labelStyle, maxWidth: area.maxX - x)
            }
            if hint.text.displayWidth > area.maxX - x {
                buffer.put(hint.text.truncated(width: area.maxX - x), x: x, y: area.y, style: labelStyle, maxWidth: area.maxX - x)
                return
            }
            x = buffer.put(hint.key, x: x, y: area.y, style: keyStyle, maxWidth: area.maxX - x)
            if !hint.key.isEmpty, !hint.label.isEmpty {
                x = buffer.put(" ", x: x, y: area.y, style: labelStyle, maxWidth: area.maxX - x)
            }
            x = buffer.put(hint.label, x: x, y: area.y, style: labelStyle, maxWidth: area.maxX - x)
        }
    }
}
