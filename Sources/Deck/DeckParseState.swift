import SafeText

/// The parser's position in a file: the headings above the current line, the open code
/// fence or topic block, and what has been read so far.
struct DeckParseState {
    struct OpenFence {
        let marker: UInt8
        let length: Int
        let line: Int
    }

    let file: String
    let fallbackName: String
    var title: String?
    /// How many cards existed when the title was read (they carry the file name and are renamed at the end).
    var cardsBeforeTitle = 0
    var phase: String?
    var phases: [String] = []
    var knownPhases: Set<String> = []
    var sectionStack: [(level: Int, title: String)] = []
    var sections: [String] = []
    var fence: OpenFence?
    var topic: OpenTopic?
    private(set) var cards: [Card] = []
    /// Whether some card was added after one from a later line (topic cards are added when the block ends).
    private var cardsOutOfLineOrder = false
    private var lastCardLine = 0
    var diagnostics: [DeckDiagnostic] = []
    /// Whether the line being read may hold a character that is shown as a mark (see `warnAboutMarks`).
    var lineMayHoldMarks = false

    init(file: String) {
        self.file = file
        self.fallbackName = Self.deckName(fromPath: file)
    }

    /// The name the deck's cards carry so far.
    var deckName: String { title ?? fallbackName }

    mutating func add(_ card: Card) {
        if lastCardLine > card.location.line { cardsOutOfLineOrder = true }
        lastCardLine = card.location.line
        cards.append(card)
    }

    mutating func report(_ severity: DeckDiagnostic.Severity, line: Int, _ message: String) {
        diagnostics.append(DeckDiagnostic(severity, at: SourceLocation(file: file, line: line), message))
    }

    mutating func consume(line: ByteText, number: Int) {
        if let offset = UTF8Validation.firstInvalidOffset(in: line) {
            report(.error, line: number, "invalid UTF-8 on this line at byte column \(offset + 1); line skipped")
            return
        }
        lineMayHoldMarks = VisibleText.mayHoldMarks(utf8: UnsafeBufferPointer(rebasing: line))
        if let open = fence {
            if Self.closesFence(line, open) { fence = nil }
            return
        }
        if let opening = Self.fenceOpening(line, number: number) {
            fence = opening
            return
        }
        if let heading = MarkdownHeading(line) {
            enter(heading, number: number)
            return
        }
        if topic != nil, let field = TopicFieldLine(line) {
            addTopicField(field, number: number)
            return
        }
        if let item = Self.listItemContent(line) {
            readListItem(item, number: number)
        }
    }

