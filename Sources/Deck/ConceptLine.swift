/// The pieces of a concept line:
/// `ID Name (Priority, Status, Week N) :: Field: value :: Field: value …`.
enum ConceptLine {
    /// The end of a concept ID (`[A-Za-z][A-Za-z0-9]*-[0-9]+`) at the start of the text,
    /// followed by a space, a tab or the end; nil if the text does not start with one.
    static func idEnd(in content: ByteText) -> Int? {
        var index = content.startIndex
        let end = content.endIndex
        guard index < end, ASCII.isLetter(content[index]) else { return nil }
        index += 1
        while index < end, ASCII.isLetterOrDigit(content[index]) { index += 1 }
        guard index < end, content[index] == ASCII.hyphen else { return nil }
        index += 1
        let digitsStart = index
        while index < end, ASCII.isDigit(content[index]) { index += 1 }
        guard index > digitsStart, index == end || ASCII.isBlank(content[index]) else { return nil }
        return index
    }

    /// A `Label: value` segment's label and value (both trimmed), or nil if the segment is not
    /// in that form. A label starts with a letter and holds letters, digits, spaces, `-` and `_`
    /// (at most 40 bytes); a colon followed by `//` is part of a URL, not a label's end.
    static func field(in segment: ByteText) -> (label: ByteText, value: ByteText)? {
        let text = segment.trimmed
        guard let colon = text.firstPosition(of: ASCII.colon) else { return nil }
        let label = text[text.startIndex..<colon].trimmed
        guard let first = label.first, ASCII.isLetter(first), label.count <= 40 else { return nil }
        let labelBytesAllowed = label.allSatisfy {
            ASCII.isLetterOrDigit($0) || ASCII.isBlank($0) || $0 == ASCII.hyphen || $0 == ASCII.underscore
        }
        guard labelBytesAllowed else { return nil }
        let rest = text[(colon + 1)...]
        if rest.hasPrefix("//") { return nil }
        return (label, rest.trimmed)
    }

    /// What the parenthesised part says.
    struct Meta {
        var priority: Priority?
        var status: String?
        var week: Int?
        /// Whether any part was a priority name or a `Week …` part.
        var looksLikeMeta = false
        /// What could not be understood, as warnings.
        var problems: [String] = []
    }

    /// Splits the text between the ID and the first `::` into the name and the trailing
    /// `(Priority, Status, Week N)` group, if the text ends in one.
    static func nameAndMeta(_ head: ByteText) -> (name: ByteText, meta: Meta?) {
        let text = head.trimmed
        guard let last = text.last, last == ASCII.closeParen else { return (text, nil) }
        var depth = 0
        var index = text.endIndex - 1
        while index >= text.startIndex {
            let byte = text[index]
            if byte == ASCII.closeParen { depth += 1 }
            if byte == ASCII.openParen {
                depth -= 1
                if depth == 0 { break }
            }
            index -= 1
        }
        guard index >= text.startIndex else { return (text, nil) }
        let name = text[text.startIndex..<index].trimmed
        let group = text[(index + 1)..<(text.endIndex - 1)]
        return (name, meta(group))
    }

    /// Reads `Priority, Status, Week N` tolerantly: any part may be missing, and the parts are
    /// recognised by what they say (a priority name, `Week N`, else the status).
    static func meta(_ group: ByteText) -> Meta {
        var meta = Meta()
        var others: [ByteText] = []
        for rawPart in group.split(separator: ASCII.comma, omittingEmptySubsequences: false) {
            let part = rawPart.trimmed
            guard !part.isEmpty else { continue }
            if part.hasPrefixIgnoringCase("week"),
               part.count == 4 || !ASCII.isLetter(part[part.startIndex + 4]) {
                meta.looksLikeMeta = true
                let digits = part.dropFirst(4).trimmed
                if meta.week != nil {
                    meta.problems.append("second week '\(part.string)' ignored")
                } else if !digits.isEmpty, digits.count <= 6, digits.allSatisfy(ASCII.isDigit),
                          let week = Int(digits.string) {
                    meta.week = week
                } else {
                    meta.problems.append("unreadable week '\(part.string)'; expected 'Week N'")
                }
            } else {
                others.append(part)
            }
        }
        if let index = others.firstIndex(where: { priority(named: $0) != nil }) {
            meta.priority = priority(named: others[index])
            meta.looksLikeMeta = true
            others.remove(at: index)
        } else if others.count >= 2 {
            meta.problems.append("unknown priority '\(others[0].string)'; expected High, Medium or Low")
            others.removeFirst()
        }
        if let status = others.first {
            meta.status = status.string
            others.removeFirst()
        }
        for extra in others {
            meta.problems.append("unexpected '\(extra.string)' in the parentheses; expected (Priority, Status, Week N)")
        }
        return meta
    }

    /// The priority a part names (`High`, `Medium`, `Low`, any case), if it names one.
    static func priority(named part: ByteText) -> Priority? {
        switch part.count {
        case 4 where part.hasPrefixIgnoringCase("high"): .high
        case 6 where part.hasPrefixIgnoringCase("medium"): .medium
        case 3 where part.hasPrefixIgnoringCase("low"): .low
        default: nil
        }
    }

    /// The fields a concept line may have, matched case-insensitively.
    enum KnownField: String {
        case formula, interview, resource, notes

        /// The field this label names, comparing ASCII letters without regard to case.
        init?(label: ByteText) {
            switch label.count {
            case 7 where label.hasPrefixIgnoringCase("formula"): self = .formula
            case 9 where label.hasPrefixIgnoringCase("interview"): self = .interview
            case 8 where label.hasPrefixIgnoringCase("resource"): self = .resource
            case 5 where label.hasPrefixIgnoringCase("notes"): self = .notes
            default: return nil
            }
        }
    }
}
