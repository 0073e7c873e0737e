/// A labelled field: `Notes` and its text.
public struct Field: Hashable, Sendable {
    /// The label, shown in the label column.
    public var label: String
    /// The value, wrapped in the value column.
    public var value: String

    /// A field `label: value`.
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// Fields in two columns, labels left and values wrapped right of them:
///
/// ```
/// Notes     Adaptive learning rates
/// Resource  https://www.youtube.com/watch?v=JXQT_vxqwIs
/// ```
///
/// The label column is as wide as the widest label plus `gap`, but never more than a third of
/// the area (longer labels are truncated). Rows that do not fit below are cut.
public struct FieldRows: Widget {
    /// The fields, top to bottom.
    public var fields: [Field]
    /// Style of the labels.
    public var labelStyle: Style
    /// Style of the values.
    public var valueStyle: Style
    /// Spaces between the widest label and the values.
    public var gap: Int

    /// Rows of `fields`.
    public init(_ fields: [Field], labelStyle: Style = .dim, valueStyle: Style = .plain, gap: Int = 2) {
        self.fields = fields
        self.labelStyle = labelStyle
        self.valueStyle = valueStyle
        self.gap = gap
    }

    /// The width of the label column (labels and gap) in an area `width` cells wide.
    public func labelColumnWidth(forWidth width: Int) -> Int {
        let widest = fields.map(\.label.displayWidth).max() ?? 0
        return min(widest + gap, width / 3)
    }

    /// The rows every field needs at `width`: the lines of its wrapped value.
    public func height(forWidth width: Int) -> Int {
        let labelColumn = labelColumnWidth(forWidth: width)
        return fields.reduce(0) { $0 + rows(of: $1, labelColumn: labelColumn, width: width).count }
    }

    /// The rows of one field at `width`, each with its column: the value wrapped in the value
    /// column; but a URL too long for that column gets rows of its own from the left edge, so
    /// it stays whole (and can be clicked or copied) whenever it fits the full width.
    func rows(of field: Field, labelColumn: Int, width: Int) -> [(x: Int, text: String)] {
        let valueWidth = max(1, width - labelColumn)
        let words = field.value.split(separator: " ", omittingEmptySubsequences: false)
        func isLongURL(_ word: Substring) -> Bool {
            (word.hasPrefix("https://") || word.hasPrefix("http://")) && word.displayWidth > valueWidth
        }
        guard words.contains(where: isLongURL) else {
            return field.value.wrapped(width: valueWidth).map { (labelColumn, $0) }
        }
        var result: [(x: Int, text: String)] = []
        var text: [Substring] = []
        func flushText() {
            let joined = text.joined(separator: " ").trimmingSpaces
            if !joined.isEmpty { result += joined.wrapped(width: valueWidth).map { (labelColumn, $0) } }
            text = []
        }
        for word in words {
            if isLongURL(word) {
                flushText()
                // The label keeps a row of its own above the URL.
                if result.isEmpty { result.append((labelColumn, "")) }
                result += String(word).wrapped(width: max(1, width)).map { (0, $0) }
            } else {
                text.append(word)
            }
        }
        flushText()
        return result
    }

    /// Draws the fields from the top of `area`.
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let labelColumn = labelColumnWidth(forWidth: area.width)
        var row = 0
        for field in fields {
            guard row < area.height else { return }
            let labelRoom = max(0, labelColumn - min(gap, labelColumn / 2))
            buffer.put(field.label.truncated(width: labelRoom), x: area.x, y: area.y + row, style: labelStyle, maxWidth: labelRoom)
            for line in rows(of: field, labelColumn: labelColumn, width: area.width) {
                guard row < area.height else { return }
                buffer.put(line.text, x: area.x + line.x, y: area.y + row, style: valueStyle, maxWidth: area.width - line.x)
                row += 1
            }
        }
    }
}

extension String {
    /// The text without spaces at either end.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
