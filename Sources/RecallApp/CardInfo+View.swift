import Deck
import ReviewLog
import SM2
import Study
import TerminalUI

extension CardInfo {
    /// One line of the body, with its style.
    struct Line {
        let text: String
        let style: Style
        let centered: Bool

        init(_ text: String, _ style: Style = .plain, centered: Bool = false) {
            self.text = text
            self.style = style
            self.centered = centered
        }
    }

    /// The body's lines at `width`: the card as drawn, its state, and its history.
    func lines(library: DeckLibrary, replay: Replay, predictedRecall: Double?, width: Int) -> [Line] {
        let card = library.cards[position]
        let history = replay.cards[position]
        var out: [Line] = []
        func wrap(_ text: String, _ style: Style = .plain, indent: String = "", centered: Bool = false) {
            for line in text.wrapped(width: max(1, width - indent.displayWidth)) {
                out.append(Line(indent + line, style, centered: centered))
            }
        }
        wrap(App.breadcrumb(card, width: width), .dim)
        out.append(Line(""))
        wrap(card.front, .bold, centered: true)
        out.append(Line(String(repeating: "─", count: width), .dim))
        let (main, fields) = App.answerParts(card)
        if let main { wrap(main, centered: true) }
        for field in fields { wrap(field.label + ": " + field.value) }
        out.append(Line(""))

        let schedule = history.schedule
        var marks: [String] = []
        if history.isSuspended { marks.append("suspended") }
        if history.isBuried(on: replay.today) { marks.append("buried today") }
        if !marks.isEmpty { wrap(marks.joined(separator: " · "), .bold) }
        if history.isLeech { wrap("leech: consider rewriting it (\(schedule.lapses) lapses)", Style(bold: true, foreground: .red)) }
        if schedule.isNew {
            wrap("SM-2  new: n 0 · EF 2.50 · I 0" + (history.forgets > 0 ? " (forgotten)" : ""))
        } else {
            let due = schedule.dueDay.map(LocalDays.dateString(ofDay:)) ?? "—"
            wrap("SM-2  n \(schedule.repetitions) · EF \(schedule.easiness) · I \(schedule.interval)d · due \(due)")
            wrap("      \(schedule.reviews) reviews · \(schedule.lapses) lapses · \(history.drills) drills · \(history.crams) crams", .dim)
        }
        // The memory model's line: predicted recall today when a model gives it.
        if let predictedRecall { wrap("Recall today  \(Int((predictedRecall * 100).rounded()))%") }
        out.append(Line(""))
        let answers = timeline.entries.filter { $0.event.kind.isAnswer }.count
        wrap("History: \(answers) answer\(answers == 1 ? "" : "s"), newest first", .underline)
        if timeline.entries.isEmpty { wrap("never answered", .dim) }
        for entry in timeline.entries {
            let event = entry.event
            var parts = [LocalDays.dateString(ofDay: entry.day), event.kind.rawValue.padded(width: 9)]
            if let grade = event.grade { parts.append("\(grade.value)") }
            if let millis = event.answerMillis { parts.append(Self.seconds(millis)) }
            if let interval = entry.intervalAfter { parts.append("→ \(interval)d") }
            wrap(parts.joined(separator: "  "), event.kind.isAction ? .dim : .plain)
        }
        return out
    }

    /// `3.1s`.
    static func seconds(_ millis: Int) -> String {
        "\(millis / 1000).\((millis % 1000) / 100)s"
    }

    /// Draws card info on a screen of `size`, with `banner` above the footer.
    public func render(
        library: DeckLibrary, replay: Replay, size: Size, banner: Banner?, predictedRecall: Double? = nil
    ) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let area = buffer.area.inset(horizontal: 1)
        guard area.width > 0, library.cards.indices.contains(position) else { return buffer }
        let card = library.cards[position]
        buffer.render(SplitLine(left: "Card info", right: card.id.rawValue, leftStyle: .bold), in: area.row(0))
        let footerY = area.maxY - 1
        let body = Rect(x: area.x, y: 1, width: area.width, height: max(0, footerY - 1))
        let all = lines(library: library, replay: replay, predictedRecall: predictedRecall, width: body.width)
        let first = min(scroll, max(0, all.count - body.height))
        for (row, line) in all.dropFirst(first).prefix(body.height).enumerated() {
            let x = line.centered ? body.x + max(0, (body.width - line.text.displayWidth) / 2) : body.x
            buffer.put(line.text, x: x, y: body.y + row, style: line.style, maxWidth: body.maxX - x)
        }
        if prompt == .confirmForget {
            App.drawNote(
                title: "Forget",
                lines: ["Forget \(card.id)?", "It starts again as new;", "its history stays.", "", "y forget · any key keeps it"],
                into: &buffer)
        }
        if let banner { App.drawBanner(banner, bottom: footerY - 1, area: area, maxRows: 1, into: &buffer) }
        let suspended = replay.cards[position].isSuspended
        buffer.render(KeyHintBar([
            KeyHint("j/k", "scroll", priority: 1), KeyHint("e", "edit", priority: 2),
            KeyHint("!", suspended ? "unsuspend" : "suspend", priority: 2), KeyHint("f", "forget", priority: 2),
            KeyHint("q", "back", priority: 3),
        ]), in: Rect(x: area.x, y: footerY, width: area.width, height: 1))
        return buffer
    }
}
