import MathText
import TerminalUI
import Testing

/// Display maths in two dimensions, when it fits.
@Suite struct DisplayLayoutTests {
    func display(_ text: String) -> DisplayMaths? {
        for segment in MathText.segments(text) {
            if case .display(let maths) = segment { return maths }
        }
        return nil
    }

    @Test func stackedFraction() throws {
        let maths = try #require(display(#"$$\frac{a+b}{c}$$"#))
        #expect(maths.lines(fitting: 80, measure: DisplayWidth.of) == [" a+b ", "─────", "  c  "])
        #expect(maths.oneLine == "(a+b)/c")
    }

    @Test func sumWithLimits() throws {
        let maths = try #require(display(#"$$\sum_{i=1}^{n} x_i$$"#))
        #expect(maths.lines(fitting: 80, measure: DisplayWidth.of) == [" n    ", " Σ  xᵢ", "i=1   "])
    }

    @Test func matrixInBrackets() throws {
        let maths = try #require(display(#"$$A = \begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}$$"#))
        #expect(maths.lines(fitting: 80, measure: DisplayWidth.of) == ["A = ⎡1  0⎤", "    ⎣0  1⎦"])
    }

    @Test func tooWideFallsBackToOneLine() throws {
        let maths = try #require(display(#"$$\frac{a+b}{c}$$"#))
        #expect(maths.lines(fitting: 4, measure: DisplayWidth.of) == nil)
        let flat = try #require(display(#"$$x + y$$"#))
        #expect(flat.lines(fitting: 80, measure: DisplayWidth.of) == nil)
    }

    @Test func everyLineHasTheBlockWidth() throws {
        let maths = try #require(display(
            #"$$\mathcal{N}(x; \mu, \sigma^2) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left(-\frac{(\hat{x}-\mu)^2}{2\sigma^2}\right)$$"#))
        let lines = try #require(maths.lines(fitting: 80, measure: DisplayWidth.of))
        #expect(lines.count == 3)
        #expect(Set(lines.map(\.displayWidth)).count == 1)
    }
}

extension String {
    /// The string padded with spaces to `cells` cells.
    func padding(toCells cells: Int) -> String {
        self + String(repeating: " ", count: max(0, cells - displayWidth))
    }
}
