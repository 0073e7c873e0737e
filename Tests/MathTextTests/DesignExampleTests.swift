import MathText
import Testing

/// DESIGN §12's exact examples and the ML interview formulas, drawn on one line.
@Suite struct DesignExampleTests {
    @Test(arguments: [
        (#"$\alpha + \beta \leq \gamma$"#, "α + β ≤ γ"),
        (#"$x_i^2$"#, "xᵢ²"),
        (#"$e^{-x}$"#, "e⁻ˣ"),
        (#"$\frac{a+b}{c}$"#, "(a+b)/c"),
        (#"$\sqrt{x+1}$"#, "√(x+1)"),
        (#"$\mathbb{E}[X]$"#, "𝔼[X]"),
        (#"$\|w\|_2$"#, "‖w‖₂"),
        (#"$\hat{y}$"#, "y\u{0302}"),
    ])
    func designExample(source: String, drawn: String) {
        #expect(MathText.oneLine(source) == drawn)
        #expect(MathText.diagnostics(source).isEmpty)
    }

    @Test(arguments: [
        // softmax
        (#"$\sigma(z)_i = \frac{e^{z_i}}{\sum_{j=1}^{K} e^{z_j}}$"#, "σ(z)ᵢ = e^(zᵢ)/(Σⱼ₌₁ᴷ e^(zⱼ))"),
        // cross-entropy
        (#"$L = -\sum_{i} y_i \log \hat{y}_i$"#, "L = -Σᵢ yᵢ log y\u{0302}ᵢ"),
        // attention
        (#"$\mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V$"#, "softmax(QKᵀ/√dₖ)V"),
        (#"$\operatorname{softmax}(QK^\top/\sqrt{d_k})V$"#, "softmax(QKᵀ/√dₖ)V"),
        // Adam
        (#"$\theta_{t+1} = \theta_t - \frac{\eta}{\sqrt{\hat{v}_t} + \epsilon}\hat{m}_t$"#,
         "θₜ₊₁ = θₜ - η/(√v\u{0302}ₜ + ϵ)m\u{0302}ₜ"),
        (#"$m_t = \beta_1 m_{t-1} + (1-\beta_1) g_t$"#, "mₜ = β₁ mₜ₋₁ + (1-β₁) gₜ"),
        (#"$\hat{m}_t = \frac{m_t}{1-\beta_1^t}$"#, "m\u{0302}ₜ = mₜ/(1-β₁ᵗ)"),
        // KL divergence
        (#"$D_{KL}(P \| Q) = \sum_x P(x) \log \frac{P(x)}{Q(x)}$"#, "D_(KL)(P ‖ Q) = Σₓ P(x) log P(x)/Q(x)"),
        // Gaussian density
        (#"$\mathcal{N}(x; \mu, \sigma^2) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left(-\frac{(x-\mu)^2}{2\sigma^2}\right)$"#,
         "𝒩(x; μ, σ²) = 1/√(2πσ²) exp(-(x-μ)²/(2σ²))"),
        // Jacobian and Hessian
        (#"$J_{ij} = \frac{\partial f_i}{\partial x_j}$"#, "Jᵢⱼ = ∂fᵢ/∂xⱼ"),
        (#"$H_{ij} = \frac{\partial^2 f}{\partial x_i \partial x_j}$"#, "Hᵢⱼ = ∂²f/(∂xᵢ ∂xⱼ)"),
        // expectation and variance
        (#"$\operatorname{Var}(X) = \mathbb{E}[X^2] - \mathbb{E}[X]^2$"#, "Var(X) = 𝔼[X²] - 𝔼[X]²"),
        (#"$\mathbb{E}_{x \sim p}[f(x)] = \int p(x) f(x)\,dx$"#, "𝔼_(x∼p)[f(x)] = ∫ p(x) f(x) dx"),
        // norms
        (#"$\|x\|_2 = \sqrt{\sum_i x_i^2}$"#, "‖x‖₂ = √(Σᵢ xᵢ²)"),
        // argmax
        (#"$\hat{\theta} = \arg\max_\theta p(x|\theta)$"#, "θ\u{0302} = argmax_θ p(x|θ)"),
        // sums and products with limits
        (#"$\prod_{i=1}^n p(x_i)$"#, "Πᵢ₌₁ⁿ p(xᵢ)"),
        // the chain rule of the issue
        (#"$\frac{\partial L}{\partial w} = \sigma(z)(1-\sigma(z))$"#, "∂L/∂w = σ(z)(1-σ(z))"),
        (#"$\nabla_\theta J(\theta) \in \mathbb{R}^d$"#, "∇_θ J(θ) ∈ ℝᵈ"),
    ])
    func mlFormula(source: String, drawn: String) {
        #expect(MathText.oneLine(source) == drawn)
        #expect(MathText.diagnostics(source).isEmpty)
    }

    @Test func textOutsideMathsIsNeverTouched() {
        let text = #"Use x_t and a^b here, $x_t$ there; costs $5 and \$10; code `$x$` stays"#
        #expect(MathText.oneLine(text) == "Use x_t and a^b here, xₜ there; costs $5 and $10; code `$x$` stays")
    }

    @Test func everyDelimiter() {
        #expect(MathText.oneLine(#"\(\alpha\) and \[\beta\] and $$\gamma$$"#) == "α and β and γ")
    }

    @Test func libraryPitfallsAreAvoided() {
        // Plain string replacement turns \log into łog and \left into ≤ft.
        #expect(MathText.oneLine(#"$\log x + \left(y\right) \leq \ln z$"#) == "log x + (y) ≤ ln z")
    }
}
