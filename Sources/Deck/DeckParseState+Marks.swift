import SafeText

extension DeckParseState {
    /// Warns, once for each distinct character, about the characters of `text` that are never
    /// written to a terminal (controls, escape sequences' ESC, bidirectional controls), naming
    /// `part` ("the question") and the mark shown instead:
    /// `control character U+001B in the question; it is shown as ␛`.
    /// Looks only when the line was found to hold such a character (or a tab).
    mutating func warnAboutMarks(in text: @autoclosure () -> String, part: @autoclosure () -> String, line number: Int) {
        guard lineMayHoldMarks else { return }
        for scalar in VisibleText.markedScalars(in: text()) {
            guard let kind = VisibleText.kind(of: scalar), let mark = VisibleText.mark(for: scalar) else { continue }
            report(.warning, line: number,
                   "\(kind.noun) \(VisibleText.codePoint(scalar)) in \(part()); it is shown as \(mark)")
        }
    }

    /// The words for a heading of `level` in a warning.
    static func headingPart(level: Int) -> String {
        switch level {
        case 1: "the deck title"
        case 2: "the phase name"
        default: "the section heading"
        }
    }
}
