/// An ATX heading: up to three spaces, one to six `#`, a space or tab, the text
/// (a closing run of `#` is dropped).
struct MarkdownHeading {
    let level: Int
    let text: ByteText

    init?(_ line: ByteText) {
        var index = line.startIndex
        var indent = 0
        while index < line.endIndex, line[index] == ASCII.space, indent < 3 {
            index += 1
            indent += 1
        }
        var level = 0
        while index < line.endIndex, line[index] == ASCII.hash {
            level += 1
            index += 1
        }
        guard (1...6).contains(level) else { return nil }
        guard index == line.endIndex || ASCII.isBlank(line[index]) else { return nil }
        var text = line[index...].trimmed
        var closing = text.endIndex
        while closing > text.startIndex, text[closing - 1] == ASCII.hash { closing -= 1 }
        if closing < text.endIndex, closing == text.startIndex || ASCII.isBlank(text[closing - 1]) {
            text = text[text.startIndex..<closing].trimmed
        }
        self.level = level
        self.text = text
    }
}
