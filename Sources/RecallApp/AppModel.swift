import Deck
import ReviewLog
import Study
import TerminalUI

/// What the app starts on.
public enum AppStart: Hashable, Sendable {
    /// The home screen: today's counts and the phases.
    case home
    /// Today's review session.
    case review
    /// A cram of one phase (its exact name) in the given order.
    case cram(phase: String, order: CramOrder)
}

/// The screen under any overlay.
public enum AppScreen: Hashable, Sendable {
    /// Today's counts and the phases.
    case home
    /// A card, front or revealed.
    case session
    /// The figures of the session just ended.
    case summary
    /// The stats page, scrolled down by `scroll` lines.
    case stats(scroll: Int)
    /// The card browser (`model.browser`).
    case browser
}

/// A box drawn over the screen; it takes the next key.
public enum AppOverlay: Hashable, Sendable {
    /// The list of keys.
    case help
    /// The phase picker of the home screen, with the selected row.
    case phasePicker(selected: Int)
    /// The note shown by `s` when no stats are available.
    case statsUnavailable
    /// Card info, over the browser or over a card in review.
    case cardInfo(CardInfo)
}

/// A one-line message above the footer until the next key.
public enum Banner: Hashable, Sendable {
    /// Something went wrong (an answer was not saved); drawn in reverse video.
    case error(String)
    /// A hint (`Press Space to reveal the answer first`); drawn dim.
    case hint(String)

    /// The banner's text.
    public var text: String {
        switch self {
        case .error(let text), .hint(let text): text
        }
    }
}

/// The whole state of the interactive app, as a value. `App.update` changes it, `App.view` draws it.
public struct AppModel: Sendable {
    /// The decks as last loaded.
    public internal(set) var library: DeckLibrary
    /// The log replayed against `library`.
    public internal(set) var replay: Replay
    /// The daily limits for new cards and reviews.
    public let limits: DailyLimits
    /// Today's counts and the phases, from `library` and `replay`.
    public internal(set) var home: HomeFigures
    /// The screen shown.
    public internal(set) var screen: AppScreen
    /// A box over the screen, if any.
    public internal(set) var overlay: AppOverlay?
    /// A message above the footer, if any.
    public internal(set) var banner: Banner?
    /// The session running or just ended, if any.
    public internal(set) var run: SessionRun?
    /// Whether the app began on the home screen (the summary then leads back to it).
    public let startedAtHome: Bool
    /// What the log says, worked out by the runtime (it needs every answer) and handed in at
    /// the start and with each `.reloaded` snapshot; without it `s` shows a note.
    public internal(set) var stats: StudyStats?
    /// Readiness for the interview and its plan, worked out by the runtime when a date is set
    /// and handed in with each snapshot; a review then asks today's plan cards after the due ones.
    public internal(set) var interviewOutlook: InterviewOutlook?
    /// Every card's memory state (FSRS-6), handed in by the runtime with the stats: the browser
    /// and card info show each card's predicted recall today from it.
    public internal(set) var memory: MemoryReplay?
    /// The screen's size as last reported, which paging the stats needs.
    public internal(set) var size = Size(width: 80, height: 24)
    /// The first row of the card shown, when the card is taller than its area (j/k, the
    /// arrows, PgUp/PgDn); back to 0 for each new card.
    public internal(set) var cardScroll = 0
    /// The first phase row shown on the home screen (j/k, the arrows, PgUp/PgDn, Home/End).
    public internal(set) var homeScroll = 0
    /// Every key binding: what keys do, and what the footers and the help say.
    public let keymap: Keymap
    /// The card browser, once opened with `b` (kept, with its search, while the app runs).
    public internal(set) var browser: CardBrowser?
    /// Where the decks were looked for, to say so when none was found.
    public let decksFolder: String?

    /// The note when no deck file was found: where recall looked and how to add one; nil when
    /// there is a deck (even one without cards).
    public var noDecksText: String? {
        guard library.decks.isEmpty else { return nil }
        let place = decksFolder.map { " in \($0)" } ?? ""
        return "No deck found\(place). Add a Markdown file there (a # title, ## phases, `- question :: answer` lines; see README), or pass --decks PATH."
    }

