/// FSRS-6's memory update and forgetting curve, exactly as py-fsrs 6.3.2 computes them with
/// no learning steps: the first answer sets S and D from the initial formulas; an answer on the
/// same study day as the previous one uses the short-term formula; a later one the recall or
/// forget formula with R at the days elapsed; D is updated after S.
public struct FSRS: Hashable, Sendable {
    /// The weights in use.
    public let parameters: FSRSParameters

    /// The smallest stability the model keeps.
    public static let minimumStability = 0.001
    /// The difficulty's range.
    public static let difficultyRange: ClosedRange<Double> = 1...10

    /// The model with `parameters` (FSRS-6's defaults unless told).
    public init(parameters: FSRSParameters = .defaults) {
        self.parameters = parameters
    }

    /// The state after a card's first answer, given on `day`.
    public func firstState(_ rating: Rating, on day: Int) -> MemoryState {
        MemoryState(
            stability: clampStability(parameters[rating.rawValue - 1]),
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
        MemoryMath.pow(1 + parameters.factor * elapsedDays / stability, parameters.decay)
    }

    /// The most days after the last answer at which recall is still at least `target`:
    /// S/FACTOR·(target^(1/DECAY) − 1). Infinite for a target of 0 or less.
    public func daysUntilRecall(falls target: Double, stability: Double) -> Double {
        guard target > 0 else { return .infinity }
        guard target < 1 else { return 0 }
        return stability / parameters.factor * (MemoryMath.pow(target, 1 / parameters.decay) - 1)
    }

    // MARK: The formulas

    /// D0(r) = w4 − e^(w5·(r − 1)) + 1, unclamped.
    func initialDifficulty(_ rating: Rating) -> Double {
        parameters[4] - MemoryMath.exp(parameters[5] * Double(rating.rawValue - 1)) + 1
    }

    func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase = MemoryMath.exp(parameters[17] * (Double(rating.rawValue) - 3 + parameters[18]))
            * MemoryMath.pow(stability, -parameters[19])
        if rating != .again { increase = max(increase, 1) }
        return stability * increase
    }

    func forgetStability(_ state: MemoryState, recall: Double) -> Double {
        let longTerm = parameters[11]
            * MemoryMath.pow(state.difficulty, -parameters[12])
            * (MemoryMath.pow(state.stability + 1, parameters[13]) - 1)
            * MemoryMath.exp((1 - recall) * parameters[14])
        let shortTerm = state.stability / MemoryMath.exp(parameters[17] * parameters[18])
        return min(longTerm, shortTerm)
    }

    func recallStability(_ state: MemoryState, _ rating: Rating, recall: Double) -> Double {
        let hardPenalty = rating == .hard ? parameters[15] : 1
        let easyBonus = rating == .easy ? parameters[16] : 1
        return state.stability * (1
            + MemoryMath.exp(parameters[8])
            * (11 - state.difficulty)
            * MemoryMath.pow(state.stability, -parameters[9])
            * (MemoryMath.exp((1 - recall) * parameters[10]) - 1)
            * hardPenalty
            * easyBonus)
    }

    /// Linear damping towards 10, then mean reversion towards the unclamped D0(Easy), then clamped.
    func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let delta = -(parameters[6] * (Double(rating.rawValue) - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = parameters[7] * initialDifficulty(.easy) + (1 - parameters[7]) * damped
        return clampDifficulty(reverted)
    }

    func clampStability(_ stability: Double) -> Double { max(stability, Self.minimumStability) }

    func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
