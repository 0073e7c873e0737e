import Deck
import Memory

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

    /// Not-ready cards still to bring back before the interview (0 on and after the day).
    public var cardsToBringBack: Int {
        readiness.daysLeft > 0 ? readiness.cards.count - readiness.readyCount : 0
    }

    /// The plan's cards for today, weakest first, as cram items for a session.
    public func todaysItems(library: DeckLibrary, replay: Replay) -> [QueueItem] {
        plan.cards(on: readiness.today).map { position in
            QueueItem(
                cardID: library.cards[position].id, position: position, reason: .cram,
                dueDay: replay.cards[position].schedule.dueDay)
        }
    }
}
