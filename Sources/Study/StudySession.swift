import Deck
import ReviewLog
import SM2

/// What a session is for.
public enum SessionMode: Hashable, Sendable {
    /// The daily review: answers are logged as `review` (or `drill`) and change schedules.
    case review
    /// Cramming one phase: answers are logged as `cram` and never change a schedule.
    case cram(phase: String)
}

/// A running review or cram session, as a plain value the UI drives.
///
/// The session knows nothing of revealing: the UI shows the front, reveals the back and
/// then calls `answer`. Every answer returns the log event to append. A grade below 4 brings
/// the card back `drillGap` cards later (at the end when fewer remain) until it gets 4 or 5:
/// as a drill in review mode, as a cram card in cram mode. `undo` takes back the latest answer
/// and restores the session exactly as it was before it.
public struct StudySession: Sendable {
    /// Whether this is the daily review or a cram.
    public let mode: SessionMode
    /// The study day the session runs on; every review is scheduled from it.
    public let today: Int
    /// How many other cards come before a card graded below 4 is asked again.
    public let drillGap: Int

    private let library: DeckLibrary
    private let replay: Replay
    /// Cards due by tomorrow in the replayed schedules, before this session's answers.
    private let replayDueTomorrow: Int
    private var state: State
    private var undoStack: [UndoStep] = []

    /// What `undo` puts back: the state before an answer, or before a card was set aside (then
    /// with the action that set it aside, which an `unsuspend` reverses).
    private struct UndoStep: Sendable {
        var state: State
        var action: LogEvent?
    }

    /// Everything an answer changes, so that undo can put it back as it was.
    private struct State: Hashable, Sendable {
        var upcoming: [QueueItem]
        var changedSchedules: [Int: CardSchedule] = [:]
        var answers: [LogEvent] = []
        var answeredPositions: Set<Int> = []
    }

    /// A session over `queue` (from `DailyQueue` or `CramQueue` for the same library and replay).
    /// Items whose position is not in the library are left out.
    public init(
        library: DeckLibrary, replay: Replay, queue: [QueueItem], mode: SessionMode, drillGap: Int = 3
    ) {
        self.library = library
        self.replay = replay
        self.mode = mode
        self.today = replay.today
        self.drillGap = max(0, drillGap)
        let tomorrow = replay.today + 1
        replayDueTomorrow = replay.cards.reduce(0) { count, history in
            count + (history.schedule.dueDay.map { $0 <= tomorrow } == true ? 1 : 0)
        }
        state = State(upcoming: queue.filter { library.cards.indices.contains($0.position) })
    }

    /// The card to ask now, nil when the session is finished.
    public var current: SessionCard? {
        guard let item = state.upcoming.first else { return nil }
        let schedule = schedule(at: item.position)
        let changesSchedule = mode == .review && item.reason != .drill && item.reason != .cram
        return SessionCard(
            item: item, card: library.cards[item.position], schedule: schedule,
            preview: changesSchedule ? GradePreview(for: schedule, on: today) : nil)
    }

    /// The queue still to go, the current card first.
    public var upcoming: [QueueItem] { state.upcoming }

    /// Whether every card has been answered well enough.
    public var isFinished: Bool { state.upcoming.isEmpty }

    /// The answers given in this session and not undone, oldest first.
    public var answers: [LogEvent] { state.answers }

    /// Whether there is an answer to undo.
    public var canUndo: Bool { !undoStack.isEmpty }

    /// The schedule of the card at `position`, including this session's reviews.
    public func schedule(at position: Int) -> CardSchedule {
        state.changedSchedules[position] ?? replay.cards[position].schedule
    }

    /// Grades the current card and moves on. Returns the event to append to the log:
    /// `review` for a due or new card, `drill` for a drill, `cram` in cram mode; nil when the
    /// session is finished. A review changes the card's schedule (from `today`).
    public mutating func answer(_ grade: Grade, at time: Int64, answerMillis: Int) -> LogEvent? {
        guard let item = state.upcoming.first else { return nil }
        undoStack.append(UndoStep(state: state))
        state.upcoming.removeFirst()
        var becameSuspendedLeech = false

        let kind: EventKind
        var repeatItem = item
        switch mode {
        case .cram:
            kind = .cram
        case .review:
            if item.reason == .drill {
                kind = .drill
            } else if item.reason == .cram {
                // A card the interview plan brings back: logged as cram, the schedule stays.
                kind = .cram
            } else {
                kind = .review
                let before = schedule(at: item.position)
                let next = before.reviewed(grade, on: today)
                state.changedSchedules[item.position] = next
                becameSuspendedLeech = replay.leechPolicy == .suspend && next.lapses > before.lapses
                    && next.lapses >= LeechPolicy.leechLapses
                repeatItem = item.with(reason: .drill, dueDay: next.dueDay)
            }
        }
        // A card that has just become a leech while leeches are suspended is not asked again.
        if grade.needsDrill, !becameSuspendedLeech {
            state.upcoming.insert(repeatItem, at: min(drillGap, state.upcoming.count))
        }
        let event = LogEvent(
            time: time, kind: kind, cardID: item.cardID.rawValue, grade: grade, answerMillis: answerMillis)
        state.answers.append(event)
        state.answeredPositions.insert(item.position)
        return event
    }

