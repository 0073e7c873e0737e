/// What FSRS-6 knows about one card after its answers so far.
public struct MemoryState: Hashable, Sendable {
    /// Stability S in days: the time for recall to fall to 90 %. Never below 0.001.
    public var stability: Double
    /// Difficulty D, from 1 to 10.
    public var difficulty: Double
    /// The study day of the latest counted answer.
    public var lastDay: Int

    /// A state with these figures.
    public init(stability: Double, difficulty: Double, lastDay: Int) {
        self.stability = stability
        self.difficulty = difficulty
        self.lastDay = lastDay
    }
}
