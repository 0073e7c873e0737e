import Memory

/// When to bring back each card that is not ready, so that it is ready on the interview day
/// (DESIGN §10), and the day-by-day workload that makes.
///
/// The rule:
/// - Each not-ready card has a window of useful days, from the first day on which one good
///   answer (grade 4) would leave its predicted recall on the interview day at or above the
///   target, up to the day before the interview. A card that even an answer on that last day
///   would not make ready gets the last day alone; a card answered today starts tomorrow. The
///   first useful day is found by bisection (later answers leave more recall on the day).
/// - A card that SM-2 already has due inside its window is left to that review.
/// - Spreading: every day has a load, the SM-2 reviews due that day (today: everything due or
///   overdue) plus the plan's cards. The plan uses the smallest daily ceiling on that load that
///   fits every card into its window (a day whose SM-2 reviews alone reach the ceiling gets no
///   plan cards); within it, cards are placed as late as possible, the cards with the latest
///   first useful day (and, among equals, the weakest) nearest the interview. So no day carries
///   more than it must, and every answer is as late as still helps.
/// - On and after the interview day the plan is empty.
public struct InterviewPlan: Hashable, Sendable {
    /// One study day of the plan.
    public struct Day: Hashable, Sendable {
        /// The study day.
        public let day: Int
        /// SM-2 reviews due that day (today: due or overdue).
        public let due: Int
        /// The plan's cards for that day, by position, weakest first.
        public var cards: [Int]

        /// Everything to answer that day.
        public var load: Int { due + cards.count }
    }

    /// The days from today to the day before the interview.
    public let days: [Day]
    /// Not-ready cards that SM-2 brings back inside their window anyway.
    public let leftToSchedule: Int
    /// Not-ready cards with no day left to bring them back.
    public let outOfTime: Int

    /// The plan's cards for `day`, weakest first; empty for a day outside the plan.
    public func cards(on day: Int) -> [Int] { days.first { $0.day == day }?.cards ?? [] }

    /// The plan for `readiness`'s not-ready cards, with memory states from `memory`, SM-2 due
    /// days `dueDays` (by position, nil for a new card), and `answeredToday` the positions
    /// answered today.
    public init(readiness: Readiness, memory: MemoryReplay, dueDays: [Int?], answeredToday: Set<Int>) {
        let today = readiness.today
        let last = readiness.interviewDay - 1
        guard last >= today else {
            days = []
            leftToSchedule = 0
            outOfTime = 0
            return
        }
        var due = [Int](repeating: 0, count: last - today + 1)
        for dueDay in dueDays {
            guard let dueDay, dueDay <= last else { continue }
            due[max(0, dueDay - today)] += 1
        }

        // Each card's window.
        struct Pending { let position: Int; let first: Int; let order: Int }
        var pending: [Pending] = []
        var left = 0
        var outOfTime = 0
        for (order, card) in readiness.notReady.enumerated() {
            let opening = answeredToday.contains(card.position) ? today + 1 : today
            guard opening <= last else {
                outOfTime += 1
                continue
            }
            let first = Self.firstUsefulDay(
                state: memory.state(at: card.position), model: memory.model, from: opening, through: last,
                interviewDay: readiness.interviewDay, target: readiness.target)
            if let dueDay = dueDays[card.position], dueDay >= first, dueDay <= last {
                left += 1
                continue
            }
            pending.append(Pending(position: card.position, first: first, order: order))
        }
        // Latest first useful day first; among equals, the weakest (nearest the interview).
        pending.sort { $0.first != $1.first ? $0.first > $1.first : $0.order < $1.order }

        func place(ceiling: Int) -> [[Int]]? {
            var placed = [[Int]](repeating: [], count: due.count)
            var dayIndex = due.count - 1
            for card in pending {
                while dayIndex >= 0, due[dayIndex] + placed[dayIndex].count >= ceiling { dayIndex -= 1 }
                guard dayIndex >= 0, today + dayIndex >= card.first else { return nil }
                placed[dayIndex].append(card.position)
            }
            return placed
        }
        let maxDue = due.max() ?? 0
        var low = 1
        var high = maxDue + pending.count + 1
        var best = place(ceiling: high) ?? []
        while low < high {
            let middle = (low + high) / 2
            if let placed = place(ceiling: middle) {
                best = placed
                high = middle
            } else {
                low = middle + 1
            }
        }
        if let exact = place(ceiling: low) { best = exact }
        let weakness = Dictionary(uniqueKeysWithValues: pending.map { ($0.position, $0.order) })
        days = due.indices.map { index in
            let cards = index < best.count ? best[index].sorted { weakness[$0, default: 0] < weakness[$1, default: 0] } : []
            return Day(day: today + index, due: due[index], cards: cards)
        }
        leftToSchedule = left
        self.outOfTime = outOfTime
    }

    /// The first day in `from...through` on which a good answer leaves recall on `interviewDay`
    /// at or above `target`; `through` when none does.
    static func firstUsefulDay(
        state: MemoryState?, model: FSRS, from: Int, through: Int, interviewDay: Int, target: Double
    ) -> Int {
        func helps(_ day: Int) -> Bool {
            let after = state.map { model.nextState($0, .good, on: day) } ?? model.firstState(.good, on: day)
            return model.recall(after, onDay: interviewDay) >= target
        }
        guard helps(through) else { return through }
        var low = from
        var high = through
        while low < high {
            let middle = low + (high - low) / 2
            if helps(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
