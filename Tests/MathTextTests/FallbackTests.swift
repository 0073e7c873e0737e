import MathText
import Testing

/// The documented fallbacks: scripts without Unicode forms, fractions, roots, accents, matrices.
@Suite struct FallbackTests {
    @Test(arguments: [
        (#"$x_q$"#, "x_q"),
        (#"$W_{qk}$"#, "W_(qk)"),
        (#"$D_{KL}$"#, "D_(KL)"),
        (#"$x^{a_i}$"#, "x^(aᵢ)"),
        (#"$e^{-x^2/2}$"#, "e^(-x²/2)"),
        (#"$x^*$"#, "x*"),
        (#"$f'(x)$"#, "f′(x)"),
        (#"$A^\top$"#, "Aᵀ"),
        (#"$x_{i,j}$"#, "x_(i,j)"),
        (#"$\theta_{\text{new}}$"#, "θ_(new)"),
    ])
    func script(source: String, drawn: String) {
        #expect(MathText.oneLine(source) == drawn)
    }

    @Test(arguments: [
        (#"$\frac{1}{2}$"#, "1/2"),
        (#"$\frac{1}{2\sigma^2}$"#, "1/(2σ²)"),
        (#"$\frac{-b}{2a}$"#, "-b/(2a)"),
        (#"$\frac{\frac{a}{b}}{c}$"#, "(a/b)/c"),
        (#"$\frac{a}{\frac{b}{c}}$"#, "a/(b/c)"),
        (#"$\frac{d}{dx}$"#, "d/dx"),
        (#"$\frac{x}{y+1}$"#, "x/(y+1)"),
        (#"$\sqrt{d_k}$"#, "√dₖ"),
        (#"$\sqrt[3]{x}$"#, "∛x"),
        (#"$\sqrt[n]{x}$"#, "ⁿ√x"),
        (#"$\binom{n}{k}$"#, "C(n, k)"),
    ])
    func fractionAndRoot(source: String, drawn: String) {
        #expect(MathText.oneLine(source) == drawn)
    }

    @Test func accentsAreCombiningMarks() {
        #expect(MathText.oneLine(#"$\bar{x} \tilde{y} \vec{v} \dot{x}$"#) == "x\u{0304} y\u{0303} v\u{20D7} x\u{0307}")
        #expect(MathText.oneLine(#"$\hat{\theta}_t$"#) == "θ\u{0302}ₜ")
    }

    @Test func fontsAndOperators() {
        #expect(MathText.oneLine(#"$\mathcal{L}(\theta), \mathbb{R}^n, \mathbf{x}$"#) == "ℒ(θ), ℝⁿ, 𝐱")
        #expect(MathText.oneLine(#"$a \cdot b \times c \odot d$"#) == "a · b × c ⊙ d")
        #expect(MathText.oneLine(#"$x \to \infty, \forall i \in S$"#) == "x → ∞, ∀ i ∈ S")
    }

    @Test func matricesInline() {
        #expect(MathText.oneLine(#"$\begin{pmatrix} a & b \\ c & d \end{pmatrix}$"#) == "(a, b; c, d)")
        #expect(MathText.oneLine(#"$\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}$"#) == "[1, 0; 0, 1]")
    }

    @Test func unknownCommandIsShownAsWrittenAndReported() {
        let text = #"Loss $\foo{x} + \alpha$"#
        #expect(MathText.oneLine(text) == #"Loss \foo{x} + α"#)
        let problems = MathText.diagnostics(text)
        #expect(problems.map(\.problem) == [.unknownCommand(#"\foo"#)])
        #expect(problems.first?.offset == 6)
    }

    @Test func unbalancedBracesAndDollars() {
        #expect(MathText.diagnostics(#"$\frac{a}{b$"#).map(\.problem) == [.unbalancedBrace])
        #expect(MathText.diagnostics(#"$a}$"#).map(\.problem) == [.unbalancedBrace])
        let unclosed = #"the $x_t is"#
        #expect(MathText.diagnostics(unclosed).map(\.problem) == [.unclosedMaths("$")])
        #expect(MathText.oneLine(unclosed) == unclosed)
        #expect(MathText.diagnostics(#"$$x"#).map(\.problem) == [.unclosedMaths("$$")])
        #expect(MathText.diagnostics("costs $5 today").isEmpty)
        #expect(MathText.diagnostics(#"$\left( x$"#).map(\.problem) == [.unbalancedLeftRight])
    }
}