    mutating func finish() -> DeckParseResult {
        closeTopic()
        if let open = fence {
            report(.warning, line: open.line,
                   "code block opened here is never closed; the rest of the file is read as code")
        }
        if let title, cardsBeforeTitle > 0 {
            for index in 0..<cardsBeforeTitle { cards[index] = cards[index].inDeck(title) }
        }
        if cardsOutOfLineOrder {
            cards = cards.enumerated()
                .sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }
                .map(\.element)
        }
        let sortedDiagnostics = diagnostics.count < 2 ? diagnostics : diagnostics.enumerated()
            .sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }
            .map(\.element)
        let deck = Deck(name: deckName, file: file, phases: phases, cards: cards)
        return DeckParseResult(deck: deck, diagnostics: sortedDiagnostics)
    }

    // MARK: Headings

    private mutating func enter(_ heading: MarkdownHeading, number: Int) {
        closeTopic()
        let text = heading.text.string
        warnAboutMarks(in: text, part: Self.headingPart(level: heading.level), line: number)
        switch heading.level {
        case 1:
            if title == nil, !text.isEmpty {
                title = text
                cardsBeforeTitle = cards.count
            }
            phase = nil
            sectionStack.removeAll()
        case 2:
            phase = text.isEmpty ? nil : text
            if !text.isEmpty, knownPhases.insert(text).inserted { phases.append(text) }
            sectionStack.removeAll()
        default:
            while let last = sectionStack.last, last.level >= heading.level { sectionStack.removeLast() }
            if !text.isEmpty { sectionStack.append((heading.level, text)) }
        }
        sections = sectionStack.map(\.title)
        if heading.level == 3, let topicHeading = TopicHeading(heading.text) {
            topic = OpenTopic(
                number: topicHeading.number, title: topicHeading.title, line: number,
                phase: phase, sections: sections)
        }
    }

    // MARK: Code fences

    private static func fenceOpening(_ line: ByteText, number: Int) -> OpenFence? {
        let text = line.trimmedLeading
        guard let marker = text.first, marker == ASCII.backtick || marker == ASCII.tilde else { return nil }
        var length = 0
        for byte in text {
            guard byte == marker else { break }
            length += 1
        }
        return length >= 3 ? OpenFence(marker: marker, length: length, line: number) : nil
    }

    private static func closesFence(_ line: ByteText, _ fence: OpenFence) -> Bool {
        let text = line.trimmed
        return text.count >= fence.length && text.allSatisfy { $0 == fence.marker }
    }

    // MARK: List items

    /// The text of a list item (`-`, `*` or `•`, then a space or tab), trimmed; nil for other lines.
    static func listItemContent(_ line: ByteText) -> ByteText? {
        let text = line.trimmedLeading
        guard let first = text.first else { return nil }
        var afterMarker = text.startIndex
        if first == ASCII.hyphen || first == ASCII.asterisk {
            afterMarker += 1
        } else if text.hasPrefix("\u{2022}") {
            afterMarker += 3
        } else {
            return nil
        }
        guard afterMarker < text.endIndex, ASCII.isBlank(text[afterMarker]) else { return nil }
        return text[afterMarker...].trimmed
    }

    private static func isChecklistItem(_ content: ByteText) -> Bool {
        guard content.count >= 3, content[content.startIndex] == ASCII.openBracket,
              content[content.startIndex + 2] == ASCII.closeBracket else { return false }
        let mark = content[content.startIndex + 1]
        guard mark == ASCII.space || mark | 0x20 == 0x78 else { return false }
        return content.count == 3 || ASCII.isBlank(content[content.startIndex + 3])
    }

    /// The positions of every `::` separator: two colons with a space, a tab or the text's edge on each side.
    static func separatorPositions(_ content: ByteText) -> [Int] {
        var positions: [Int] = []
        var index = content.startIndex
        let end = content.endIndex
        while index + 1 < end {
            if content[index] == ASCII.colon, content[index + 1] == ASCII.colon,
               index == content.startIndex || ASCII.isBlank(content[index - 1]),
               index + 2 == end || ASCII.isBlank(content[index + 2]) {
                positions.append(index)
                index += 2
            } else {
                index += 1
            }
        }
        return positions
    }

    private mutating func readListItem(_ content: ByteText, number: Int) {
        guard !Self.isChecklistItem(content) else { return }
        let separators = Self.separatorPositions(content)
        if let idEnd = ConceptLine.idEnd(in: content) {
            // `GPT-4 vs GPT-3? :: Bigger` is a question: one `::` and no `Field:` after it.
            let afterFirst = separators.first.map { content[($0 + 2)...].trimmed }
            if separators.isEmpty {
                readConceptWithoutFields(content, idEnd: idEnd, number: number)
            } else if separators.count == 1, let segment = afterFirst, !segment.isEmpty,
                      ConceptLine.field(in: segment) == nil {
                readQuestion(content, separator: separators[0], number: number)
            } else {
                readConcept(content, idEnd: idEnd, separators: separators, number: number)
            }
            return
        }
        switch separators.count {
        case 0:
            return
        case 1:
            readQuestion(content, separator: separators[0], number: number)
        default:
            report(.warning, line: number,
                   "list item has \(separators.count) '::' separators and no concept ID; "
                       + "a question line has exactly one ('Question :: Answer'); no card")
        }
    }

    // MARK: Naming

    static func deckName(fromPath path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".md"), name.count > 3 { return String(name.dropLast(3)) }
        return name
    }

    /// A short quotation of some text for a message.
    static func excerpt(_ text: ByteText, limit: Int = 40) -> String {
        let string = text.string
        guard string.count > limit else { return string }
        return string.prefix(limit) + "…"
    }
}

extension Card {
    /// The same card in a deck of another name.
    func inDeck(_ name: String) -> Card {
        Card(id: id, noteID: noteID, kind: kind, deck: name, phase: phase, sections: sections,
             front: front, back: back, week: week, priority: priority, status: status, location: location)
    }
}
