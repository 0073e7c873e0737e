extension StringProtocol {
    /// The text broken into lines of at most `width` cells.
    ///
    /// Explicit newlines (`\n`, `\r\n`, `\r`) always break, and an empty paragraph gives an empty
    /// line. Lines break at spaces, which are dropped at the break; spaces inside a line are kept
    /// as they are (so is a paragraph's leading indent). A word longer than `width` is broken
    /// between characters, never inside one; a single character wider than `width` (a CJK
    /// character with `width` 1) gets a line to itself. Empty text gives one empty line;
    /// `width` < 1 gives no lines.
    public func wrapped(width: Int) -> [String] {
        guard width >= 1 else { return [] }
        var lines: [String] = []
        var paragraph = Substring()
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            let character = self[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                paragraph = Substring(self[start..<index])
                TextWrapper.wrapParagraph(paragraph, width: width, into: &lines)
                start = self.index(after: index)
            }
            index = self.index(after: index)
        }
        paragraph = Substring(self[start..<endIndex])
        TextWrapper.wrapParagraph(paragraph, width: width, into: &lines)
        return lines
    }

    /// The text cut to at most `width` cells, ending in `ellipsis` when something was cut.
    /// If even the ellipsis does not fit, the text is cut without one.
    public func truncated(width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let ellipsisWidth = ellipsis.displayWidth
        let room = ellipsisWidth < width ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = character.displayWidth
            if used + characterWidth > room { break }
            result.append(character)
            used += characterWidth
        }
        if ellipsisWidth < width { result += ellipsis }
        return result
    }

    /// The text padded with spaces to exactly `width` cells, placed by `alignment`;
    /// longer text is truncated with an ellipsis first.
    public func padded(width: Int, alignment: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let fitted = truncated(width: width)
        let spare = width - fitted.displayWidth
        let left: Int
        switch alignment {
        case .left: left = 0
        case .center: left = spare / 2
        case .right: left = spare
        }
        return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: spare - left)
    }
}

/// The greedy line breaker behind `wrapped(width:)`.
enum TextWrapper {
    /// Appends the lines of one paragraph (text without newlines) to `lines`.
    static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        var pendingSpaces = ""
        var pendingWidth = 0
        var word = ""
        var wordWidth = 0
        var isFirstLine = true

        func flushLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
            isFirstLine = false
        }

        func placeWord() {
            guard !word.isEmpty else { return }
            if lineWidth + pendingWidth + wordWidth <= width, !line.isEmpty || isFirstLine || pendingWidth == 0 {
                line += pendingSpaces
                line += word
                lineWidth += pendingWidth + wordWidth
            } else {
                if !line.isEmpty { flushLine() }
                if wordWidth <= width {
                    line = word
                    lineWidth = wordWidth
                } else {
                    // Hard-break a word longer than the line, character by character.
                    for character in word {
                        let characterWidth = character.displayWidth
                        if lineWidth + characterWidth > width, !line.isEmpty { flushLine() }
                        line.append(character)
                        lineWidth += characterWidth
                    }
                }
            }
            pendingSpaces = ""
            pendingWidth = 0
            word = ""
            wordWidth = 0
        }

        for character in paragraph {
            if character == " " || character == "\t" {
                placeWord()
                pendingSpaces.append(" ")
                pendingWidth += 1
            } else {
                word.append(character)
                wordWidth += character.displayWidth
            }
        }
        placeWord()
        if !line.isEmpty || isFirstLine { flushLine() }
    }
}
