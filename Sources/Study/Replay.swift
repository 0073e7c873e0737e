import Deck
import ReviewLog
import SM2

/// The review log folded into per-card state, as of one study day.
///
/// Each card's schedule is the fold of its `review` events in file order, each on its own
/// study day; `drill` and `cram` answers are counted but never change it. Events for cards
/// that no deck has any more are orphans: counted and listed, never dropped silently.
public struct Replay: Sendable {
    /// The study day the replay was made for; `todaysAnswers` are the answers given on it.
    public let today: Int
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
    /// removed) against `library`, with days counted by `days` and `today` as the current day.
    public init(library: DeckLibrary, answers: [LogEvent], days: LocalDays, today: Int) {
        // Look every ID up first, in a tight loop whose lookups the processor can overlap.
        let index = CardIndex(library: library)
        let positions = answers.map { Int32(truncatingIfNeeded: index.position(of: $0.cardID) ?? -1) }
        self.init(library: library, answers: answers, positions: positions, days: days, today: today)
    }

    /// Replays the answers of `log` as `init(library:answers:days:today:)` does, looking each
    /// distinct card ID up once (through the numbers the reader gave them) instead of once per
    /// event: with a million events about a hundred thousand cards, a tenth of the lookups.
    public init(library: DeckLibrary, log: LogContents, days: LocalDays, today: Int) {
        guard log.hasCardNumbers else {
            self.init(library: library, answers: log.answers, days: days, today: today)
            return
        }
        let index = CardIndex(library: library)
        let positionByNumber = log.distinctCardIDs.map { Int32(truncatingIfNeeded: index.position(of: $0) ?? -1) }
        let positions = positionByNumber.withUnsafeBufferPointer { table in
            log.answerCardNumbers.map { number in table[Int(number)] }
        }
        self.init(library: library, answers: log.answers, positions: positions, days: days, today: today)
    }

    /// The fold itself, with `positions[i]` the library position of `answers[i]`'s card (-1 if none).
    private init(library: DeckLibrary, answers: [LogEvent], positions: [Int32], days: LocalDays, today: Int) {
        var cards = [CardHistory](repeating: .untouched, count: library.cards.count)
        var todays: [TodaysAnswer] = []
        var orphanCount = 0
        var orphanIDs = Set<String>()
        // Log times mostly move forward: keep the span whose UTC offset is known.
        var span = days.offsetSpan(atSeconds: 0)
        for eventIndex in answers.indices {
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
                        cards[found].schedule = cards[found].schedule.reviewed(grade, on: day)
                    }
                case .drill: cards[found].drills += 1
                case .cram: cards[found].crams += 1
                case .undo: break
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
        self.today = today
        self.cards = cards
        self.todaysAnswers = todays
        self.orphanEventCount = orphanCount
        self.orphanCardIDs = orphanIDs.sorted()
    }

    /// The history of the card at `position` in the library.
    public func history(at position: Int) -> CardHistory { cards[position] }

    /// The history of the card `id`, nil when the library has no such card.
    public func history(of id: CardID, in library: DeckLibrary) -> CardHistory? {
        library.position(of: id).map { cards[$0] }
    }
}
