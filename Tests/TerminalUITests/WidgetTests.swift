import Testing
import TerminalUI

/// Renders `widget` into a fresh buffer of `width` × `height` and returns its lines.
func rendered(_ widget: some Widget, width: Int, height: Int) -> [String] {
    var buffer = ScreenBuffer(width: width, height: height)
    buffer.render(widget, in: buffer.area)
    return buffer.lines
}

func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

@Suite struct WidgetTests {
    let header = Header(
        title: "Recall · daily review", counter: "12/45", progress: 12.0 / 45.0,
        breadcrumb: "Deep Learning › Optimization", detail: "DL-011 · formula"
    )

    @Test func headerShowsTitleCounterBarAndBreadcrumb() {
        #expect(rendered(header, width: 60, height: 2) == [
            "Recall · daily review" + spaces(13) + "12/45  ████░░░░░░░░░░  27%",
            "Deep Learning › Optimization" + spaces(16) + "DL-011 · formula",
        ])
    }

    @Test func headerShrinksTheBarBeforeTheTitle() {
        #expect(rendered(header, width: 40, height: 2) == [
            "Recall · daily review  12/45  █░░░░  27%",
            "Deep Learning › Optim…  DL-011 · formula",
        ])
        #expect(rendered(header, width: 36, height: 1) == ["Recall · daily review    12/45   27%"])
        #expect(rendered(header, width: 30, height: 1) == ["Recall · daily r…  12/45   27%"])
    }

    @Test func progressBarFitsItsWidth() {
        #expect(rendered(ProgressBar(fraction: 0.5), width: 10, height: 1) == ["███░░  50%"])
        #expect(rendered(ProgressBar(fraction: 1), width: 9, height: 1) == ["████ 100%"])
        #expect(rendered(ProgressBar(fraction: 0.999), width: 9, height: 1) == ["███░  99%"])
        #expect(rendered(ProgressBar(fraction: 0.3), width: 6, height: 1) == ["   30%"])
    }

    @Test func textBlockWrapsAndCentres() {
        let front = TextBlock("Adam Optimizer: formula?", alignment: .center, style: .bold)
        #expect(rendered(front, width: 12, height: 3) == ["    Adam    ", " Optimizer: ", "  formula?  "])
        #expect(front.height(forWidth: 12) == 3)
        #expect(front.height(forWidth: 30) == 1)
    }

    @Test func textBlockMarksTextCutAtTheBottom() {
        let block = TextBlock("one two three four", alignment: .left)
        #expect(rendered(block, width: 9, height: 1) == ["one two… "])
    }

    @Test func textBlockAlignsRight() {
        #expect(rendered(TextBlock("ab\n学", alignment: .right), width: 5, height: 2) == ["   ab", "   学"])
    }

    @Test func horizontalRuleSpansTheRow() {
        #expect(rendered(HorizontalRule(), width: 5, height: 2) == ["─────", "     "])
    }

    @Test func fieldRowsAlignLabelsAndWrapValues() {
        let rows = FieldRows([Field("Notes", "Adaptive learning rates"), Field("Resource", "https://x.io/a")])
        #expect(rendered(rows, width: 30, height: 4) == [
            "Notes     Adaptive learning   ",
            "          rates               ",
            "Resource  https://x.io/a      ",
            spaces(30),
        ])
        #expect(rows.height(forWidth: 30) == 3)
        #expect(rendered(rows, width: 30, height: 2)[1] == "          rates               ")
    }

    @Test func keyHintsDropFromTheRightWhenNarrow() {
        let footer = KeyHintBar([
            KeyHint("0", "blank"), KeyHint("1", "wrong"), KeyHint("2", "almost"), KeyHint("q", "quit", priority: 1),
        ])
        #expect(rendered(footer, width: 36, height: 1) == ["0 blank  1 wrong  2 almost  q quit  "])
        #expect(rendered(footer, width: 25, height: 1) == ["0 blank  1 wrong  q quit "])
        #expect(rendered(footer, width: 15, height: 1) == ["0 blank  q quit"])
        #expect(rendered(footer, width: 5, height: 1) == ["q qu…"])
        #expect(footer.visibleHints(width: 15).map(\.key) == ["0", "q"])
    }

    @Test func keyHintsStyleKeysApart() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.render(KeyHintBar([KeyHint("u", "undo")]), in: buffer.area)
        #expect(buffer[0, 0].style == .bold)
        #expect(buffer[2, 0].style == .plain)
    }

    let items = [
        ListItem("Alpha", detail: "1"), ListItem("Bravo", detail: "22"), ListItem("Charlie"),
        ListItem("Delta"), ListItem("Echo", detail: "5"),
    ]

    @Test func listHighlightsTheSelectedRow() {
        var buffer = ScreenBuffer(width: 12, height: 3)
        buffer.render(SelectableList(items, selected: 0), in: buffer.area)
        #expect(buffer.lines == ["› Alpha   1 ", "  Bravo  22 ", "  Charlie  ▼"])
        #expect((0..<11).allSatisfy { buffer[$0, 0].style == .reverse })
        #expect(buffer[0, 1].style == .plain)
    }

    @Test func listScrollsToKeepTheSelectionVisible() {
        #expect(rendered(SelectableList(items, selected: 3), width: 12, height: 3) == [
            "  Charlie  ▲", "› Delta     ", "  Echo    5 ",
        ])
        #expect(rendered(SelectableList(items, selected: 4), width: 12, height: 3) == [
            "  Charlie  ▲", "  Delta     ", "› Echo    5 ",
        ])
        #expect(rendered(SelectableList(items, selected: 2), width: 12, height: 3) == [
            "  Bravo  22▲", "› Charlie   ", "  Delta    ▼",
        ])
        #expect(SelectableList.scrollOffset(selected: 9, count: 10, visibleRows: 4) == 6)
        #expect(SelectableList.scrollOffset(selected: 5, count: 10, visibleRows: 4) == 4)
        #expect(SelectableList.scrollOffset(selected: 1, count: 10, visibleRows: 4) == 0)
        #expect(SelectableList.scrollOffset(selected: 9, count: 3, visibleRows: 4) == 0)
    }

    @Test func boxDrawsABorderWithItsTitleAndClearsInside() {
        var buffer = ScreenBuffer(width: 14, height: 5)
        buffer.fill(buffer.area, with: ".")
        let popup = buffer.area.centered(width: 12, height: 3)
        buffer.render(Box(title: "Help"), in: popup)
        buffer.put("q quit", x: Box.inner(popup).x, y: Box.inner(popup).y)
        #expect(buffer.lines == [
            "..............",
            ".┌─ Help ───┐.",
            ".│q quit    │.",
            ".└──────────┘.",
            "..............",
        ])
        #expect(Box.inner(popup) == Rect(x: 2, y: 2, width: 10, height: 1))
    }

    @Test func barChartRowScalesItsBar() {
        func row(_ value: Double, _ text: String) -> BarChartRow {
            BarChartRow(label: "Mon", value: value, maxValue: 10, valueText: text, labelWidth: 4, valueWidth: 3)
        }
        #expect(rendered(row(5, "5"), width: 20, height: 1) == ["Mon  █████▌" + spaces(8) + "5"])
        #expect(rendered(row(10, "10"), width: 20, height: 1) == ["Mon  ███████████  10"])
        #expect(rendered(row(0, "0"), width: 20, height: 1) == ["Mon" + spaces(16) + "0"])
        #expect(rendered(row(0.1, "0.1"), width: 20, height: 1) == ["Mon  ▏" + spaces(11) + "0.1"])
    }
}
