import Testing
import TerminalUI

/// A tiny program for the loop: a counter that `↑` raises and `q` stops.
final class Counter {
    var count = 0
    var sizesSeen: [Size] = []

    func render(_ size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        buffer.put("count: \(count)", x: 0, y: 0)
        buffer.render(KeyHintBar([KeyHint("↑", "more"), KeyHint("q", "quit")]), in: buffer.area.bottom(1))
        return buffer
    }

    func update(_ event: TerminalEvent) -> LoopStep {
        switch event {
        case .key(.up): count += 1
        case .key(.character("q")), .key(.ctrl("c")): return .stop
        case .resize(let size): sizesSeen.append(size)
        default: break
        }
        return .continue
    }
}

@Suite struct TestBackendTests {
    @Test func runsScriptedEventsThroughTheLoop() {
        let terminal = TestBackend(width: 16, height: 3, events: [
            .key(.up), .key(.up), .resize(Size(width: 12, height: 2)), .key(.character("q")), .key(.up),
        ])
        let counter = Counter()
        runEventLoop(on: terminal, render: counter.render, update: counter.update)
        #expect(counter.count == 2)
        #expect(counter.sizesSeen == [Size(width: 12, height: 2)])
        #expect(terminal.frames.count == 4)
        // "↑ more  q quit" needs 14 columns: the rightmost hint goes.
        #expect(terminal.trimmedLines == ["count: 2", "↑ more"])
        #expect(terminal.size == Size(width: 12, height: 2))
        #expect(terminal.pendingEvents == [.key(.up)])
        #expect(terminal.isRestored)
    }

    @Test func countsOnlyChangedCellsBetweenFrames() {
        let terminal = TestBackend(width: 16, height: 3, events: [.key(.up), .resize(Size(width: 10, height: 2))])
        let counter = Counter()
        runEventLoop(on: terminal, render: counter.render, update: counter.update)
        // First frame: everything; then one digit; after a resize everything again.
        #expect(terminal.changeCounts == [48, 1, 20])
    }

    @Test func stopsWhenInputEnds() {
        let terminal = TestBackend(width: 10, height: 2)
        let counter = Counter()
        runEventLoop(on: terminal, render: counter.render, update: counter.update)
        #expect(terminal.frames.count == 1)
        #expect(terminal.isRestored)
        #expect(terminal.readEvent(timeoutMillis: 0) == nil)
    }

    @Test func suspendForcesAFullRedraw() {
        let terminal = TestBackend(width: 4, height: 1)
        terminal.draw(ScreenBuffer(width: 4, height: 1))
        terminal.draw(ScreenBuffer(width: 4, height: 1))
        terminal.suspend()
        terminal.draw(ScreenBuffer(width: 4, height: 1))
        #expect(terminal.changeCounts == [4, 0, 4])
        #expect(terminal.suspendCount == 1)
    }
}
