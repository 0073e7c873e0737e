import MathText
import TerminalUI
import Testing

/// A small seeded generator (SplitMix64), so every run draws the same inputs.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random LaTeX: well-formed formulas from the supported subset, and arbitrary LaTeX-ish noise.
enum LatexGenerator {
    static let symbols = [
        #"\alpha"#, #"\beta"#, #"\theta"#, #"\sigma"#, #"\mu"#, #"\partial"#, #"\nabla"#, #"\infty"#, #"\leq"#,
        #"\cdot"#, #"\times"#, #"\in"#, #"\to"#, #"\|"#, #"\log"#, #"\exp"#, #"\max"#, #"\sum"#, #"\prod"#, #"\int"#,
        "x", "y", "i", "2", "+", "-", "=", "(", ")", ",", " ",
    ]
    static let noise = [
        "{", "}", "$", "$$", #"\"#, "^", "_", "&", #"\\"#, #"\left("#, #"\right)"#, #"\frac"#, #"\sqrt["#, "]",
        #"\begin{bmatrix}"#, #"\end{bmatrix}"#, #"\foo"#, #"\("#, #"\)"#, #"\["#, #"\]"#, "`", "é", "中", "\u{0301}",
        "\n", "\t", "a", "1", " ",
    ]

    /// A well-formed formula of the supported subset, nesting at most `depth`.
    static func formula(_ rng: inout SeededGenerator, depth: Int) -> String {
        let count = Int.random(in: 1...4, using: &rng)
        var text = ""
        for _ in 0..<count {
            let choice = depth <= 0 ? 0 : Int.random(in: 0...9, using: &rng)
            switch choice {
            case 1: text += #"\frac{"# + formula(&rng, depth: depth - 1) + "}{" + formula(&rng, depth: depth - 1) + "}"
            case 2: text += #"\sqrt{"# + formula(&rng, depth: depth - 1) + "}"
            case 3: text += "x_{" + formula(&rng, depth: depth - 1) + "}"
            case 4: text += "e^{" + formula(&rng, depth: depth - 1) + "}"
            case 5: text += #"\hat{"# + formula(&rng, depth: depth - 1) + "}"
            case 6: text += #"\left("# + formula(&rng, depth: depth - 1) + #"\right)"#
            case 7: text += #"\mathbb{R}"# + #"\mathcal{L}"#
            case 8: text += #"\begin{pmatrix} "# + formula(&rng, depth: depth - 1) + " & 1 \\\\ 0 & "
                + formula(&rng, depth: depth - 1) + #" \end{pmatrix}"#
            case 9: text += #"\sum_{i=1}^{n} "# + formula(&rng, depth: depth - 1)
            default: text += (symbols.randomElement(using: &rng) ?? "x") + " "
            }
        }
        return text
    }

    static func noisy(_ rng: inout SeededGenerator, length: Int) -> String {
        var text = ""
        for _ in 0..<length {
            text += Bool.random(using: &rng) ? (noise.randomElement(using: &rng) ?? "") : (symbols.randomElement(using: &rng) ?? "")
        }
        return text
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

@Suite struct MathPropertyTests {
    /// The supported commands: none may be left in what is drawn.
    static let supportedCommands = [
        #"\frac"#, #"\sqrt"#, #"\alpha"#, #"\beta"#, #"\theta"#, #"\sigma"#, #"\partial"#, #"\nabla"#, #"\infty"#,
        #"\leq"#, #"\cdot"#, #"\times"#, #"\log"#, #"\exp"#, #"\max"#, #"\sum"#, #"\prod"#, #"\int"#, #"\hat"#,
        #"\left"#, #"\right"#, #"\mathbb"#, #"\mathcal"#, #"\begin"#, #"\end"#, #"\|"#, #"\in"#, #"\to"#,
    ]

    @Test func wellFormedFormulasLeaveNoCommandAndNoDiagnostic() {
        var rng = SeededGenerator(seed: 14)
        for _ in 0..<400 {
            let source = "$" + LatexGenerator.formula(&rng, depth: 4).trimmingSpaces + "$"
            let drawn = MathText.oneLine(source)
            for command in Self.supportedCommands {
                #expect(!drawn.contains(command), "\(source) → \(drawn)")
            }
            #expect(!drawn.contains("{") && !drawn.contains("}"), "\(source) → \(drawn)")
            #expect(MathText.diagnostics(source).isEmpty, "\(source)")
        }
    }

    @Test func displayLinesAreAllAsWideAsMeasured() {
        var rng = SeededGenerator(seed: 1414)
        for _ in 0..<300 {
            let source = "$$" + LatexGenerator.formula(&rng, depth: 3) + "$$"
            for case .display(let maths) in MathText.segments(source) {
                guard let lines = maths.lines(fitting: 200, measure: DisplayWidth.of) else { continue }
                let widths = Set(lines.map(\.displayWidth))
                #expect(widths.count == 1, "\(source): \(lines)")
                var buffer = ScreenBuffer(size: Size(width: 220, height: lines.count))
                for (row, line) in lines.enumerated() { buffer.put(line, x: 0, y: row) }
                #expect(buffer.trimmedLines == lines.map { line in
                    var trimmed = Substring(line)
                    while trimmed.last == " " { trimmed = trimmed.dropLast() }
                    return String(trimmed)
                }, "\(source)")
            }
        }
    }

