import Deck
import Memory
import ReviewLog
import SM2

/// Every card's FSRS-6 memory state (DESIGN §9), folded from the log beside `Replay`.
///
/// The counted answers are every `review`, `drill` and `cram` in log order, minus those undone
/// (the reader has already taken them out); a `forget` clears the card's state; any other kind
/// changes nothing. Each answer counts on its study day. It never touches the SM-2 schedule.
public struct MemoryReplay: Sendable {
    /// The model the states were folded with.
    public let model: FSRS
    /// Every card's state, indexed by its position in the library; nil for a card never answered.
    public let states: [MemoryState?]

    /// The fold of `log`'s answers and its `forget` actions (each at its place among the
    /// answers) for `library`, days counted by `days`.
    public init(library: DeckLibrary, log: LogContents, days: LocalDays, model: FSRS = FSRS()) {
        let index = CardIndex(library: library)
        let positions: [Int32]
        if log.hasCardNumbers {
            let byNumber = log.distinctCardIDs.map { Int32(truncatingIfNeeded: index.position(of: $0) ?? -1) }
            positions = byNumber.withUnsafeBufferPointer { table in log.answerCardNumbers.map { table[Int($0)] } }
        } else {
            positions = log.answers.map { Int32(truncatingIfNeeded: index.position(of: $0.cardID) ?? -1) }
        }
        let forgets = log.actions.filter { $0.event.kind == .forget }
        guard !forgets.isEmpty else {
            self.init(cardCount: library.cards.count, events: log.answers, positions: positions, days: days, model: model)
            return
        }
        // Each `forget` goes in at its place among the answers.
        var events: [LogEvent] = []
        var eventPositions: [Int32] = []
        events.reserveCapacity(log.answers.count + forgets.count)
        eventPositions.reserveCapacity(log.answers.count + forgets.count)
        var next = 0
        func takeForgets(upTo answerIndex: Int) {
            while next < forgets.count, forgets[next].answersBefore <= answerIndex {
                events.append(forgets[next].event)
                eventPositions.append(Int32(truncatingIfNeeded: index.position(of: forgets[next].event.cardID) ?? -1))
                next += 1
            }
        }
        for answerIndex in log.answers.indices {
            takeForgets(upTo: answerIndex)
            events.append(log.answers[answerIndex])
            eventPositions.append(positions[answerIndex])
        }
        takeForgets(upTo: Int.max)
        self.init(cardCount: library.cards.count, events: events, positions: eventPositions, days: days, model: model)
    }

    /// The fold of `events` (in log order, undone answers removed) for `cardCount` cards, where
    /// `positions[i]` is the card position of `events[i]` (-1 for a card no deck has).
    public init(cardCount: Int, events: [LogEvent], positions: [Int32], days: LocalDays, model: FSRS = FSRS()) {
        var states = [MemoryState?](repeating: nil, count: cardCount)
        var span = days.offsetSpan(atSeconds: 0)
        for eventIndex in events.indices {
            let position = Int(positions[eventIndex])
            guard position >= 0 else { continue }
            // The fields are read one by one: copying the whole event would retain its card ID.
            let effect = Self.effect(kind: events[eventIndex].kind, grade: events[eventIndex].grade)
            if effect == .none { continue }
            let seconds = LocalDays.seconds(ofMillis: events[eventIndex].time)
            if !span.contains(seconds) { span = days.offsetSpan(atSeconds: seconds) }
            let day = days.day(atSeconds: seconds, offset: span.offset)
            switch effect {
            case .answer(let grade):
                if let state = states[position] {
                    states[position] = model.nextState(state, Rating(grade: grade), on: day)
                } else {
                    states[position] = model.firstState(Rating(grade: grade), on: day)
                }
            case .forget:
                states[position] = nil
            case .none:
                break
            }
        }
        self.model = model
        self.states = states
    }

    /// What one log event does to a card's memory state.
    public enum Effect: Hashable, Sendable {
        /// A counted answer with this SM-2 grade.
        case answer(grade: Int)
        /// The card starts again as never answered.
        case forget
        /// Nothing (undo, suspend, unsuspend, bury, or an answer without a grade).
        case none
    }

    /// The effect of `event`: reviews, drills and crams count, `forget` clears, the rest is ignored.
    public static func effect(of event: LogEvent) -> Effect {
        effect(kind: event.kind, grade: event.grade)
    }

    static func effect(kind: EventKind, grade: Grade?) -> Effect {
        if kind == .forget { return .forget }
        guard kind == .review || kind == .drill || kind == .cram, let grade else { return .none }
        return .answer(grade: grade.value)
    }

    /// The state of the card at `position`, nil when it was never answered.
    public func state(at position: Int) -> MemoryState? { states[position] }

    /// The predicted recall on `day` of the card at `position`, nil when it was never answered.
    public func recall(at position: Int, onDay day: Int) -> Double? {
        states[position].map { model.recall($0, onDay: day) }
    }
}
