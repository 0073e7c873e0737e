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
/// The fold itself is `LogFold`, which depends only on the log; a replay maps it onto a library.
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
        var fold = LogFold(days: days, recentFrom: today)
        fold.apply(answers: answers, actions: actions)
        self.init(library: library, fold: fold, today: today, leechPolicy: leechPolicy)
    }

    /// Replays the answers and actions of `log` as `init(library:answers:days:today:)` does,
    /// looking each distinct card ID up once (through the numbers the reader gave them) instead of
    /// once per event: with a million events about a hundred thousand cards, a tenth of the lookups.
    public init(library: DeckLibrary, log: LogContents, days: LocalDays, today: Int, leechPolicy: LeechPolicy = .mark) {
        var fold = LogFold(days: days, recentFrom: today)
        fold.apply(log)
        self.init(library: library, fold: fold, today: today, leechPolicy: leechPolicy)
    }

    /// The replay of the answers `fold` holds, as of `today` (which must be `fold.recentFrom`
    /// or later): each card ID of the fold looked up once in `library`, the others orphans.
    /// The fold marks every card that became a leech; only `.suspend` keeps them out of the queues.
    public init(library: DeckLibrary, fold: LogFold, today: Int, leechPolicy: LeechPolicy = .mark) {
        precondition(today >= fold.recentFrom, "a fold keeps the answers of its recentFrom day on, not before")
        var cards = [CardHistory](repeating: .untouched, count: library.cards.count)
        let positionByNumber = library.index.positions(of: fold.cardIDs)
        var orphanCount = 0
        var orphanIDs: [String] = []
        for number in fold.cardIDs.indices {
            if positionByNumber[number] >= 0 {
                let position = Int(positionByNumber[number])
                cards[position] = fold.histories[number]
                if leechPolicy == .mark { cards[position].suspendedAsLeech = false }
            } else if fold.answerCounts[number] > 0 {
                orphanCount += Int(fold.answerCounts[number])
                orphanIDs.append(fold.cardIDs[number])
            }
        }
        var todays: [TodaysAnswer] = []
        for answer in fold.recentAnswers where answer.day == today {
            let position = positionByNumber[Int(answer.cardNumber)]
            todays.append(TodaysAnswer(
                event: answer.event, position: position >= 0 ? Int(position) : nil,
                introducedCard: position >= 0 && answer.introducedCard))
        }
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
