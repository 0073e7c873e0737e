import Deck

/// The order in which a cram session asks a phase's cards.
public enum CramOrder: Hashable, Sendable {
    /// Weakest first: lowest EF, then most lapses, then deck order; cards never reviewed
    /// come after all reviewed ones, in deck order.
    case weakestFirst
    /// Deck order.
    case deck
    /// A shuffle drawn from `seed`: the same seed gives the same order.
    case random(seed: UInt64)
    /// Exactly these cards, in this order, whatever their phase (the cards not ready for the
    /// interview); the queue's phase is then only the session's label.
    case listed([CardID])
}

/// Every card of one phase, new or not, due or not, in the order a cram session asks them.
/// Daily limits and siblings do not apply; suspended cards and cards buried today are left out.
public struct CramQueue: Sendable {
    /// The phase's exact name.
    public let phase: String
    /// The cards, each with reason `.cram`.
    public let items: [QueueItem]

    /// How many cards of the phase today's earlier cram already answered well (left out).
    public let doneToday: Int

    /// Plans a cram of `phase` (an exact name, see `PhaseMatcher`); `replay` must come from
    /// `library`. A cram resumes: a card whose latest cram answer today was graded 4 or 5 is
    /// done and left out, unless `restart`.
    public init(
        library: DeckLibrary, replay: Replay, phase: String, order: CramOrder = .weakestFirst, restart: Bool = false
    ) {
        var positions = library.cards.indices.filter {
            library.cards[$0].phase == phase && replay.isAvailable(at: $0)
        }
        var done = Set<Int>()
        if !restart {
            for answer in replay.todaysAnswers where answer.event.kind == .cram {
                guard let position = answer.position, let grade = answer.event.grade else { continue }
                if grade.value >= 4 { done.insert(position) } else { done.remove(position) }
            }
            let before = positions.count
            positions.removeAll { done.contains($0) }
            doneToday = before - positions.count
        } else {
            doneToday = 0
        }
        switch order {
        case .listed(let ids):
            positions = ids.compactMap { library.position(of: $0) }
        case .deck:
            break
        case .weakestFirst:
            positions.sort { left, right in
                let a = replay.cards[left].schedule
                let b = replay.cards[right].schedule
                if a.isNew != b.isNew { return !a.isNew }
                if a.isNew { return left < right }
                if a.easiness != b.easiness { return a.easiness < b.easiness }
                if a.lapses != b.lapses { return a.lapses > b.lapses }
                return left < right
            }
        case .random(let seed):
            var generator = SplitMix64(seed: seed)
            positions = positions.shuffledReproducibly(using: &generator)
        }
        self.phase = phase
        items = positions.map { position in
            QueueItem(
                cardID: library.cards[position].id, position: position, reason: .cram,
                dueDay: replay.cards[position].schedule.dueDay)
        }
    }
}
