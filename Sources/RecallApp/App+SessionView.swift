import Deck
import MathText
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
        // Body: from row 3 to the row above the status row; the card scrolls in it.
        let body = Rect(x: area.x, y: 3, width: area.width, height: max(0, statusY - 3))
        let content = cardContent(card, revealed: run.revealed, width: area.width)
        let scroll = min(model.cardScroll, max(0, content.height - body.height))
        buffer.copyRows(scroll..<(scroll + min(body.height, content.height - scroll)), of: content, toY: body.y, x: area.x)
        if content.height > body.height, body.height > 0 {
            // Where the view is: `▲` when there is more above, `▼ 17/30` (last row shown, of all).
            let shown = min(content.height, scroll + body.height)
            if scroll > 0 { buffer.put("▲", x: body.maxX - 1, y: body.y, style: .dim) }
            let marker = (shown < content.height ? "▼ " : "") + "\(shown)/\(content.height) j/k"
            buffer.put(marker, x: body.maxX - marker.displayWidth, y: body.maxY - 1, style: .dim)
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

    /// The whole card, `width` cells wide and as tall as it needs: the front (centred, bold), and
    /// once revealed the rule, the answer (centred) and the labelled fields. The session view
    /// shows the rows that fit and scrolls through the rest, so no text is ever cut.
    static func cardContent(_ card: Card, revealed: Bool, width: Int) -> ScreenBuffer {
        let textWidth = max(1, width - 4)
        let front = CardTextBlock(card.front, alignment: .center, style: .bold)
        let frontRows = front.height(forWidth: textWidth)
        guard revealed else {
            var buffer = ScreenBuffer(width: width, height: frontRows)
            buffer.render(front, in: Rect(x: 2, y: 0, width: textWidth, height: frontRows))
            return buffer
        }
        let (main, fields) = answerParts(card)
        let mainBlock = main.map { CardTextBlock($0, alignment: .center) }
        let mainRows = mainBlock?.height(forWidth: textWidth) ?? 0
        let fieldArea = Rect(x: 0, y: 0, width: width, height: 1).inset(horizontal: width >= 60 ? 6 : 1)
        // Fields (notes, a resource) take their maths on one line, so a URL keeps its own row.
        let fieldRows = FieldRows(fields.map { Field($0.label, MathText.oneLine($0.value)) })
        let fieldsHeight = fields.isEmpty ? 0 : fieldRows.height(forWidth: fieldArea.width)
        let height = frontRows + 2 + (mainBlock == nil ? 0 : mainRows + 1) + fieldsHeight
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.render(front, in: Rect(x: 2, y: 0, width: textWidth, height: frontRows))
        var y = frontRows + 1
        buffer.render(HorizontalRule(), in: Rect(x: 0, y: y, width: width, height: 1))
        y += 1
        if let mainBlock {
            buffer.render(mainBlock, in: Rect(x: 2, y: y, width: textWidth, height: mainRows))
            y += mainRows + 1
        }
        if fieldsHeight > 0 {
            buffer.render(fieldRows, in: Rect(x: fieldArea.x, y: y, width: fieldArea.width, height: fieldsHeight))
        }
        return buffer
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
