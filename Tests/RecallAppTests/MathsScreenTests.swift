import Deck
import RecallApp
import TerminalUI
import Testing

/// The review screen with inline and display maths, at 80×24 and 40×10, and the line layout
/// every card view shares.
@Suite struct MathsScreenTests {
    static let deck = #"""
        # Maths

        ## Phase 1

        - What does attention compute? :: $\operatorname{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V$ for $Q, K, V$ {#ATTN}
        - SOFT-001 Softmax (High, Not Started, Week 1) :: Formula: $$\sigma(z)_i = \frac{e^{z_i}}{\sum_{j=1}^{K} e^{z_j}}$$ :: Notes: $\hat{y} = \sigma(z)$ sums to 1
        """#

    func revealed(_ width: Int, _ height: Int, first card: String) -> [String] {
        var driver = Driver(Fixture.model(.review, text: Self.deck))
        #expect(driver.model.run?.session.current?.card.id.rawValue == card)
        driver.press(.character(" "))
        return driver.lines(width, height)
    }

    @Test func inlineMathsAt80x24() {
        let lines = revealed(80, 24, first: "SOFT-001/formula")
        // The display maths: a stacked fraction, limits below and above Σ, aligned when centred.
        let rule = lines.firstIndex { $0.contains("────────────") && $0.contains("=") }
        #expect(rule != nil)
        if let rule {
            #expect(lines[rule].trimmingLeadingSpaces == "σ(z)ᵢ = ────────────")
            #expect(lines[rule - 1].trimmingLeadingSpaces == "e^(zᵢ)")
            #expect(lines[rule + 1].trimmingLeadingSpaces == "K")
            #expect(lines[rule + 2].trimmingLeadingSpaces == "Σ  e^(zⱼ)")
            #expect(lines[rule + 3].trimmingLeadingSpaces == "j=1")
            let left = lines[rule].count - lines[rule].trimmingLeadingSpaces.count
            let sigma = lines[rule + 2].count - lines[rule + 2].trimmingLeadingSpaces.count
            #expect(sigma - left == 10)
        }
        #expect(lines.contains { $0.hasSuffix("Notes     ŷ = σ(z) sums to 1") || $0.contains("Notes  ŷ = σ(z) sums to 1") })
        #expect(!lines.joined().contains("\\"))
    }

    @Test func questionWithInlineMathsAt80x24And40x10() {
        let deck = #"""
            # Maths
            ## Phase 1
            - What does attention compute? :: $\operatorname{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V$ for $Q, K, V$ {#ATTN}
            """#
        for (width, height) in [(80, 24), (40, 10)] {
            var driver = Driver(Fixture.model(.review, text: deck))
            #expect(driver.model.run?.session.current?.card.id.rawValue == "ATTN")
            driver.press(.character(" "))
            let lines = driver.lines(width, height)
            #expect(lines.contains { $0.trimmingLeadingSpaces == "softmax(QKᵀ/√dₖ)V for Q, K, V" },
                    "\(width)x\(height): \(lines)")
            #expect(lines.allSatisfy { $0.displayWidth <= width })
        }
    }

    @Test func displayMathsAt40x10FallsBackToOneLineWhenNarrow() {
        let lines = revealed(40, 10, first: "SOFT-001/formula")
        // 34 cells of text area: the 2-D form (20 wide) still fits.
        // (the scroll marker may cover the right end of the rule at this size)
        #expect(lines.contains { $0.contains("σ(z)ᵢ = ──────") }, "\(lines)")
        let narrow = CardTextLayout.lines(#"$$\sigma(z)_i = \frac{e^{z_i}}{\sum_{j=1}^{K} e^{z_j}}$$"#, width: 18)
        // One piece wider than the line is cut between clusters.
        #expect(narrow == ["σ(z)ᵢ =", "e^(zᵢ)/(Σⱼ₌₁ᴷ e^(z", "ⱼ))"])
    }

    @Test func wrappingBreaksOnlyBetweenTermsAndNeverInsideAPiece() {
        let text = #"Here $\alpha + \beta \leq \gamma$ and $\frac{a+b}{c}$, done"#
        #expect(CardTextLayout.lines(text, width: 12) == ["Here α + β ≤", "γ and", "(a+b)/c,", "done"])
        #expect(CardTextLayout.lines(#"$\hat{y}\hat{y}\hat{y}$"#, width: 2) == ["ŷŷ", "ŷ"])
    }

    @Test func randomCardTextsFitAndDrawAsMeasured() {
        var rng = UInt64(2026)
        func next(_ bound: Int) -> Int {
            rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((rng >> 33) % UInt64(bound))
        }
        let pieces = [
            "word ", "longerword ", #"$x_i^2$ "#, #"$\frac{a+b}{c}$"#, #"$\hat{y}$"#, " ", #"$\alpha + \beta$ "#,
            #"$$\sum_{i=1}^n x_i$$"#, "中文 ", "\n", #"$\mathbb{E}[X]$"#, #"$D_{KL}(P \| Q)$ "#, "é ",
        ]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<next(12) { text += pieces[next(pieces.count)] }
            let width = 3 + next(40)
            let lines = CardTextLayout.lines(text, width: width)
            var buffer = ScreenBuffer(size: Size(width: width, height: lines.count))
            for (row, line) in lines.enumerated() {
                #expect(line.displayWidth <= width, "\(text) at \(width): \(line)")
                buffer.put(line, x: 0, y: row)
            }
            #expect(buffer.trimmedLines == lines.map(CardTextLayout.trimmedTrailing), "\(text) at \(width)")
            #expect(!lines.joined().contains("\\frac"))
        }
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
