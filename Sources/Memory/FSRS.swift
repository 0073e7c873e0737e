/// FSRS-6's memory update and forgetting curve, exactly as py-fsrs 6.3.2 computes them with
/// no learning steps: the first answer sets S and D from the initial formulas; an answer on the
/// same study day as the previous one uses the short-term formula; a later one the recall or
/// forget formula with R at the days elapsed; D is updated after S.
public struct FSRS: Hashable, Sendable {
    /// The weights in use.
    public let parameters: FSRSParameters
    /// The weights as plain numbers, and the terms that depend on them alone, worked out once:
    /// a million answers are folded at every start.
    private let w: Weights

    /// The smallest stability the model keeps.
    public static let minimumStability = 0.001
    /// The difficulty's range.
    public static let difficultyRange: ClosedRange<Double> = 1...10

    /// The model with `parameters` (FSRS-6's defaults unless told).
    public init(parameters: FSRSParameters = .defaults) {
        self.parameters = parameters
        w = Weights(parameters)
    }

    private struct Weights: Hashable, Sendable {
        let initialStability: (Double, Double, Double, Double)
        let w4, w5, w6, w7, w9, w10, w11, w12, w13, w14, w15, w16, w17, w18, w19: Double
        let decay, factor: Double
        /// e^w8.
        let expW8: Double
        /// D0(Easy), unclamped: the target of mean reversion.
        let easyInitialDifficulty: Double
        /// e^(w17·w18), the short-term divisor of the forget formula.
        let forgetShortTermDivisor: Double
        /// e^(w17·(r − 3 + w18)) for each rating r, the same-day formula's first factor.
        let shortTermFactor: (Double, Double, Double, Double)

        init(_ p: FSRSParameters) {
            initialStability = (p[0], p[1], p[2], p[3])
            (w4, w5, w6, w7) = (p[4], p[5], p[6], p[7])
            (w9, w10, w11, w12, w13, w14) = (p[9], p[10], p[11], p[12], p[13], p[14])
            (w15, w16, w17, w18, w19) = (p[15], p[16], p[17], p[18], p[19])
            decay = p.decay
            factor = p.factor
            expW8 = MemoryMath.exp(p[8])
            easyInitialDifficulty = p[4] - MemoryMath.exp(p[5] * 3) + 1
            forgetShortTermDivisor = MemoryMath.exp(p[17] * p[18])
            shortTermFactor = (
                MemoryMath.exp(p[17] * (1 - 3 + p[18])), MemoryMath.exp(p[17] * (2 - 3 + p[18])),
                MemoryMath.exp(p[17] * (3 - 3 + p[18])), MemoryMath.exp(p[17] * (4 - 3 + p[18])))
        }

        static func == (a: Weights, b: Weights) -> Bool { true }
        func hash(into hasher: inout Hasher) {}
    }

    /// The state after a card's first answer, given on `day`.
    public func firstState(_ rating: Rating, on day: Int) -> MemoryState {
        MemoryState(
            stability: clampStability(initialStability(rating)),
            difficulty: clampDifficulty(initialDifficulty(rating)),
            lastDay: day)
    }

    /// The state after an answer rated `rating` on `day`, given `state` before it. A day before
    /// the last answer's counts as the same day.
    public func nextState(_ state: MemoryState, _ rating: Rating, on day: Int) -> MemoryState {
        let elapsed = day - state.lastDay
        let stability: Double
        if elapsed < 1 {
            stability = shortTermStability(state.stability, rating)
        } else {
            let recall = retrievability(stability: state.stability, elapsedDays: Double(elapsed))
            stability = rating == .again
                ? forgetStability(state, recall: recall)
                : recallStability(state, rating, recall: recall)
        }
        return MemoryState(
            stability: clampStability(stability),
            difficulty: nextDifficulty(state.difficulty, rating),
            lastDay: max(day, state.lastDay))
    }

    /// The predicted probability of recall on `day` for a card in `state`: 1 on the day of the
    /// last answer (or before it), then (1 + FACTOR·t/S)^DECAY.
    public func recall(_ state: MemoryState, onDay day: Int) -> Double {
        retrievability(stability: state.stability, elapsedDays: Double(max(0, day - state.lastDay)))
    }

    /// (1 + FACTOR·t/S)^DECAY.
    public func retrievability(stability: Double, elapsedDays: Double) -> Double {
        MemoryMath.pow(1 + w.factor * elapsedDays / stability, w.decay)
    }

    /// The most days after the last answer at which recall is still at least `target`:
    /// S/FACTOR·(target^(1/DECAY) − 1). Infinite for a target of 0 or less.
    public func daysUntilRecall(falls target: Double, stability: Double) -> Double {
        guard target > 0 else { return .infinity }
        guard target < 1 else { return 0 }
        return stability / parameters.factor * (MemoryMath.pow(target, 1 / parameters.decay) - 1)
    }

    // MARK: The formulas

    func initialStability(_ rating: Rating) -> Double {
        switch rating {
        case .again: w.initialStability.0
        case .hard: w.initialStability.1
        case .good: w.initialStability.2
        case .easy: w.initialStability.3
        }
    }

    /// D0(r) = w4 − e^(w5·(r − 1)) + 1, unclamped.
    func initialDifficulty(_ rating: Rating) -> Double {
        w.w4 - MemoryMath.exp(w.w5 * Double(rating.rawValue - 1)) + 1
    }

    func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        let factor: Double
        switch rating {
        case .again: factor = w.shortTermFactor.0
        case .hard: factor = w.shortTermFactor.1
        case .good: factor = w.shortTermFactor.2
        case .easy: factor = w.shortTermFactor.3
        }
        var increase = factor * MemoryMath.pow(stability, -w.w19)
        if rating != .again { increase = max(increase, 1) }
        return stability * increase
    }

    func forgetStability(_ state: MemoryState, recall: Double) -> Double {
        let longTerm = w.w11
            * MemoryMath.pow(state.difficulty, -w.w12)
            * (MemoryMath.pow(state.stability + 1, w.w13) - 1)
            * MemoryMath.exp((1 - recall) * w.w14)
        let shortTerm = state.stability / w.forgetShortTermDivisor
        return min(longTerm, shortTerm)
    }

    func recallStability(_ state: MemoryState, _ rating: Rating, recall: Double) -> Double {
        let hardPenalty = rating == .hard ? w.w15 : 1
        let easyBonus = rating == .easy ? w.w16 : 1
        return state.stability * (1
            + w.expW8
            * (11 - state.difficulty)
            * MemoryMath.pow(state.stability, -w.w9)
            * (MemoryMath.exp((1 - recall) * w.w10) - 1)
            * hardPenalty
            * easyBonus)
    }

    /// Linear damping towards 10, then mean reversion towards the unclamped D0(Easy), then clamped.
    func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let delta = -(w.w6 * (Double(rating.rawValue) - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = w.w7 * w.easyInitialDifficulty + (1 - w.w7) * damped
        return clampDifficulty(reverted)
    }

    func clampStability(_ stability: Double) -> Double { max(stability, Self.minimumStability) }

    func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
