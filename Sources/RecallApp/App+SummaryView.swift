import Study
import TerminalUI

extension App {
    /// The end of a session: cards answered, share graded 3 or more, time spent, due tomorrow;
    /// or, when there was nothing to do, the "Nothing due today" note.
    static func drawSummary(_ model: AppModel, into buffer: inout ScreenBuffer) {
        let area = buffer.area.inset(horizontal: 1)
        guard let run = model.run else { return }
        let title = sessionTitle(run.session.mode) + " · summary"
        buffer.render(SplitLine(left: title, right: model.home.date, leftStyle: .bold, rightStyle: .dim), in: area.row(0))
        let text = area.inset(horizontal: 2)
        var y = 2
        if run.wasEmpty {
            let note: String
            if let noDecks = model.noDecksText {
                note = noDecks
            } else {
                switch run.session.mode {
                case .review: note = AppModel.nothingDueText(run: run)
                case .cram(let phase):
                    note = run.doneEarlier > 0
                        ? "Every card of \(phase) was graded 4 or 5 in today's cram already (\(run.doneEarlier) cards). `recall cram --restart` starts over."
                        : "The phase \(phase) has no cards."
                }
            }
            y += put(note, at: y, in: text, style: .bold, into: &buffer) + 1
        } else {
            let figures = run.figures
            let headline = run.completed ? "Session complete: every card answered." : "Session ended."
            y += put(headline, at: y, in: text, style: .bold, into: &buffer) + 1
            let percent = Int((figures.passShare * 100).rounded())
            var rows = [
                Field("Cards answered", "\(figures.cards)" + (figures.answers != figures.cards ? " (\(figures.answers) answers)" : "")),
                Field("Graded 3 or more", figures.answers == 0 ? "–" : "\(percent)% (\(figures.passed) of \(figures.answers))"),
                Field("Time spent", DurationText.of(millis: Int64(figures.timeSpentMillis))),
            ]
            switch run.session.mode {
            case .review: rows.append(Field("Due tomorrow", "\(figures.dueTomorrow) card\(figures.dueTomorrow == 1 ? "" : "s")"))
            case .cram: rows.append(Field("Schedule", "unchanged (cram answers never move it)"))
            }
            let fields = FieldRows(rows, labelStyle: .dim)
            let rowsArea = Rect(x: text.x, y: y, width: text.width, height: max(0, area.maxY - 2 - y))
            buffer.render(fields, in: rowsArea)
        }
        drawBanner(model.banner, bottom: area.maxY - 2, area: area, into: &buffer)
        let canUndo = model.run.map {
            ($0.completed && $0.session.canUndo)
                || ($0.wasEmpty && $0.session.answers.isEmpty && model.noDecksText == nil)
        } ?? false
        let exit = switch (canUndo, model.startedAtHome) {
        case (false, true): "Any key: back to the home screen"
        case (false, false): "Any key: exit"
        case (true, true): "u undo last · any other key: home"
        case (true, false): "u undo last · any other key: exit"
        }
        buffer.put(exit, x: area.x, y: area.maxY - 1, style: .dim, maxWidth: area.width)
    }

    /// Puts wrapped text from row `y`; returns the rows used.
    private static func put(_ text: String, at y: Int, in area: Rect, style: Style, into buffer: inout ScreenBuffer) -> Int {
        let block = TextBlock(text, style: style)
        let rows = min(block.height(forWidth: area.width), max(0, area.maxY - y))
        buffer.render(block, in: Rect(x: area.x, y: y, width: area.width, height: rows))
        return rows
    }
}
