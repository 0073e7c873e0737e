extension DeckParseState {
    /// A list item that starts with a concept ID and has no `::`: an error if it ends in a
    /// `(Priority, Status, Week N)` group (a concept line with no field), else prose.
    mutating func readConceptWithoutFields(_ content: ByteText, idEnd: Int, number: Int) {
        let (_, meta) = ConceptLine.nameAndMeta(content[idEnd...])
        guard let meta, meta.looksLikeMeta else { return }
        let id = content[content.startIndex..<idEnd].string
        report(.error, line: number,
               "concept \(id) has no field; add ' :: Formula: …' or ' :: Interview: …'")
    }

    /// A concept line: up to two sibling cards, `ID/formula` and `ID/interview`.
    mutating func readConcept(_ content: ByteText, idEnd: Int, separators: [Int], number: Int) {
        let id = content[content.startIndex..<idEnd].string
        let (nameBytes, meta) = ConceptLine.nameAndMeta(content[idEnd..<separators[0]])
        for problem in meta?.problems ?? [] {
            report(.warning, line: number, "concept \(id): \(problem)")
        }
        var name = nameBytes.string
        warnAboutMarks(in: content[idEnd..<separators[0]].string, part: "the concept's name", line: number)
        if name.isEmpty {
            report(.warning, line: number, "concept \(id) has no name; its ID is used instead")
            name = id
        }

        var formula: CardField?
        var interview: CardField?
        var notes: CardField?
        var resource: CardField?
        var others: [CardField] = []
        var fieldCount = 0
        for (offset, start) in separators.enumerated() {
            let end = offset + 1 < separators.count ? separators[offset + 1] : content.endIndex
            let segment = content[(start + 2)..<end].trimmed
            if segment.isEmpty { continue }
            fieldCount += 1
            guard let (labelBytes, valueBytes) = ConceptLine.field(in: segment) else {
                report(.error, line: number,
                       "concept \(id): '\(Self.excerpt(segment))' is not a 'Field: value'; ignored")
                continue
            }
            let field = CardField(label: labelBytes.string, value: valueBytes.string)
            warnAboutMarks(in: segment.string, part: "the field '\(field.label)'", line: number)
            switch ConceptLine.KnownField(label: labelBytes) {
            case .formula: assign(field, to: &formula, concept: id, number: number)
            case .interview: assign(field, to: &interview, concept: id, number: number)
            case .notes: assign(field, to: &notes, concept: id, number: number)
            case .resource: assign(field, to: &resource, concept: id, number: number)
            case nil:
                report(.warning, line: number,
                       "concept \(id): unknown field '\(field.label)'; it is still shown on the back")
                if !field.value.isEmpty { others.append(field) }
            }
        }
        guard fieldCount > 0 else {
            report(.error, line: number, "concept \(id) has no field; add ' :: Formula: …' or ' :: Interview: …'")
            return
        }
        if let formula, formula.value.isEmpty {
            report(.error, line: number, "concept \(id): empty formula; no formula card")
        }
        if let interview, interview.value.isEmpty {
            report(.error, line: number, "concept \(id): empty interview question; no interview card")
        }
        let askedFormula = formula.flatMap { $0.value.isEmpty ? nil : $0 }
        let askedInterview = interview.flatMap { $0.value.isEmpty ? nil : $0 }
        if formula == nil, interview == nil {
            report(.warning, line: number, "concept \(id) has neither a Formula nor an Interview field; no card")
            return
        }

        var context: [CardField] = []
        context.reserveCapacity(3 + others.count)
        if let notes, !notes.value.isEmpty { context.append(notes) }
        if let resource, !resource.value.isEmpty { context.append(resource) }
        context.append(contentsOf: others)
        let location = SourceLocation(file: file, line: number)
        if let askedFormula {
            var back = [askedFormula]
            back.reserveCapacity(1 + context.count)
            back.append(contentsOf: context)
            add(Card(
                id: CardID(id + "/" + CardKind.formula.rawValue), noteID: id, kind: .formula,
                deck: deckName, phase: phase, sections: sections,
                front: name + ": formula?", back: back,
                week: meta?.week, priority: meta?.priority, status: meta?.status,
                location: location))
        }
        if let askedInterview {
            var back: [CardField] = []
            back.reserveCapacity(1 + context.count)
            if let askedFormula { back.append(askedFormula) }
            back.append(contentsOf: context)
            add(Card(
                id: CardID(id + "/" + CardKind.interview.rawValue), noteID: id, kind: .interview,
                deck: deckName, phase: phase, sections: sections,
                front: askedInterview.value, back: back,
                week: meta?.week, priority: meta?.priority, status: meta?.status,
                location: location))
        }
    }

    private mutating func assign(_ field: CardField, to slot: inout CardField?, concept id: String, number: Int) {
        if let existing = slot {
            report(.warning, line: number,
                   "concept \(id): field '\(field.label)' repeats; the first ('\(existing.label)') is kept")
        } else {
            slot = field
        }
    }
}
