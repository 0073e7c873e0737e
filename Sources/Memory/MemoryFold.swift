/// One card's memory state, folded over its counted answers one at a time.
///
/// The caller feeds every counted answer (review, drill, cram, minus those undone) in log
/// order, each with its study day, and calls `forget()` where the log has a `forget`.
public struct MemoryFold: Hashable, Sendable {
    /// The state so far; nil for a card never answered (or forgotten since).
    public private(set) var state: MemoryState?

    /// A card never answered.
    public init() { state = nil }

    /// A fold that starts from `state`.
    public init(state: MemoryState?) { self.state = state }

    /// Counts an answer graded `grade` (SM-2's 0–5) on study day `day`.
    public mutating func answer(grade: Int, on day: Int, model: FSRS = FSRS()) {
        let rating = Rating(grade: grade)
        if let state {
            self.state = model.nextState(state, rating, on: day)
        } else {
            state = model.firstState(rating, on: day)
        }
    }

    /// Clears the state: the card starts again as never answered.
    public mutating func forget() { state = nil }

    /// The predicted recall on `day`, nil for a card never answered.
    public func recall(onDay day: Int, model: FSRS = FSRS()) -> Double? {
        state.map { model.recall($0, onDay: day) }
    }
}
