import TerminalUI

extension App {
    /// The home screen: today's counts, the phases with their counts, and the keys.
    static func drawHome(_ model: AppModel, into buffer: inout ScreenBuffer) {
        let area = buffer.area.inset(horizontal: 1)
        let figures = model.home
        buffer.render(SplitLine(left: "Recall", right: figures.date, leftStyle: .bold, rightStyle: .dim), in: area.row(0))

        var today = "Today  \(figures.due) due · \(figures.new) new"
        if figures.drills > 0 { today += " · \(figures.drills) drill\(figures.drills == 1 ? "" : "s")" }
        let total = figures.queued == 0 ? "nothing to review" : "\(figures.queued) card\(figures.queued == 1 ? "" : "s") to review"
        buffer.render(SplitLine(left: today, right: area.width >= 60 ? total : "", leftStyle: .bold), in: area.row(2))
        // Below today's counts, one row each: the decks' errors, why a phase's due cards are not
        // all in today's counts, the interview countdown.
        var row = 3
        if figures.deckErrors > 0 {
            let text = "The decks have \(figures.deckErrors) error\(figures.deckErrors == 1 ? "" : "s"): run `recall check`"
            buffer.render(SplitLine(left: text, leftStyle: Style(foreground: .red)), in: area.row(row))
            row += 1
        }
        if let note = figures.heldBackNote {
            buffer.put(note.truncated(width: area.width), x: area.x, y: row, style: .dim, maxWidth: area.width)
            row += 1
        }
        if let countdown = interviewLine(model.interviewOutlook) {
            buffer.render(SplitLine(left: countdown, leftStyle: .bold), in: area.row(row))
        }
        let listTop = model.homeListTop
        let readiness = phaseReadiness(model.interviewOutlook)

        let footerY = area.maxY - 1
        if listTop + 1 < footerY - 1 {
            buffer.render(
                SplitLine(
                    left: "Phases", right: phaseColumns("cards", "new", "due", "today") + (readiness.isEmpty ? "" : " ready".padded(width: 7, alignment: .right)),
                    leftStyle: .bold, rightStyle: .dim),
                in: Rect(x: area.x, y: listTop, width: area.width, height: 1))
            let items = figures.phases.map { phase in
                ListItem(phase.name, detail: phaseColumns(String(phase.cards), String(phase.new), String(phase.due), String(phase.today))
                    + (readiness.isEmpty ? "" : (readiness[phase.name] ?? "").padded(width: 7, alignment: .right)))
            }
            let listArea = Rect(x: area.x, y: listTop + 1, width: area.width, height: footerY - 1 - (listTop + 1))
            if let noDecks = model.noDecksText {
                let block = TextBlock(noDecks, style: .dim)
                buffer.render(block, in: listArea.inset(horizontal: 2))
            } else if items.isEmpty {
                buffer.put("No phases: the decks have no ## headings", x: listArea.x + 2, y: listArea.y, style: .dim)
            } else {
                buffer.render(SelectableList(items, selected: nil, firstRow: model.homeScroll), in: listArea)
            }
        }
        drawBanner(model.banner, bottom: footerY - 1, area: area, into: &buffer)
        buffer.render(
            KeyHintBar(model.keymap.footer(in: .home)),
            in: area.row(area.height - 1))
    }

    /// Four right-aligned count columns: `   82    80     0     5`.
    static func phaseColumns(_ cards: String, _ new: String, _ due: String, _ today: String) -> String {
        cards.padded(width: 5, alignment: .right) + new.padded(width: 6, alignment: .right)
            + due.padded(width: 6, alignment: .right) + today.padded(width: 6, alignment: .right)
    }

    /// The phase picker: a box with the phases, the selected one highlighted.
    static func drawPhasePicker(_ model: AppModel, selected: Int, into buffer: inout ScreenBuffer) {
        let area = buffer.area
        let phases = model.home.phases
        let widest = phases.map { $0.name.displayWidth }.max() ?? 10
        let width = min(area.width - 2, max(36, widest + 16))
        let height = min(area.height - 2, phases.count + 4)
        let box = area.centered(width: width, height: height)
        buffer.render(Box(title: "Cram a phase"), in: box)
        let inner = Box.inner(box)
        let items = phases.map { ListItem($0.name, detail: "\($0.cards) cards ") }
        buffer.render(SelectableList(items, selected: selected), in: inner.droppingBottom(2))
        buffer.render(
            KeyHintBar([KeyHint("↑↓", "move", priority: 1)] + model.keymap.footer(in: .phasePicker)),
            in: inner.bottom(1).inset(horizontal: 1))
    }

    /// The help box: every key of the screen below it, from the keymap.
    static func drawHelp(_ model: AppModel, into buffer: inout ScreenBuffer) {
        let context = model.screenKeyContext
        let area = buffer.area
        let width = min(area.width - 2, 66)
        // The full descriptions when they fit with a row of margin above and below; else one
        // short line a key, and the box may cover the header and the footer.
        var fields = FieldRows(model.keymap.helpRows(in: context, compact: false), labelStyle: .bold)
        if fields.height(forWidth: width - 4) + 4 > area.height - 2 {
            fields = FieldRows(model.keymap.helpRows(in: context, compact: true), labelStyle: .bold)
        }
        let contentHeight = fields.height(forWidth: width - 4)
        let box = area.centered(width: width, height: min(area.height, contentHeight + 4))
        buffer.render(Box(title: "Keys"), in: box)
        let inner = Box.inner(box).inset(horizontal: 1)
        buffer.render(fields, in: inner.droppingBottom(2))
        buffer.put("Any key closes this help", x: inner.x, y: inner.maxY - 1, style: .dim, maxWidth: inner.width)
    }
}
