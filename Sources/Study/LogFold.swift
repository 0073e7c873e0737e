import Deck
import ReviewLog
import SM2

/// The review log's answers folded into per-card state, by card ID as the log spells it, whatever
/// the decks hold: the part of a replay that depends only on the log, the study days and the
/// day from which answers are kept whole. `Replay` maps it onto a library's cards.
///
/// Folding is incremental: answers appended to the log are folded into a fold of the earlier
/// ones with the same result as folding them all at once, which is what lets a snapshot of a
/// fold stand in for the log's first lines.
public struct LogFold: Sendable {
    /// How days are counted.
    public let days: LocalDays
    /// Answers on this study day or later are kept whole in `recentAnswers` (the replay's
    /// "today" must be this day or later).
    public let recentFrom: Int
    /// Every card ID the fold has met, each once, numbered by place.
    public private(set) var cardIDs: [String]
    /// Each card's history, by number.
    public private(set) var histories: [CardHistory]
    /// How many answers (still standing) each card has, by number: what an orphan's count adds up.
    public private(set) var answerCounts: [Int32]
    /// What stats and home need beyond the SM-2 state: the per-day table, the memory model's
    /// per-card state, orphans' shares (see `StatsFold`); folded only when asked for at `init`.
    public private(set) var stats: StatsFold
    /// The answers on `recentFrom` or later, in log order.
    public private(set) var recentAnswers: [RecentAnswer]
    private var span: LocalDays.OffsetSpan

    /// One answer kept whole: on `recentFrom` or later.
    public struct RecentAnswer: Hashable, Sendable {
        /// The answer as the log has it.
        public let event: LogEvent
        /// Its study day.
        public let day: Int
        /// Its card's number in the fold.
        public let cardNumber: Int32
        /// For a review: whether the card was new before it.
        public let introducedCard: Bool

        /// An answer with these facts.
        public init(event: LogEvent, day: Int, cardNumber: Int32, introducedCard: Bool) {
            self.event = event
            self.day = day
            self.cardNumber = cardNumber
            self.introducedCard = introducedCard
        }
    }

    /// A fold of no answers; `tracksStats` also folds `stats` (what a snapshot saves, and what
    /// stats and home read), which costs a memory-model step per answer.
    public init(days: LocalDays, recentFrom: Int, tracksStats: Bool = false) {
        self.init(
            days: days, recentFrom: recentFrom, cardIDs: [], histories: [], answerCounts: [], recentAnswers: [],
            stats: StatsFold(recentFrom: recentFrom, tracking: tracksStats))
    }

    /// A fold with these parts, as a snapshot saved them; the arrays by number must be as long
    /// as `cardIDs`, and card numbers in range.
    public init(
        days: LocalDays, recentFrom: Int, cardIDs: [String], histories: [CardHistory], answerCounts: [Int32],
        recentAnswers: [RecentAnswer], stats: StatsFold? = nil
    ) {
        self.stats = stats ?? StatsFold(recentFrom: recentFrom, tracking: false)
        self.days = days
        self.recentFrom = recentFrom
        self.cardIDs = cardIDs
        self.histories = histories
        self.answerCounts = answerCounts
        self.recentAnswers = recentAnswers
        self.span = days.offsetSpan(atSeconds: 0)
    }

    /// Folds in `log`'s answers, numbering cards as the log reader did when it can (a fold
    /// that has met no card yet and a log read whole), else by looking each ID up.
    /// Its actions (`suspend`, `unsuspend`, `bury`, `forget`) fold in at their place among the answers.
    public mutating func apply(_ log: LogContents) {
        apply(log, answersIn: 0..<log.answers.count, actions: log.actions[...])
    }

    /// Folds in `answers` with `actions` each at its place among them, as `apply(_:)` does for a log.
    public mutating func apply(answers: [LogEvent], actions: [LogAction]) {
        var start = 0
        for (action, number) in zip(actions, numbers(of: actions)) {
            let end = min(max(start, action.answersBefore), answers.count)
            if end > start { apply(answers[start..<end]) }
            start = end
            apply(action.event, number: number)
        }
        if start < answers.count { apply(answers[start...]) }
    }

    /// The number of each action's card, numbering the cards the fold has not met yet (one
    /// lookup table for them all: actions are few, cards may be many).
    mutating func numbers(of actions: [LogAction]) -> [Int] {
        guard !actions.isEmpty else { return [] }
        let index = CardIndex(ids: cardIDs)
        var added: [String: Int] = [:]
        return actions.map { action in
            if let found = index.position(of: action.event.cardID) ?? added[action.event.cardID] { return found }
            let number = cardIDs.count
            cardIDs.append(action.event.cardID)
            histories.append(.untouched)
            answerCounts.append(0)
            added[action.event.cardID] = number
            return number
        }
    }

    /// Folds in one action (`suspend`, `unsuspend`, `bury`, `forget`) of the card numbered
    /// `number`; it counts as an event of its card.
    mutating func apply(_ action: LogEvent, number: Int) {
        let seconds = LocalDays.seconds(ofMillis: action.time)
        if !span.contains(seconds) { span = days.offsetSpan(atSeconds: seconds) }
        answerCounts[number] &+= 1
        histories[number].apply(action.kind, onDay: days.day(atSeconds: seconds, offset: span.offset))
        if action.kind == .forget { stats.forget(number: number) }
    }