    /// The app on `start`, at `instant` (when the first card is shown, for its answer time).
    /// A review with nothing to do starts on the summary with the "Nothing due today" note.
    public init(
        library: DeckLibrary, replay: Replay, limits: DailyLimits = DailyLimits(), start: AppStart,
        at instant: AppInstant, stats: StudyStats? = nil, gradeKeys: GradeKeys = .zeroToFive,
        decksFolder: String? = nil, notice: String? = nil, restartCram: Bool = false,
        interviewOutlook: InterviewOutlook? = nil, memory: MemoryReplay? = nil
    ) {
        self.banner = notice.map { .hint($0) }
        self.keymap = .standard(gradeKeys: gradeKeys)
        self.decksFolder = decksFolder
        self.interviewOutlook = interviewOutlook
        self.memory = memory
        self.library = library
        self.replay = replay
        self.limits = limits
        self.home = HomeFigures(library: library, replay: replay, limits: limits)
        self.stats = stats
        self.screen = .home
        self.startedAtHome = start == .home
        switch start {
        case .home:
            break
        case .review:
            let run = SessionRun.review(
                library: library, replay: replay, limits: limits, at: instant, outlook: interviewOutlook)
            self.run = run
            screen = run.session.isFinished ? .summary : .session
        case .cram(let phase, let order):
            let run = SessionRun.cram(
                library: library, replay: replay, phase: phase, order: order, at: instant, restart: restartCram)
            self.run = run
            screen = run.session.isFinished ? .summary : .session
        }
    }
}

/// Which session to plan: today's review, or a cram of one phase.
public enum SessionPlan: Hashable, Sendable {
    /// Today's review within the daily limits.
    case review
    /// Every card of `phase`, in `order`.
    case cram(phase: String, order: CramOrder)
}

/// A review or cram session as the screen shows it: the session, the state it is in (see
/// `SessionState`), and the figures carried over a reload of the decks.
public struct SessionRun: Sendable {
    /// The queue and its answers.
    public internal(set) var session: StudySession
    /// Where the session stands: nothing to do, a card asked or revealed, an answer being
    /// saved, finished, or left.
    public internal(set) var state: SessionState
    /// Figures of the session before the decks were reloaded (an edit starts a new session value).
    public internal(set) var carried: SessionFigures
    /// New cards the next day's review would introduce (for the "Nothing due" note).
    public let newTomorrow: Int
    /// What the session was planned as, so it can be planned again from a fresh log.
    public let plan: SessionPlan
    /// Whether a cram was started over rather than resumed (`--restart`).
    public let restarted: Bool
    /// Cards a resumed cram left out: already graded 4 or 5 in today's cram of the phase.
    public let doneEarlier: Int

    /// Whether the current card's back is shown.
    public var revealed: Bool { state.isRevealed }

    /// Whether the queue was empty from the start (nothing to do today).
    public var wasEmpty: Bool {
        if case .nothingToDo = state { return true }
        return false
    }

    /// Whether every card was answered (rather than the user leaving early).
    public var completed: Bool {
        if case .finished = state { return true }
        return false
    }

    /// The crammed phase, nil for a review.
    public var cramPhase: String? {
        if case .cram(let phase, _) = plan { return phase }
        return nil
    }

    /// The session `plan` gives over `library` and `replay`, with `first` (if queued) asked first;
    /// a cram resumes today's unless `restart`.
    public static func planned(
        _ plan: SessionPlan, library: DeckLibrary, replay: Replay, limits: DailyLimits, at instant: AppInstant,
        first: CardID? = nil, restart: Bool = false, outlook: InterviewOutlook? = nil
    ) -> SessionRun {
        switch plan {
        case .review: review(library: library, replay: replay, limits: limits, at: instant, first: first, outlook: outlook)
        case .cram(let phase, let order):
            cram(library: library, replay: replay, phase: phase, order: order, at: instant, first: first, restart: restart)
        }
    }

