import Deck
import SM2
import Study
import TerminalUI

extension App {
    /// The title of a session's header.
    static func sessionTitle(_ mode: SessionMode) -> String {
        switch mode {
        case .review: "Recall · daily review"
        case .cram(let phase): "Recall · cram \(phase)"
        }
    }

    /// The card screen: header, front, and once revealed the rule, the answer and the fields;
    /// the status row (banner, hint or grade preview) and the key footer.
    static func drawSession(_ model: AppModel, into buffer: inout ScreenBuffer) {
        guard let run = model.run, let current = run.session.current else {
            drawSummary(model, into: &buffer)
            return
        }
        let area = buffer.area.inset(horizontal: 1)
        let card = current.card
        let answered = run.carried.answers + run.session.progress.answered
        let total = answered + run.session.progress.remaining
        buffer.render(
            Header(
                title: sessionTitle(run.session.mode), counter: "\(answered)/\(total)",
                progress: total == 0 ? 0 : Double(answered) / Double(total),
                breadcrumb: breadcrumb(card, width: area.width - cardDetail(current).displayWidth - 2),
                detail: cardDetail(current)),
            in: area.top(2))

        let footerY = area.maxY - 1
        let statusY = footerY - 1
        // Body: from row 3 to the row above the status row.
        let body = Rect(x: area.x, y: 3, width: area.width, height: max(0, statusY - 3))
        let textArea = body.inset(horizontal: 2)
        let front = TextBlock(card.front, alignment: .center, style: .bold)
        let frontRows = min(front.height(forWidth: textArea.width), run.revealed ? max(1, body.height / 3) : body.height)
        buffer.render(front, in: Rect(x: textArea.x, y: body.y, width: textArea.width, height: frontRows))

        if run.revealed {
            var y = body.y + frontRows + 1
            if y < body.maxY { buffer.render(HorizontalRule(), in: Rect(x: area.x, y: y, width: area.width, height: 1)) }
            y += 1
            let (main, fields) = answerParts(card)
            if let main, y < body.maxY {
                let block = TextBlock(main, alignment: .center)
                let rows = min(block.height(forWidth: textArea.width), body.maxY - y)
                buffer.render(block, in: Rect(x: textArea.x, y: y, width: textArea.width, height: rows))
                y += rows + 1
            }
            if !fields.isEmpty, y < body.maxY {
                let fieldArea = Rect(x: area.x, y: y, width: area.width, height: body.maxY - y)
                    .inset(horizontal: area.width >= 60 ? 6 : 1)
                buffer.render(FieldRows(fields.map { Field($0.label, $0.value) }), in: fieldArea)
            }
        }

        if model.banner != nil {
            drawBanner(model.banner, bottom: statusY, area: area, into: &buffer)
        } else if !run.revealed, current.schedule.lapses >= LeechPolicy.leechLapses {
            // A leech says so on its front: it is worth rewriting.
            buffer.render(
                TextBlock("leech: consider rewriting it (e edits)", alignment: .center, style: Style(foreground: .red)),
                in: Rect(x: area.x, y: statusY, width: area.width, height: 1))
        } else if run.revealed {
            let text = statusText(current, width: area.width)
            buffer.render(TextBlock(text, alignment: .center, style: .dim), in: Rect(x: area.x, y: statusY, width: area.width, height: 1))
        }
        buffer.render(KeyHintBar(footerHints(current, keymap: model.keymap, revealed: run.revealed, width: area.width)), in: Rect(x: area.x, y: footerY, width: area.width, height: 1))
    }

    /// `Deck › Phase › Section › Subsection`; when that is wider than `width`, the outer parts
    /// go first (the deck, then the phase), so the most specific place stays readable.
    static func breadcrumb(_ card: Card, width: Int) -> String {
        var parts = [card.deck] + (card.phase.map { [$0] } ?? []) + card.sections
        var text = parts.joined(separator: " › ")
        while text.displayWidth > width, parts.count > 1 {
            parts.removeFirst()
            text = "… › " + parts.joined(separator: " › ")
        }
        return text
    }

