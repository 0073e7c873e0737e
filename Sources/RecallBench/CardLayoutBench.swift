import Deck
import RecallApp

/// Times laying out a card's text as the review screen does (maths drawn, lines broken), for the
/// key-press benchmark: once for each card of the loaded decks, and once for each of a set of
/// LaTeX-heavy ML formula cards, whose display maths is drawn in two dimensions.
enum CardLayoutBench {
    /// ML interview formulas written the LaTeX way, fronts and backs together.
    static let formulaCards: [String] = [
        #"$$\operatorname{softmax}(z)_i = \frac{e^{z_i}}{\sum_{j=1}^{K} e^{z_j}}$$"#,
        #"$L = -\sum_{i=1}^{C} y_i \log \hat{y}_i$ and the gradient is $\hat{y} - y$"#,
        #"$\operatorname{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V$: why divide by $\sqrt{d_k}$?"#,
        #"$m_t = \beta_1 m_{t-1} + (1-\beta_1) g_t$; $\theta_{t+1} = \theta_t - \frac{\eta}{\sqrt{\hat{v}_t} + \epsilon}\hat{m}_t$"#,
        #"$$D_{KL}(P \| Q) = \sum_x P(x) \log \frac{P(x)}{Q(x)}$$"#,
        #"$$\mathcal{N}(x; \mu, \sigma^2) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left(-\frac{(x-\mu)^2}{2\sigma^2}\right)$$"#,
        #"$$H = \begin{bmatrix} \frac{\partial^2 f}{\partial x_1^2} & \frac{\partial^2 f}{\partial x_1 \partial x_2} \\ \frac{\partial^2 f}{\partial x_2 \partial x_1} & \frac{\partial^2 f}{\partial x_2^2} \end{bmatrix}$$"#,
        #"$\operatorname{Var}(X) = \mathbb{E}[X^2] - \mathbb{E}[X]^2$, $\|x\|_2 = \sqrt{\sum_i x_i^2}$"#,
        #"$\hat{\theta} = \arg\max_\theta \prod_{i=1}^n p(x_i \mid \theta)$"#,
    ]

    /// Samples of laying out each card's front and back at `width` cells, `rounds` times over.
    static func measure(library: DeckLibrary, width: Int, rounds: Int = 3) -> [Samples] {
        let textWidth = CardFace.textWidth(screenWidth: width)
        var deckCards = Samples(name: "card layout: deck cards, front + back, \(textWidth) cells")
        var formulas = Samples(name: "card layout: LaTeX formula cards, \(textWidth) cells")
        let cards = library.cards.prefix(20_000)
        for _ in 0..<rounds {
            for card in cards {
                let timed = Stopwatch.time { () -> Int in
                    var rows = CardTextLayout.lines(card.front, width: textWidth).count
                    for field in card.back { rows += CardTextLayout.lines(field.value, width: textWidth).count }
                    return rows
                }
                deckCards.add(timed.nanoseconds)
            }
            for _ in 0..<20 {
                for text in formulaCards {
                    formulas.add(Stopwatch.time { CardTextLayout.lines(text, width: textWidth).count }.nanoseconds)
                }
            }
        }
        return [deckCards, formulas]
    }
}