    /// `items` with the item of `first` moved to the front, if it is there.
    private static func putting(_ first: CardID?, atFrontOf items: [QueueItem]) -> [QueueItem] {
        guard let first, let index = items.firstIndex(where: { $0.cardID == first }) else { return items }
        var reordered = items
        reordered.insert(reordered.remove(at: index), at: 0)
        return reordered
    }

    /// Today's review over `library`; with `outlook`, today's plan cards come after the due ones.
    public static func review(
        library: DeckLibrary, replay: Replay, limits: DailyLimits, at instant: AppInstant, first: CardID? = nil,
        outlook: InterviewOutlook? = nil
    ) -> SessionRun {
        let queue = DailyQueue(library: library, replay: replay, limits: limits)
        let planned = outlook?.todaysItems(library: library, replay: replay, after: queue.items) ?? []
        let session = StudySession(
            library: library, replay: replay, queue: putting(first, atFrontOf: queue.items + planned), mode: .review)
        let remainingNew = queue.newTotal - queue.newCount
        return SessionRun(
            session: session,
            state: queue.items.isEmpty && planned.isEmpty ? .nothingToDo : .asking(shownAt: instant.monotonicMillis),
            carried: SessionFigures(), newTomorrow: min(limits.newPerDay, max(0, remainingNew)), plan: .review,
            restarted: false, doneEarlier: 0)
    }

    /// A cram of `phase` over `library`: it resumes today's (cards already graded 4 or 5 in a
    /// cram of the phase today stay done) unless `restart`.
    public static func cram(
        library: DeckLibrary, replay: Replay, phase: String, order: CramOrder, at instant: AppInstant,
        first: CardID? = nil, restart: Bool = false
    ) -> SessionRun {
        let queue = CramQueue(library: library, replay: replay, phase: phase, order: order, restart: restart)
        let session = StudySession(
            library: library, replay: replay, queue: putting(first, atFrontOf: queue.items), mode: .cram(phase: phase))
        return SessionRun(
            session: session, state: queue.items.isEmpty ? .nothingToDo : .asking(shownAt: instant.monotonicMillis),
            carried: SessionFigures(), newTomorrow: 0, plan: .cram(phase: phase, order: order), restarted: restart,
            doneEarlier: queue.doneToday)
    }

    /// The figures for the summary: this session value's and those carried from before a reload.
    public var figures: SessionFigures {
        carried.adding(session.summary)
    }
}

/// The summary's figures.
public struct SessionFigures: Hashable, Sendable {
    /// Answers given (repeats included).
    public var answers: Int = 0
    /// Different cards answered.
    public var cards: Int = 0
    /// Answers graded 3 or more.
    public var passed: Int = 0
    /// The sum of the answer times.
    public var timeSpentMillis: Int = 0
    /// Cards due by tomorrow.
    public var dueTomorrow: Int = 0

    /// No answers yet.
    public init() {}

    /// These figures plus a session's summary (whose `dueTomorrow` replaces this one's).
    public func adding(_ summary: SessionSummary) -> SessionFigures {
        var sum = self
        sum.answers += summary.answerCount
        sum.cards += summary.cardsAnswered
        sum.passed += summary.passedCount
        sum.timeSpentMillis += summary.timeSpentMillis
        sum.dueTomorrow = summary.dueTomorrow
        return sum
    }

    /// These figures without `answer`, which was taken back. Undo goes newest first, so a
    /// review taken back was its card's last answer left in the session (its drills came after
    /// it): the card no longer counts. A cram answer may have had earlier ones: the card stays.
    public func removing(_ answer: LogEvent) -> SessionFigures {
        var less = self
        less.answers = max(0, answers - 1)
        if answer.kind == .review { less.cards = max(0, cards - 1) }
        if answer.grade?.isPass == true { less.passed = max(0, passed - 1) }
        less.timeSpentMillis = max(0, timeSpentMillis - (answer.answerMillis ?? 0))
        return less
    }

    /// The share of answers graded 3 or more, 0 to 1.
    public var passShare: Double { answers == 0 ? 0 : Double(passed) / Double(answers) }
}
