import Deck
import Memory
import ReviewLog
import SM2

/// How well SM-2 and FSRS-6 predict the person's own answers (DESIGN §11).
///
/// Scored: for each card, the first answer of a study day that comes at least one day after an
/// earlier counted answer of that card, while the card has an SM-2 interval I ≥ 1. The outcome
/// is 1 for a grade ≥ 3. SM-2 predicts 0.9^(t/I) with the interval in force before the answer;
/// FSRS-6 predicts R at t from the memory state before it; t is the whole study days since the
/// card's previous counted answer.
public struct Calibration: Hashable, Sendable {
    /// One scored answer.
    public struct Scored: Hashable, Sendable {
        /// 1 when the answer was graded 3 or more, else 0.
        public let outcome: Int
        /// SM-2's predicted probability of recall.
        public let sm2: Double
        /// FSRS-6's predicted probability of recall.
        public let fsrs: Double
    }

    /// One model's scores.
    public struct Scores: Hashable, Sendable {
        /// −mean(y·ln p + (1 − y)·ln(1 − p)), with p clipped to [1e-6, 1 − 1e-6].
        public let logLoss: Double
        /// √(Σ n_b (p̄_b − ȳ_b)² / N) over ten equal-width bins of p.
        public let rmseBins: Double
        /// The ten bins: answers, mean prediction and observed share (nil when empty).
        public let bins: [Bin]
    }

    /// A bin of predictions from `index`/10 to (`index`+1)/10.
    public struct Bin: Hashable, Sendable {
        /// Answers in the bin.
        public let count: Int
        /// Their mean predicted recall, nil when the bin is empty.
        public let predicted: Double?
        /// The share of them recalled, nil when the bin is empty.
        public let observed: Double?
    }

    /// Fewer scored answers than this are too few to judge which model predicts better.
    public static let minimumAnswers = 50

    /// Every scored answer, in log order (empty when the figures come from a fold: see `scoredCount`).
    public let answers: [Scored]
    /// How many answers were scored.
    public let scoredCount: Int
    /// SM-2's scores, nil with no answer scored.
    public let sm2: Scores?
    /// FSRS-6's scores, nil with no answer scored.
    public let fsrs: Scores?

    /// Whether there are enough answers to say which model predicts better.
    public var isEnough: Bool { scoredCount >= Self.minimumAnswers }

    /// Scores both models on `events` (the log's answers in order, undone ones removed; a
    /// `forget` resets both models), with days counted by `days`.
    public init(library: DeckLibrary, events: [LogEvent], days: LocalDays, model: FSRS = FSRS()) {
        let index = CardIndex(library: library)
        var schedules = [CardSchedule](repeating: .new, count: library.cards.count)
        var memory = [MemoryState?](repeating: nil, count: library.cards.count)
        var scored: [Scored] = []
        for event in events {
            guard let position = index.position(of: event.cardID) else { continue }
            let day = days.day(atMillis: event.time)
            switch MemoryReplay.effect(of: event) {
            case .none:
                continue
            case .forget:
                schedules[position] = .new
                memory[position] = nil
            case .answer(let gradeValue):
                if let state = memory[position], day - state.lastDay >= 1, schedules[position].interval >= 1 {
                    let elapsed = Double(day - state.lastDay)
                    let interval = Double(schedules[position].interval)
                    scored.append(Scored(
                        outcome: gradeValue >= 3 ? 1 : 0,
                        sm2: MemoryMath.power(0.9, elapsed / interval),
                        fsrs: model.retrievability(stability: state.stability, elapsedDays: elapsed)))
                }
                let rating = Rating(grade: gradeValue)
                memory[position] = memory[position].map { model.nextState($0, rating, on: day) }
                    ?? model.firstState(rating, on: day)
                if event.kind == .review, let grade = event.grade {
                    schedules[position] = schedules[position].reviewed(grade, on: day)
                }
            }
        }
        answers = scored
        scoredCount = scored.count
        sm2 = Self.scores(scored.map { ($0.sm2, $0.outcome) })
        fsrs = Self.scores(scored.map { ($0.fsrs, $0.outcome) })
    }

    /// Log loss and binned calibration error of `predictions`, nil when there are none.
    static func scores(_ predictions: [(p: Double, y: Int)]) -> Scores? {
        var tally = CalibrationTally()
        for (p, y) in predictions { tally.add(p: p, y: y) }
        return tally.scores
    }

    /// The figures of answers scored elsewhere (by a fold of the log): `answers` is then empty
    /// and `scoredCount` says how many there were.
    public init(scoredCount: Int, sm2: CalibrationTally, fsrs: CalibrationTally) {
        answers = []
        self.scoredCount = scoredCount
        self.sm2 = sm2.scores
        self.fsrs = fsrs.scores
    }
}