    /// Takes back the latest answer or action: the session is as it was before it, and that card
    /// is current again. Returns the event to append: an `undo` for an answer, an `unsuspend` for
    /// a card that was buried or suspended (an `undo` never takes an action back); nil when there
    /// is nothing to undo.
    public mutating func undo(at time: Int64) -> LogEvent? {
        guard let previous = undoStack.last else { return nil }
        if let action = previous.action {
            undoStack.removeLast()
            state = previous.state
            return LogEvent(time: time, kind: .unsuspend, cardID: action.cardID, grade: nil, answerMillis: nil)
        }
        guard let undone = state.answers.last else { return nil }
        undoStack.removeLast()
        state = previous.state
        return LogEvent(time: time, kind: .undo, cardID: undone.cardID, grade: nil, answerMillis: nil)
    }

    /// Whether the latest step `undo` would take back is an action (a bury or a suspension).
    public var lastStepIsAction: Bool { undoStack.last?.action != nil }

    /// Sets the current card aside with `kind` (`.bury` or `.suspend`): it and its repeats leave
    /// the session. Returns the action to append, nil when the session is finished or `kind` is
    /// not one of the two.
    public mutating func setAside(_ kind: EventKind, at time: Int64) -> LogEvent? {
        guard kind == .bury || kind == .suspend, let item = state.upcoming.first else { return nil }
        let event = LogEvent(time: time, kind: kind, cardID: item.cardID.rawValue, grade: nil, answerMillis: nil)
        undoStack.append(UndoStep(state: state, action: event))
        state.upcoming.removeAll { $0.position == item.position }
        return event
    }

    /// Answers given, cards still to ask, and their sum.
    public var progress: SessionProgress {
        SessionProgress(answered: state.answers.count, remaining: state.upcoming.count)
    }

    /// The figures shown when the session ends.
    public var summary: SessionSummary {
        let tomorrow = today + 1
        var dueTomorrow = replayDueTomorrow
        for (position, schedule) in state.changedSchedules {
            if replay.cards[position].schedule.dueDay.map({ $0 <= tomorrow }) == true { dueTomorrow -= 1 }
            if schedule.dueDay.map({ $0 <= tomorrow }) == true { dueTomorrow += 1 }
        }
        return SessionSummary(
            answerCount: state.answers.count,
            cardsAnswered: state.answeredPositions.count,
            passedCount: state.answers.count { ($0.grade?.value ?? 0) >= 3 },
            timeSpentMillis: state.answers.reduce(0) { $0 + ($1.answerMillis ?? 0) },
            dueTomorrow: dueTomorrow)
    }
}

/// The card a session asks now.
public struct SessionCard: Hashable, Sendable {
    /// Its place in the queue and why it is asked.
    public let item: QueueItem
    /// The card itself: front, back, breadcrumb.
    public let card: Card
    /// Its schedule as it stands, including this session's reviews.
    public let schedule: CardSchedule
    /// What each grade would do; nil when the answer leaves the schedule as it is
    /// (a drill, or any answer in cram mode).
    public let preview: GradePreview?

    /// Whether answering changes the card's schedule (a due or new card in review mode).
    public var changesSchedule: Bool { preview != nil }
}

/// How far a session has got.
public struct SessionProgress: Hashable, Sendable {
    /// Answers given so far (drills and repeats included).
    public let answered: Int
    /// Cards still to ask, the current one included.
    public let remaining: Int
    /// `answered + remaining`; grows when a card comes back.
    public var total: Int { answered + remaining }

    /// Progress with `answered` answers given and `remaining` cards to go.
    public init(answered: Int, remaining: Int) {
        self.answered = answered
        self.remaining = remaining
    }
}

/// What a session did, shown at its end.
public struct SessionSummary: Hashable, Sendable {
    /// Answers given (drills and repeats included).
    public let answerCount: Int
    /// Different cards answered.
    public let cardsAnswered: Int
    /// Answers graded 3 or more.
    public let passedCount: Int
    /// The sum of the answer times, in milliseconds.
    public let timeSpentMillis: Int
    /// Cards of the whole library due by tomorrow (today + 1) after this session; new cards
    /// are not counted.
    public let dueTomorrow: Int

    /// A summary with these figures.
    public init(answerCount: Int, cardsAnswered: Int, passedCount: Int, timeSpentMillis: Int, dueTomorrow: Int) {
        self.answerCount = answerCount
        self.cardsAnswered = cardsAnswered
        self.passedCount = passedCount
        self.timeSpentMillis = timeSpentMillis
        self.dueTomorrow = dueTomorrow
    }

    /// The share of answers graded 3 or more, from 0 to 1 (0 when nothing was answered).
    public var passShare: Double {
        answerCount == 0 ? 0 : Double(passedCount) / Double(answerCount)
    }
}
