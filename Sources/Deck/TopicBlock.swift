/// A `### NN. Title` heading: the start of a curriculum topic.
struct TopicHeading {
    /// The topic's number as written, zero-padded to two digits (`1` → `01`, `123` stays).
    let number: String
    /// The title after the number.
    let title: String

    init?(_ text: ByteText) {
        var index = text.startIndex
        while index < text.endIndex, ASCII.isDigit(text[index]) { index += 1 }
        guard index > text.startIndex, index < text.endIndex, text[index] == ASCII.period else { return nil }
        let digits = text[text.startIndex..<index].string
        let rest = text[(index + 1)...]
        guard let first = rest.first, ASCII.isBlank(first) else { return nil }
        let title = rest.trimmed
        guard !title.isEmpty else { return nil }
        self.number = digits.count < 2 ? "0" + digits : digits
        self.title = title.string
    }
}

/// A `**Field**: value` line (or `**Field:** value`) inside a topic block.
struct TopicFieldLine {
    let label: String
    let value: String

    init?(_ line: ByteText) {
        let text = line.trimmedLeading
        guard text.hasPrefix("**") else { return nil }
        let labelStart = text.startIndex + 2
        var index = labelStart
        while index + 1 < text.endIndex, !(text[index] == ASCII.asterisk && text[index + 1] == ASCII.asterisk) {
            index += 1
        }
        guard index + 1 < text.endIndex else { return nil }
        var label = text[labelStart..<index]
        var rest = text[(index + 2)...]
        if label.last == ASCII.colon {
            label = label.dropLast()
        } else if rest.first == ASCII.colon {
            rest = rest.dropFirst()
        } else {
            return nil
        }
        let trimmedLabel = label.trimmed
        guard !trimmedLabel.isEmpty else { return nil }
        self.label = trimmedLabel.string
        self.value = rest.trimmed.string
    }
}

/// A topic block being read: its heading and the fields found so far.
struct OpenTopic {
    struct Field {
        let label: String
        let value: String
        let line: Int
    }

    /// The fields that give cards, matched case-insensitively, in card order.
    enum AskedField: String, CaseIterable {
        case concepts
        case whyImportant = "why important"
        case keySkills = "key skills"

        var kind: CardKind {
            switch self {
            case .concepts: .concepts
            case .whyImportant: .why
            case .keySkills: .skills
            }
        }

        func front(title: String) -> String {
            switch self {
            case .concepts: "\(title): key concepts?"
            case .whyImportant: "Why does \(title) matter?"
            case .keySkills: "\(title): key skills?"
            }
        }
    }

    let number: String
    let title: String
    let line: Int
    let phase: String?
    let sections: [String]
    var status: String?
    var sawStatus = false
    var fields: [AskedField: Field] = [:]

    var noteID: String { "TOPIC-" + number }
}

extension DeckParseState {
    mutating func addTopicField(_ field: TopicFieldLine, number: Int) {
        guard var open = topic else { return }
        let key = field.label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        warnAboutMarks(in: field.label + field.value, part: "the field '\(field.label)'", line: number)
        if key == "status" {
            if open.sawStatus {
                report(.warning, line: number, "topic \(open.noteID): Status repeats; the first is kept")
            } else {
                open.sawStatus = true
                open.status = field.value.isEmpty ? nil : field.value
            }
        } else if let asked = OpenTopic.AskedField(rawValue: key) {
            if open.fields[asked] != nil {
                report(.warning, line: number, "topic \(open.noteID): \(field.label) repeats; the first is kept")
            } else {
                if field.value.isEmpty {
                    report(.warning, line: number, "topic \(open.noteID): empty \(field.label); no card for it")
                }
                open.fields[asked] = OpenTopic.Field(label: field.label, value: field.value, line: number)
            }
        } else {
            report(.warning, line: number,
                   "topic \(open.noteID): unknown field '\(field.label)' "
                       + "(expected Status, Concepts, Why Important or Key Skills); ignored")
        }
        topic = open
    }

    /// Ends the open topic block, if any, and makes its cards.
    mutating func closeTopic() {
        guard let open = topic else { return }
        topic = nil
        if open.fields.isEmpty {
            report(.warning, line: open.line,
                   "topic \(open.noteID) has none of Concepts, Why Important or Key Skills; no card")
            return
        }
        for asked in OpenTopic.AskedField.allCases {
            guard let field = open.fields[asked], !field.value.isEmpty else { continue }
            add(Card(
                id: CardID(open.noteID + "/" + asked.kind.rawValue), noteID: open.noteID, kind: asked.kind,
                deck: deckName, phase: open.phase, sections: open.sections,
                front: asked.front(title: open.title),
                back: [CardField(label: field.label, value: field.value)],
                status: open.status, location: SourceLocation(file: file, line: field.line)))
        }
    }
}
