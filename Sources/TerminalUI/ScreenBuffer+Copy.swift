extension ScreenBuffer {
    /// Copies rows `rows` of `source` (a taller buffer a view drew whole, to be scrolled) into
    /// this buffer from row `y`, at column `x`; whatever falls outside is clipped. Whole rows are
    /// copied, so wide characters stay whole.
    public mutating func copyRows(_ rows: Range<Int>, of source: ScreenBuffer, toY y: Int, x: Int = 0) {
        for (offset, sourceRow) in rows.enumerated() where sourceRow >= 0 && sourceRow < source.height {
            let targetRow = y + offset
            guard targetRow >= 0, targetRow < height else { continue }
            for column in 0..<source.width {
                let targetColumn = x + column
                guard targetColumn >= 0, targetColumn < width else { continue }
                cells[targetRow * width + targetColumn] = source[column, sourceRow]
            }
        }
    }
}
