import Deck
import ReviewLog
import SM2

/// The review log folded into per-card state, as of one study day.
///
/// Each card's schedule is the fold of its `review` events in file order, each on its own
/// study day; `drill` and `cram` answers are counted but never change it. The actions fold in
/// at their place among the answers: `suspend` and `unsuspend` set the card's suspension (an
/// `unsuspend` also lifts a `bury`), `bury` marks its study day, and `forget` starts its schedule
/// again as new (its drills, crams and the log's history stay). Events for cards
/// that no deck has any more are orphans: counted and listed, never dropped silently.
public struct Replay: Sendable {
    /// The study day the replay was made for; `todaysAnswers` are the answers given on it.
    public let today: Int
    /// What the replay does with a card that becomes a leech.
    public let leechPolicy: LeechPolicy
    /// Every card's history, indexed by its position in the library's deck order.
    public let cards: [CardHistory]
    /// Today's answers (reviews, drills and crams, orphans included) in file order.
    public let todaysAnswers: [TodaysAnswer]
    /// How many events name a card that no deck has.
    public let orphanEventCount: Int
    /// The card IDs of those events, each once, sorted.
    public let orphanCardIDs: [String]

    /// One answer given today.
    public struct TodaysAnswer: Hashable, Sendable {
        /// The answer as the log has it.
        public let event: LogEvent
        /// The card's position in the library, nil for an orphan.
        public let position: Int?
        /// For a review: whether the card was new before it (the review introduced it).
        public let introducedCard: Bool
    }

    /// Replays `answers` (review, drill and cram events in file order, undone ones already
    /// removed) and `actions` against `library`, with days counted by `days` and `today` as the
    /// current day.
    public init(
        library: DeckLibrary, answers: [LogEvent], actions: [LogAction] = [], days: LocalDays, today: Int,
        leechPolicy: LeechPolicy = .mark
    ) {
        // Look every ID up first, in a tight loop whose lookups the processor can overlap.
        let index = CardIndex(library: library)
        let positions = answers.map { Int32(truncatingIfNeeded: index.position(of: $0.cardID) ?? -1) }
        self.init(
            library: library, answers: answers, positions: positions, actions: actions, index: index, days: days,
            today: today, leechPolicy: leechPolicy)
    }

    /// Replays the answers of `log` as `init(library:answers:days:today:)` does, looking each
    /// distinct card ID up once (through the numbers the reader gave them) instead of once per
    /// event: with a million events about a hundred thousand cards, a tenth of the lookups.
    public init(library: DeckLibrary, log: LogContents, days: LocalDays, today: Int, leechPolicy: LeechPolicy = .mark) {
        guard log.hasCardNumbers else {
            self.init(
                library: library, answers: log.answers, actions: log.actions, days: days, today: today,
                leechPolicy: leechPolicy)
            return
        }
        let index = CardIndex(library: library)
        let positionByNumber = log.distinctCardIDs.map { Int32(truncatingIfNeeded: index.position(of: $0) ?? -1) }
        let positions = positionByNumber.withUnsafeBufferPointer { table in
            log.answerCardNumbers.map { number in table[Int(number)] }
        }
        self.init(
            library: library, answers: log.answers, positions: positions, actions: log.actions, index: index,
            days: days, today: today, leechPolicy: leechPolicy)
    }

    /// The fold itself, with `positions[i]` the library position of `answers[i]`'s card (-1 if
    /// none); each action is applied after the answers that come before it.
    private init(
        library: DeckLibrary, answers: [LogEvent], positions: [Int32], actions: [LogAction], index: CardIndex,
        days: LocalDays, today: Int, leechPolicy: LeechPolicy
    ) {
        var cards = [CardHistory](repeating: .untouched, count: library.cards.count)
        var todays: [TodaysAnswer] = []
        var orphanCount = 0
        var orphanIDs = Set<String>()
        // Log times mostly move forward: keep the span whose UTC offset is known.
        var span = days.offsetSpan(atSeconds: 0)
        var nextAction = 0
        /// Applies every action that comes before the answer at `answerIndex`.
        func applyActions(before answerIndex: Int) {
            while nextAction < actions.count, actions[nextAction].answersBefore <= answerIndex {
                let event = actions[nextAction].event
                nextAction += 1
                guard let found = index.position(of: event.cardID) else {
                    orphanCount += 1
                    orphanIDs.insert(event.cardID)
                    continue
                }
                cards[found].apply(event.kind, onDay: days.day(atMillis: event.time))
            }
        }
        for eventIndex in answers.indices {
            if nextAction < actions.count { applyActions(before: eventIndex) }
            let found = Int(positions[eventIndex])
            let kind = answers[eventIndex].kind
            let seconds = LocalDays.seconds(ofMillis: answers[eventIndex].time)
            if !span.contains(seconds) { span = days.offsetSpan(atSeconds: seconds) }
            let day = days.day(atSeconds: seconds, offset: span.offset)
            var introduced = false
            if found >= 0 {
                switch kind {
                case .review:
                    if let grade = answers[eventIndex].grade {
                        introduced = cards[found].schedule.isNew
                        if introduced { cards[found].firstReviewDay = day }
                        let lapsesBefore = cards[found].schedule.lapses
                        cards[found].schedule = cards[found].schedule.reviewed(grade, on: day)
                        if leechPolicy == .suspend, cards[found].schedule.lapses > lapsesBefore, cards[found].isLeech {
                            cards[found].suspendedAsLeech = true
                        }
                    }
                case .drill: cards[found].drills += 1
                case .cram: cards[found].crams += 1
                case .undo, .suspend, .unsuspend, .bury, .forget: break
                }
            } else {
                orphanCount += 1
                orphanIDs.insert(answers[eventIndex].cardID)
            }
            if day == today, kind != .undo {
                todays.append(TodaysAnswer(
                    event: answers[eventIndex], position: found >= 0 ? found : nil, introducedCard: introduced))
            }
        }
        applyActions(before: Int.max)
        self.today = today
        self.leechPolicy = leechPolicy
        self.cards = cards
        self.todaysAnswers = todays
        self.orphanEventCount = orphanCount
        self.orphanCardIDs = orphanIDs.sorted()
    }

    /// Whether the card at `position` may be asked today: neither suspended nor buried today.
    public func isAvailable(at position: Int) -> Bool { cards[position].isAvailable(on: today) }

    /// The history of the card at `position` in the library.
    public func history(at position: Int) -> CardHistory { cards[position] }

    /// The history of the card `id`, nil when the library has no such card.
    public func history(of id: CardID, in library: DeckLibrary) -> CardHistory? {
        library.position(of: id).map { cards[$0] }
    }
}
