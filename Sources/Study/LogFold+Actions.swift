import ReviewLog

extension LogFold {
    /// Folds in the answers of `log` in `range` with `actions` (some of `log.actions`, placed
    /// by `answersBefore` among all of `log.answers`) each at its place: an action whose place
    /// is at or before the range's start comes first, one at or past its end comes last. Called
    /// for consecutive ranges with the actions placed in each, it folds as `apply(_:)` folds the
    /// whole log at once, numbering cards as the log reader did when it can.
    public mutating func apply(_ log: LogContents, answersIn range: Range<Int>, actions: ArraySlice<LogAction>) {
        guard !actions.isEmpty else {
            apply(log, answersIn: range)
            return
        }
        // Cards first numbered as the reader numbered them, so the answers keep the fast path.
        if log.hasCardNumbers, cardIDs.isEmpty { apply(log, answersIn: range.lowerBound..<range.lowerBound) }
        let actionNumbers = numbers(of: Array(actions))
        // Else every answer's card looked up at once (one lookup table, not one per run of answers).
        let answerNumbers: [Int32]? = log.hasCardNumbers && cardIDs == log.distinctCardIDs ? nil
            : numbers(of: log.answers[range].map { LogAction(event: $0, answersBefore: 0) }).map { Int32(truncatingIfNeeded: $0) }
        var start = range.lowerBound
        func foldAnswers(upTo end: Int) {
            guard end > start else { return }
            if let answerNumbers {
                apply(log.answers[start..<end], numbers: answerNumbers[(start - range.lowerBound)..<(end - range.lowerBound)])
            } else {
                apply(log, answersIn: start..<end)
            }
        }
        for (action, number) in zip(actions, actionNumbers) {
            let end = min(max(start, action.answersBefore), range.upperBound)
            foldAnswers(upTo: end)
            start = end
            apply(action.event, number: number)
        }
        foldAnswers(upTo: range.upperBound)
    }
}

/// Where a snapshot splits a log's standing answers and actions: the answers before `split`
/// are folded into it, with the actions placed at or before it; the later answers are kept
/// whole for an `undo` to come, with the actions placed after the first of them.
public struct StandingSplit: Sendable {
    /// How many of the answers are folded.
    public let split: Int
    /// How many of the actions are folded (those placed at or before `split`).
    public let foldedActionCount: Int

    /// The split of `answerCount` answers and `actions` (placed among them) that keeps the
    /// latest `keeping` answers whole.
    public init(answerCount: Int, actions: [LogAction], keeping: Int) {
        split = answerCount - min(keeping, answerCount)
        var folded = 0
        while folded < actions.count, actions[folded].answersBefore <= split { folded += 1 }
        foldedActionCount = folded
    }

    /// The actions kept whole, placed among the kept answers (counted from `split`).
    public func standingActions(_ actions: [LogAction]) -> [LogAction] {
        actions[foldedActionCount...].map { LogAction(event: $0.event, answersBefore: $0.answersBefore - split) }
    }
}
