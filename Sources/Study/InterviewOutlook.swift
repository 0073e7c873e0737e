import Deck
import Memory
import ReviewLog

/// The interview's study day and the recall a card needs on it.
public struct InterviewTarget: Hashable, Sendable {
    /// The interview's study day.
    public var day: Int
    /// The recall a card needs on that day to be ready.
    public var recall: Double

    /// A target of `recall` on `day`.
    public init(day: Int, recall: Double) {
        self.day = day
        self.recall = recall
    }
}

/// Readiness for the interview day and the plan that closes the gap, worked out together
/// from the decks, the SM-2 replay and the memory states.
public struct InterviewOutlook: Hashable, Sendable {
    /// Per card and per phase readiness.
    public let readiness: Readiness
    /// When to bring back the cards that are not ready.
    public let plan: InterviewPlan

    /// The outlook for an interview on `interviewDay` with target recall `target`, as of
    /// `replay.today`; `excluded` holds positions to leave out (suspended cards).
    public init(
        library: DeckLibrary, replay: Replay, memory: MemoryReplay, interviewDay: Int, target: Double,
        excluded: Set<Int> = []
    ) {
        readiness = Readiness(
            library: library, memory: memory, interviewDay: interviewDay, target: target, today: replay.today,
            excluded: excluded)
        let answeredToday = Set(replay.todaysAnswers.compactMap(\.position))
        let dueDays = replay.cards.indices.map { excluded.contains($0) ? nil : replay.cards[$0].schedule.dueDay }
        plan = InterviewPlan(readiness: readiness, memory: memory, dueDays: dueDays, answeredToday: answeredToday)
    }

    /// The outlook for `target`, folding the memory states from `log` (the same log `replay` was
    /// made from).
    public init(library: DeckLibrary, log: LogContents, replay: Replay, days: LocalDays, interview target: InterviewTarget) {
        self.init(
            library: library, replay: replay, memory: MemoryReplay(library: library, log: log, days: days),
            interviewDay: target.day, target: target.recall)
    }

    /// Not-ready cards still to bring back before the interview (0 on and after the day).
    public var cardsToBringBack: Int {
        readiness.daysLeft > 0 ? readiness.cards.count - readiness.readyCount : 0
    }

    /// The plan's cards for today, weakest first, as cram items to ask after `queued`: cards
    /// already in `queued` or answered today in `replay` are left out, and nothing is planned
    /// on another day than the outlook's (after the interview, nothing at all).
    public func todaysItems(library: DeckLibrary, replay: Replay, after queued: [QueueItem] = []) -> [QueueItem] {
        guard replay.today == readiness.today else { return [] }
        let skipped = Set(queued.map(\.cardID)).union(replay.todaysAnswers.map { CardID($0.event.cardID) })
        // The plan names cards by their position when it was made; the decks may have been reloaded.
        let planned = Set(plan.cards(on: readiness.today))
        let ids = readiness.cards.filter { planned.contains($0.position) }
        let order = Dictionary(uniqueKeysWithValues: plan.cards(on: readiness.today).enumerated().map { ($1, $0) })
        return ids.sorted { order[$0.position, default: 0] < order[$1.position, default: 0] }.compactMap { planned in
            guard !skipped.contains(planned.id), let position = library.position(of: planned.id) else { return nil }
            return QueueItem(cardID: planned.id, position: position, reason: .cram, dueDay: replay.cards[position].schedule.dueDay)
        }
    }
}
