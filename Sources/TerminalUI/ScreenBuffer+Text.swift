extension ScreenBuffer {
    /// The text of each row, every row exactly `width` cells wide: trailing spaces are kept and a
    /// wide character's continuation cell adds nothing (the character itself covers it).
    /// Styles are not shown. For comparing screens in tests.
    public var lines: [String] {
        (0..<height).map { line($0) }
    }

    /// `lines` with trailing spaces removed from each row.
    public var trimmedLines: [String] {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
    }

    /// The text of row `y` (see `lines`); empty outside the buffer.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        text.reserveCapacity(width)
        for cell in cells[(y * width)..<((y + 1) * width)] where !cell.isContinuation {
            text.append(cell.character)
        }
        return text
    }
}
