import Testing
import TerminalUI

/// A long URL stays whole on a row of its own, so it can be clicked or copied.
@Suite struct URLLayoutTests {
    let url = "https://www.example.com/courses/machine-learning/lecture-07?section=backprop"

    @Test func aURLTooLongForTheValueColumnGetsItsOwnFullWidthRow() {
        let fields = FieldRows([Field("Notes", "short"), Field("Resource", "see " + url + " (video)")])
        var buffer = ScreenBuffer(width: 80, height: 6)
        buffer.render(fields, in: buffer.area)
        let lines = buffer.trimmedLines
        #expect(lines.contains(url), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("Resource") && $0.contains("see") })
        #expect(lines.contains { $0.contains("(video)") })
        #expect(fields.height(forWidth: 80) == 4)
    }

    @Test func aURLThatFitsTheValueColumnStaysBesideItsLabel() {
        let fields = FieldRows([Field("Resource", "https://example.com/chain")])
        var buffer = ScreenBuffer(width: 60, height: 2)
        buffer.render(fields, in: buffer.area)
        #expect(buffer.trimmedLines[0] == "Resource  https://example.com/chain")
    }
}
