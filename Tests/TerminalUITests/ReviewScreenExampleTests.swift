import Testing
import TerminalUI

/// An example of a whole screen built from widgets, as a view would build it: the review
/// screen of the design notes at 80×24, driven through `TestBackend` and `runEventLoop`.
final class ReviewScreenExample {
    var revealed = false

    func render(_ size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.width >= 40, size.height >= 12 else {
            buffer.render(TextBlock("Window too small", alignment: .center), in: buffer.area.centered(width: size.width, height: 1))
            return buffer
        }
        let area = buffer.area.inset(horizontal: 1)
        buffer.render(
            Header(
                title: "Recall · daily review", counter: "12/45", progress: 12.0 / 45.0,
                breadcrumb: "Deep Learning › Optimization", detail: "DL-011 · formula"
            ),
            in: area.top(2)
        )
        buffer.render(TextBlock("Adam Optimizer: formula?", alignment: .center, style: .bold), in: area.droppingTop(3).top(2))
        if revealed {
            buffer.render(HorizontalRule(), in: area.droppingTop(5))
            buffer.render(TextBlock("m=β₁m+(1-β₁)g; v=β₂v+(1-β₂)g²", alignment: .center), in: area.droppingTop(6).top(1))
            buffer.render(
                FieldRows([
                    Field("Notes", "Adaptive learning rates"),
                    Field("Resource", "https://www.youtube.com/watch?v=JXQT_vxqwIs"),
                ]),
                in: area.droppingTop(8).droppingBottom(2).inset(horizontal: 6)
            )
        }
        let hints = revealed
            ? [
                KeyHint("0", "blank", priority: 2), KeyHint("1", "wrong", priority: 2), KeyHint("2", "almost", priority: 2),
                KeyHint("→", "1d"), KeyHint("3", "hard", priority: 2), KeyHint("4", "good", priority: 2),
                KeyHint("5", "easy", priority: 2), KeyHint("→", "15d"), KeyHint("u", "undo", priority: 1),
                KeyHint("q", "quit", priority: 2),
            ]
            : [KeyHint("space", "reveal", priority: 2), KeyHint("u", "undo", priority: 1), KeyHint("q", "quit", priority: 2)]
        buffer.render(KeyHintBar(hints), in: area.bottom(1))
        return buffer
    }

    func update(_ event: TerminalEvent) -> LoopStep {
        switch event {
        case .key(.space), .key(.enter): revealed = true
        case .key(.character("q")), .key(.ctrl("c")): return .stop
        default: break
        }
        return .continue
    }
}

@Suite struct ReviewScreenExampleTests {
    @Test func drawsTheReviewScreenOfTheDesignNotes() {
        let terminal = TestBackend(width: 80, height: 24, events: [.key(.space)])
        let screen = ReviewScreenExample()
        runEventLoop(on: terminal, render: screen.render, update: screen.update)

        let before = terminal.frames[0].trimmedLines
        #expect(before[5] == "")
        #expect(before[23] == " space reveal  u undo  q quit")

        let lines = terminal.trimmedLines
        #expect(lines.count == 24)
        #expect(lines[0] == " Recall · daily review" + spaces(31) + "12/45  ████░░░░░░░░░░  27%")
        #expect(lines[1] == " Deep Learning › Optimization" + spaces(34) + "DL-011 · formula")
        #expect(lines[2] == "")
        #expect(lines[3] == spaces(28) + "Adam Optimizer: formula?")
        #expect(lines[5] == " " + String(repeating: "─", count: 78))
        #expect(lines[6] == spaces(25) + "m=β₁m+(1-β₁)g; v=β₂v+(1-β₂)g²")
        #expect(lines[8] == spaces(7) + "Notes     Adaptive learning rates")
        #expect(lines[9] == spaces(7) + "Resource  https://www.youtube.com/watch?v=JXQT_vxqwIs")
        // Every hint needs 79 columns; the lowest priority one (`→ 15d`) goes.
        #expect(lines[23] == " 0 blank  1 wrong  2 almost  → 1d  3 hard  4 good  5 easy  u undo  q quit")
        #expect(terminal.lines.allSatisfy { $0.displayWidth == 80 })
    }

    @Test func showsANoteWhenTheTerminalIsTooSmall() {
        let terminal = TestBackend(width: 80, height: 24, events: [.resize(Size(width: 30, height: 8))])
        let screen = ReviewScreenExample()
        runEventLoop(on: terminal, render: screen.render, update: screen.update)
        #expect(terminal.trimmedLines == ["", "", "", "       Window too small", "", "", "", ""])
    }
}
