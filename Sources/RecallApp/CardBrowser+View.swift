import Deck
import SM2
import Study
import TerminalUI

extension CardBrowser {
    /// One column of the list: its heading, its width (0 takes the rest), and the text of a card.
    struct Column {
        let heading: String
        let width: Int
        let text: (Int) -> String
    }

    /// The columns that fit `width`, most useful first: ID, state, due, EF, lapses, recall (when
    /// known), phase, and the front in what is left.
    func columns(width: Int) -> [Column] {
        let cards = replay.cards
        let idWidth = min(17, max(8, (width * 2 + 4) / 5))
        var columns = [Column(heading: "ID", width: idWidth) { library.cards[$0].id.rawValue }]
        var candidates = [
            Column(heading: "STATE", width: 9) { stateText($0) },
            Column(heading: "DUE", width: 10) { cards[$0].schedule.dueDay.map(LocalDays.dateString(ofDay:)) ?? "—" },
            Column(heading: "EF", width: 4) { cards[$0].isNew ? "—" : cards[$0].schedule.easiness.description },
            Column(heading: "LAPSES", width: 7) { position in
                let lapses = cards[position].schedule.lapses
                return cards[position].isLeech ? "\(lapses) leech" : String(lapses)
            },
        ]
        if let predictedRecall {
            candidates.append(Column(heading: "RECALL", width: 6) { position in
                predictedRecall(position).map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
            })
        }
        candidates.append(Column(heading: "PHASE", width: 10) { library.cards[$0].phase ?? "—" })
        var used = idWidth
        // Every column that fits, leaving 12 cells for the front when the phase is shown.
        for column in candidates where used + 1 + column.width + (column.heading == "PHASE" ? 13 : 0) <= width {
            columns.append(column)
            used += 1 + column.width
        }
        if width - used - 1 >= 12 {
            columns.append(Column(heading: "FRONT", width: width - used - 1) { library.cards[$0].front })
        }
        return columns
    }

    /// Draws the browser on a screen of `size`, with `banner` above the footer.
    public func render(size: Size, banner: Banner?) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let area = buffer.area.inset(horizontal: 1)
        guard area.width > 0 else { return buffer }
        buffer.render(
            SplitLine(left: "Recall · cards", right: countText, leftStyle: .bold), in: area.row(0))
        var filters: [String] = []
        if let stateFilter { filters.append(stateFilter.rawValue) }
        if let phaseFilter { filters.append(phaseFilter) }
        if sort != .deck { filters.append("by \(sort.rawValue)") }
        let search = input == .typing ? "/" + searchText + "▏" : (searchText.isEmpty ? "/ search" : "/" + searchText)
        var x = buffer.put(search, x: area.x, y: 1, style: input == .typing ? .bold : .dim, maxWidth: area.width)
        if !filters.isEmpty {
            x = buffer.put("  ", x: x, y: 1, maxWidth: area.maxX - x)
            buffer.put(filters.joined(separator: " · "), x: x, y: 1, style: .dim, maxWidth: area.maxX - x)
        }

        let columns = columns(width: area.width)
        var headingX = area.x
        for column in columns {
            buffer.put(column.heading, x: headingX, y: 2, style: .underline, maxWidth: min(column.width, area.maxX - headingX))
            headingX += column.width + 1
        }
        let firstRow = 3
        let footerY = area.maxY - 1
        let rows = max(0, footerY - firstRow)
        if matches.found.isEmpty, matches.isComplete {
            buffer.put(searchText.isEmpty ? "No cards in this filter" : "No card matches “\(searchText)”",
                       x: area.x, y: firstRow, style: .dim, maxWidth: area.width)
        }
        for row in 0..<rows {
            let index = top + row
            guard index < matches.found.count else { break }
            let position = Int(matches.found[index])
            let isSelected = index == selected
            let y = firstRow + row
            let leech = replay.cards[position].isLeech
            let style: Style = isSelected ? .reverse : (leech ? Style(foreground: .red) : .plain)
            if isSelected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            var columnX = area.x
            for column in columns {
                let text = column.text(position).truncated(width: column.width)
                buffer.put(text, x: columnX, y: y, style: style, maxWidth: min(column.width, area.maxX - columnX))
                columnX += column.width + 1
            }
        }
        if let banner {
            App.drawBanner(banner, bottom: footerY - 1, area: area, maxRows: 1, into: &buffer)
        }
        let hints: [KeyHint] = input == .typing
            ? [KeyHint("Enter", "done", priority: 3), KeyHint("Esc", "clear", priority: 2), KeyHint("↑↓", "move", priority: 1)]
            : [
                KeyHint("/", "search", priority: 3), KeyHint("s", "state", priority: 2), KeyHint("p", "phase", priority: 2),
                KeyHint("o", "sort", priority: 1), KeyHint("Enter", "info", priority: 3), KeyHint("!", "suspend", priority: 1),
                KeyHint("q", "back", priority: 3),
            ]
        buffer.render(KeyHintBar(hints), in: Rect(x: area.x, y: footerY, width: area.width, height: 1))
        return buffer
    }
}
