import ReviewLog
import SM2

/// Everything the log says about one card, newest first, for its info screen: every answer
/// (with the interval that followed a review) and every action.
public struct CardTimeline: Hashable, Sendable {
    /// One line of the card's history.
    public struct Entry: Hashable, Sendable {
        /// The line as the log has it.
        public let event: LogEvent
        /// The study day it counts for.
        public let day: Int
        /// For a review: the interval it set, in days; nil otherwise.
        public let intervalAfter: Int?
    }

    /// The entries, newest first.
    public let entries: [Entry]

    /// The history of the card `cardID` in `log` (answers not undone, and actions), with days
    /// counted by `days`.
    public init(cardID: String, log: LogContents, days: LocalDays) {
        var indices: [Int] = []
        if log.hasCardNumbers {
            if let number = log.distinctCardIDs.firstIndex(of: cardID) {
                let wanted = Int32(number)
                log.answerCardNumbers.withUnsafeBufferPointer { numbers in
                    for index in numbers.indices where numbers[index] == wanted { indices.append(index) }
                }
            }
        } else {
            indices = log.answers.indices.filter { log.answers[$0].cardID == cardID }
        }
        let actions = log.actions.filter { $0.event.cardID == cardID }
        var schedule = CardSchedule.new
        var entries: [Entry] = []
        var nextAction = 0
        func takeActions(before answerIndex: Int) {
            while nextAction < actions.count, actions[nextAction].answersBefore <= answerIndex {
                let event = actions[nextAction].event
                if event.kind == .forget { schedule = .new }
                entries.append(Entry(event: event, day: days.day(atMillis: event.time), intervalAfter: nil))
                nextAction += 1
            }
        }
        for index in indices {
            takeActions(before: index)
            let event = log.answers[index]
            let day = days.day(atMillis: event.time)
            var interval: Int?
            if event.kind == .review, let grade = event.grade {
                schedule = schedule.reviewed(grade, on: day)
                interval = schedule.interval
            }
            entries.append(Entry(event: event, day: day, intervalAfter: interval))
        }
        takeActions(before: Int.max)
        self.entries = entries.reversed()
    }
}
