/// One row of a horizontal bar chart, `Mon  ████████▍        42`: a label column, a bar whose
/// length is `value / maxValue` of the room left (in eighths of a cell), and the value's text
/// flush right. A value above zero always shows at least a sliver.
public struct BarChartRow: Widget {
    /// The label at the left.
    public var label: String
    /// The value the bar shows.
    public var value: Double
    /// The value of a full-length bar (the largest of the chart).
    public var maxValue: Double
    /// The value as shown at the right (`"42"`, `"87%"`).
    public var valueText: String
    /// Width of the label column; rows of one chart share it so their bars line up.
    public var labelWidth: Int
    /// Width of the value column; rows of one chart share it (default: this value's width).
    public var valueWidth: Int?
    /// Style of the bar.
    public var barStyle: Style
    /// Style of the label and value.
    public var style: Style

    /// A row showing `value` out of `maxValue`.
    public init(
        label: String, value: Double, maxValue: Double, valueText: String, labelWidth: Int,
        valueWidth: Int? = nil, barStyle: Style = .plain, style: Style = .plain
    ) {
        self.label = label
        self.value = value
        self.maxValue = maxValue
        self.valueText = valueText
        self.labelWidth = labelWidth
        self.valueWidth = valueWidth
        self.barStyle = barStyle
        self.style = style
    }

    /// The bar as text `cells` wide (blocks, a partial block, then spaces).
    public static func bar(value: Double, maxValue: Double, cells: Int) -> String {
        guard cells > 0 else { return "" }
        let share = maxValue > 0 ? min(1, max(0, value / maxValue)) : 0
        var eighths = nearestInt(share * Double(cells * 8))
        if eighths == 0, share > 0 { eighths = 1 }
        let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var text = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { text.append(partials[eighths % 8 - 1]) }
        let used = eighths / 8 + (eighths % 8 > 0 ? 1 : 0)
        return text + String(repeating: " ", count: cells - used)
    }

    /// Draws on the first row of `area`.
    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard area.height > 0, area.width > 0 else { return }
        let valueColumn = valueWidth ?? valueText.displayWidth
        buffer.put(label.padded(width: labelWidth), x: area.x, y: area.y, style: style, maxWidth: area.width)
        let barCells = area.width - labelWidth - 1 - valueColumn - 1
        if barCells > 0 {
            let bar = BarChartRow.bar(value: value, maxValue: maxValue, cells: barCells)
            buffer.put(bar, x: area.x + labelWidth + 1, y: area.y, style: barStyle, maxWidth: barCells)
        }
        let valueX = area.maxX - valueColumn
        if valueX >= area.x + labelWidth {
            buffer.put(valueText.padded(width: valueColumn, alignment: .right), x: valueX, y: area.y, style: style, maxWidth: valueColumn)
        }
    }
}