    /// Folds in the answers of `log` in `range`, as `apply(_:)` does. Called again with later
    /// ranges of the same log, it goes on with the reader's numbering.
    public mutating func apply(_ log: LogContents, answersIn range: Range<Int>) {
        guard log.hasCardNumbers else {
            apply(log.answers[range])
            return
        }
        if cardIDs.isEmpty {
            cardIDs = log.distinctCardIDs
            histories = [CardHistory](repeating: .untouched, count: cardIDs.count)
            answerCounts = [Int32](repeating: 0, count: cardIDs.count)
            stats.reserveCapacity(cardIDs.count)
        }
        if cardIDs.count == log.distinctCardIDs.count, cardIDs.first == log.distinctCardIDs.first,
           cardIDs.last == log.distinctCardIDs.last {
            apply(log.answers[range], numbers: log.answerCardNumbers[range])
        } else {
            apply(log.answers[range])
        }
    }

    /// The same fold keeping answers whole only from `day` on (when that is later than now):
    /// what a snapshot saved on `day` needs, since it is never used for an earlier day.
    public func keepingWhole(from day: Int) -> LogFold {
        guard day > recentFrom else { return self }
        var narrowed = LogFold(
            days: days, recentFrom: day, cardIDs: cardIDs, histories: histories, answerCounts: answerCounts,
            recentAnswers: recentAnswers.filter { $0.day >= day }, stats: stats.keeping(from: day))
        narrowed.span = span
        return narrowed
    }

    /// Folds in `answers` (review, drill and cram events in log order, undone ones removed).
    public mutating func apply(_ answers: ArraySlice<LogEvent>) {
        guard !answers.isEmpty else { return }
        let known = knownNumbers(of: answers)
        var added: [String: Int32] = [:]
        var numbers: [Int32] = []
        numbers.reserveCapacity(answers.count)
        for (offset, event) in answers.enumerated() {
            if known[offset] >= 0 {
                numbers.append(known[offset])
            } else if let found = added[event.cardID] {
                numbers.append(found)
            } else {
                let number = Int32(truncatingIfNeeded: cardIDs.count)
                cardIDs.append(event.cardID)
                histories.append(.untouched)
                answerCounts.append(0)
                added[event.cardID] = number
                numbers.append(number)
            }
        }
        apply(answers, numbers: numbers[...])
    }

    /// The number of each answer's card among the cards already met, -1 for a card not met yet.
    /// A few answers after many cards (the lines appended since a snapshot) index the answers'
    /// IDs and walk the known IDs once, instead of indexing every known ID for a few lookups.
    private func knownNumbers(of answers: ArraySlice<LogEvent>) -> [Int32] {
        if answers.count * 16 >= cardIDs.count {
            let index = CardIndex(ids: cardIDs)
            return answers.map { Int32(truncatingIfNeeded: index.position(of: $0.cardID) ?? -1) }
        }
        let answerIDs = CardIndex(ids: answers.map(\.cardID))
        var numberByAnswerID = [Int32](repeating: -1, count: answers.count)
        var left = answerIDs.count
        for number in cardIDs.indices where left > 0 {
            if let place = answerIDs.position(of: cardIDs[number]), numberByAnswerID[place] < 0 {
                numberByAnswerID[place] = Int32(truncatingIfNeeded: number)
                left -= 1
            }
        }
        // An ID's place in `answerIDs` is the offset of its first answer.
        return answers.map { numberByAnswerID[answerIDs.position(of: $0.cardID) ?? 0] }
    }

    /// The fold itself: `numbers[i]` is the number of `answers[i]`'s card.
    mutating func apply(_ answers: ArraySlice<LogEvent>, numbers: ArraySlice<Int32>) {
        var numberIndex = numbers.startIndex
        for eventIndex in answers.indices {
            let number = Int(numbers[numberIndex])
            numberIndex += 1
            let kind = answers[eventIndex].kind
            let seconds = LocalDays.seconds(ofMillis: answers[eventIndex].time)
            if !span.contains(seconds) { span = days.offsetSpan(atSeconds: seconds) }
            let day = days.day(atSeconds: seconds, offset: span.offset)
            var introduced = false
            answerCounts[number] &+= 1
            stats.add(
                kind: kind, grade: answers[eventIndex].grade, millis: answers[eventIndex].answerMillis, number: number,
                day: day, before: histories[number].schedule)
            switch kind {
            case .review:
                if let grade = answers[eventIndex].grade {
                    introduced = histories[number].schedule.isNew
                    if introduced { histories[number].firstReviewDay = day }
                    let lapsesBefore = histories[number].schedule.lapses
                    histories[number].schedule = histories[number].schedule.reviewed(grade, on: day)
                    // Where leeches are suspended (`Replay`'s policy), this lapse suspends it.
                    if histories[number].schedule.lapses > lapsesBefore, histories[number].isLeech {
                        histories[number].suspendedAsLeech = true
                    }
                }
            case .drill: histories[number].drills += 1
            case .cram: histories[number].crams += 1
            case .undo, .suspend, .unsuspend, .bury, .forget: break
            }
            if day >= recentFrom, kind != .undo {
                recentAnswers.append(RecentAnswer(
                    event: answers[eventIndex], day: day, cardNumber: Int32(truncatingIfNeeded: number),
                    introducedCard: introduced))
            }
        }
    }
}