    /// Found by the fuzzer: a spacing mark (U+0F3E) after `-` is one cluster with it once drawn.
    @Test func aCombiningMarkStaysWithItsCharacterInTwoDimensions() throws {
        for measure in [DisplayWidth.of, MathText.cellWidth] as [(Character) -> Int] {
            for case .display(let maths) in MathText.segments("$$\\frac{a}{b} -\u{0F3E} x\u{0301}$$") {
                let lines = try #require(maths.lines(fitting: 80, measure: measure))
                #expect(Set(lines.map { $0.reduce(0) { $0 + measure($1) } }).count == 1, "\(lines)")
            }
        }
        #expect(MathText.oneLine("$x\u{0301}$") == "x\u{0301}")
    }

    @Test func noisyInputNeverCrashesAndReportsInsideTheText() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let text = LatexGenerator.noisy(&rng, length: Int.random(in: 0...40, using: &rng))
            let scalars = text.unicodeScalars.count
            for problem in MathText.diagnostics(text) {
                #expect(problem.offset >= 0 && problem.offset <= scalars, "\(text): \(problem)")
            }
            _ = MathText.oneLine(text)
            for case .display(let maths) in MathText.segments(text) { _ = maths.lines(fitting: 80) }
        }
    }

    @Test func hugeNestingIsBounded() {
        let depth = 100_000
        let braces = "$" + String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth) + "$"
        #expect(MathText.oneLine(braces).contains("x"))
        #expect(MathText.diagnostics(braces).map(\.problem) == [.nestedTooDeeply])
        let fractions = "$$" + String(repeating: #"\frac{1}{"#, count: 50_000) + "$$"
        for case .display(let maths) in MathText.segments(fractions) { _ = maths.lines(fitting: 80) }
        #expect(!MathText.diagnostics(fractions).isEmpty)
        let scripts = "$" + String(repeating: "x^", count: 50_000) + "$"
        _ = MathText.oneLine(scripts)
        let lefts = "$" + String(repeating: #"\left("#, count: 50_000) + "$"
        _ = MathText.oneLine(lefts)
        let unclosed = String(repeating: "{", count: 100_000)
        _ = MathText.oneLine("$" + unclosed + "$")
    }

    @Test func oneMegabyteFormulasAreLinear() {
        let clock = ContinuousClock()
        let inputs = [
            "$" + String(repeating: #"\alpha + \frac{x_i^2}{\sqrt{y}} "#, count: 33_000) + "$",
            String(repeating: "$a ", count: 350_000),
            "$" + String(repeating: "}", count: 1_000_000) + "$",
            String(repeating: "$$", count: 100_000) + "x",
            String(repeating: #"\("#, count: 100_000),
            String(repeating: "`$x", count: 100_000),
            "$" + String(repeating: #"\foo"#, count: 50_000) + "$",
        ]
        for input in inputs {
            let elapsed = clock.measure {
                _ = MathText.diagnostics(input)
                for case .display(let maths) in MathText.segments(input) { _ = maths.lines(fitting: 80) }
                _ = MathText.oneLine(input)
            }
            // Linear work takes seconds even in a debug build under load; quadratic work would take hours.
            #expect(elapsed < .seconds(90), "\(input.prefix(20))… took \(elapsed)")
        }
    }
}