    /// `DL-011 · formula`, with `drill` or `new` in front when that is why the card is asked.
    static func cardDetail(_ current: SessionCard) -> String {
        let base = current.card.noteID + " · " + current.card.kind.rawValue
        switch current.item.reason {
        case .new: return "new · " + base
        case .drill: return "drill · " + base
        case .due, .cram: return base
        }
    }

    /// The answer shown centred under the rule (a formula, a question's answer, a topic's
    /// field) and the labelled fields below it.
    static func answerParts(_ card: Card) -> (main: String?, fields: [CardField]) {
        guard let first = card.back.first else { return (nil, []) }
        let label = first.label.lowercased()
        if card.kind != .interview || label == "formula" {
            return (first.value, Array(card.back.dropFirst()))
        }
        return (nil, card.back)
    }

    /// The footer's hints for a row `width` cells wide, from the keymap. Revealed: the grade keys
    /// with §2's preview, `0 blank  1 wrong  2 almost → 1d  3 hard  4 good  5 easy → 15d  u undo …`;
    /// when that does not fit with every other key, the grades go compact (`0 1 2 → 1d  3 4 5 → 15d`,
    /// or `0 1 2 fail  3 4 5 pass` without a preview)
    /// so that every key stays; `? help` always stays.
    static func footerHints(_ current: SessionCard, keymap: Keymap, revealed: Bool, width: Int) -> [KeyHint] {
        guard revealed else { return keymap.footer(in: .front) }
        let shown = keymap.bindings(in: .revealed).filter { $0.footer != nil }
        let grades = shown.compactMap { binding -> (label: String, grade: Grade)? in
            if case .grade(let grade) = binding.action { return (binding.label, grade) }
            return nil
        }
        let failSuffix = current.preview.map { "→ \(dayText($0.failInterval))" }
        let passSuffix = current.preview.map { "→ \(dayText($0.passInterval))" }
        let lastFail = grades.last { !$0.grade.isPass }?.label
        let lastPass = grades.last { $0.grade.isPass }?.label
        let full = shown.map { binding in
            var hint = KeyHint(binding.label, binding.footer ?? "", priority: binding.priority)
            if binding.label == lastFail, let failSuffix { hint.label += " " + failSuffix }
            if binding.label == lastPass, let passSuffix { hint.label += " " + passSuffix }
            return hint
        }
        if KeyHintBar(full).visibleHints(width: width).count == full.count { return full }
        let tail = shown.filter { binding in
            if case .grade = binding.action { return false }
            return true
        }.map { KeyHint($0.label, $0.footer ?? "", priority: $0.priority) }
        let failing = grades.filter { !$0.grade.isPass }.map(\.label).joined(separator: " ")
        let passing = grades.filter { $0.grade.isPass }.map(\.label).joined(separator: " ")
        return [KeyHint(failing, failSuffix ?? "fail", priority: 3), KeyHint(passing, passSuffix ?? "pass", priority: 3)] + tail
    }

    /// The status row once revealed: each grade's outcome with the EF changes
    /// (`0–2 → 1d · 3 → 15d, EF 2.36 · 4 → 15d · 5 → 15d, EF 2.60`), or why the schedule stays.
    static func statusText(_ current: SessionCard, width: Int) -> String {
        guard let preview = current.preview else {
            return current.item.reason == .drill
                ? "drill: schedule unchanged (graded below 4 earlier today)"
                : "cram: schedule unchanged"
        }
        var parts = ["0–2 → \(dayText(preview.failInterval))"]
        for grade in Grade.all where grade.isPass {
            var part = "\(grade.value) → \(dayText(preview.passInterval))"
            if let easiness = preview.easinessChange(for: grade) { part += ", EF \(easiness)" }
            parts.append(part)
        }
        let full = parts.joined(separator: "  ·  ")
        if full.displayWidth <= width { return full }
        let compact = parts.joined(separator: " · ")
        if compact.displayWidth <= width { return compact }
        let easiness = preview.passEasiness.map(\.description).joined(separator: "/")
        return "EF after 3/4/5: \(easiness)"
    }

    /// `1d`, `15d`.
    static func dayText(_ days: Int) -> String { "\(days)d" }
}
