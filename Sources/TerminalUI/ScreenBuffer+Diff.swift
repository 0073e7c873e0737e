/// One cell that differs from the previous frame: where it is and what to draw there.
public struct CellChange: Hashable, Sendable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int
    /// The new cell.
    public var cell: Cell

    /// A change of the cell at `(x, y)` to `cell`.
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

extension ScreenBuffer {
    /// The cells that differ from `previous`, row by row, left to right: what a backend must
    /// redraw. Every cell counts as changed when there is no previous frame or its size differs.
    /// When either half of a wide character changed, both of its cells are reported, the
    /// continuation cell included (backends skip drawing continuation cells).
    public func changes(from previous: ScreenBuffer?) -> [CellChange] {
        var result: [CellChange] = []
        guard let previous, previous.width == width, previous.height == height else {
            result.reserveCapacity(cells.count)
            for index in cells.indices {
                result.append(CellChange(x: index % width, y: index / width, cell: cells[index]))
            }
            return result
        }
        for y in 0..<height {
            let rowStart = y * width
            var x = 0
            while x < width {
                let index = rowStart + x
                let cell = cells[index]
                let span = (cell.width == 2 && x + 1 < width) ? 2 : 1
                var differs = false
                for offset in 0..<span where cells[index + offset] != previous.cells[index + offset] {
                    differs = true
                }
                if differs {
                    for offset in 0..<span {
                        result.append(CellChange(x: x + offset, y: y, cell: cells[index + offset]))
                    }
                }
                x += span
            }
        }
        return result
    }
}
