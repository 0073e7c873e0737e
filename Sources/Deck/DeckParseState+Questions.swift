extension DeckParseState {
    /// A `Question :: Answer` line, maybe ending in `{#ID}`: one card.
    mutating func readQuestion(_ content: ByteText, separator: Int, number: Int) {
        let question = content[content.startIndex..<separator].trimmed
        var answer = content[(separator + 2)...].trimmed
        var explicitID: ByteText?
        if answer.last == ASCII.closeBrace, let open = Self.explicitIDStart(in: answer) {
            explicitID = answer[(open + 2)..<(answer.endIndex - 1)]
            answer = answer[answer.startIndex..<open].trimmed
        }
        guard !question.isEmpty else {
            report(.error, line: number, "question line has an empty question; no card")
            return
        }
        guard !answer.isEmpty else {
            report(.error, line: number, "question '\(Self.excerpt(question))' has an empty answer; no card")
            return
        }
        warnAboutMarks(in: question.string, part: "the question", line: number)
        warnAboutMarks(in: answer.string, part: "the answer", line: number)
        let id: CardID
        if let explicitID {
            guard Self.isValidExplicitID(explicitID) else {
                report(.error, line: number,
                       "invalid card ID '{#\(explicitID.string)}': use letters, digits, '-', '_', '.' or '/'; no card")
                return
            }
            id = CardID(explicitID.string)
        } else {
            id = QuestionID.make(for: question.string)
        }
        add(Card(
            id: id, noteID: id.rawValue, kind: .question, deck: deckName, phase: phase, sections: sections,
            front: question.string, back: [CardField(label: "Answer", value: answer.string)],
            location: SourceLocation(file: file, line: number)))
    }

    /// Where the last `{#` of the text starts, if there is one.
    private static func explicitIDStart(in text: ByteText) -> Int? {
        var index = text.endIndex - 2
        while index >= text.startIndex {
            if text[index] == ASCII.openBrace, text[index + 1] == ASCII.hash { return index }
            index -= 1
        }
        return nil
    }

    private static func isValidExplicitID(_ id: ByteText) -> Bool {
        guard let first = id.first, ASCII.isLetterOrDigit(first) else { return false }
        return id.allSatisfy {
            ASCII.isLetterOrDigit($0) || $0 == ASCII.hyphen || $0 == ASCII.underscore
                || $0 == ASCII.period || $0 == ASCII.slash
        }
    }
}
