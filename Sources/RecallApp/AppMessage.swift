import Deck
import ReviewLog
import Study
import TerminalUI

/// A moment as the runtime read it: the wall clock for the log's time, the monotonic clock for
/// answer times. The model never reads a clock; every message that needs the time carries one.
public struct AppInstant: Hashable, Sendable {
    /// Milliseconds since 1970-01-01T00:00:00Z (what the log records).
    public var wallMillis: Int64
    /// Milliseconds on a clock that never jumps (what answer times are measured on).
    public var monotonicMillis: Int64

    /// An instant read from both clocks.
    public init(wallMillis: Int64, monotonicMillis: Int64) {
        self.wallMillis = wallMillis
        self.monotonicMillis = monotonicMillis
    }
}

/// The decks and the log as the runtime (re)loaded them.
public struct LibrarySnapshot: Sendable {
    /// Every card.
    public var library: DeckLibrary
    /// The log replayed against `library`, as of today.
    public var replay: Replay
    /// The stats page's figures from the same decks and log, when the runtime worked them out.
    public var stats: StudyStats?
    /// Readiness for the interview and its plan, when a date is set.
    public var interviewOutlook: InterviewOutlook?
    /// Every card's memory state (FSRS-6), for the browser's and card info's predicted recall,
    /// when the runtime worked it out.
    public var memory: MemoryReplay?

    /// A snapshot of `library` and its `replay` (and the `stats` they give).
    public init(library: DeckLibrary, replay: Replay, stats: StudyStats? = nil) {
        self.library = library
        self.replay = replay
        self.stats = stats
    }
}

/// Everything that can happen to the app: keys, resizes, and the outcome of effects.
public enum AppMessage: Sendable {
    /// A key was pressed at `at`.
    case key(Key, at: AppInstant)
    /// The terminal has a new size.
    case resize(Size)
    /// The latest `append` effect reached the disk.
    case saved
    /// The latest `append` effect failed; `reason` says why (`cannot write to …: No space left…`).
    case saveFailed(reason: String)
    /// `beginSession` failed (the log is in use, or cannot be opened); the session does not start.
    case sessionRefused(reason: String)
    /// `beginSession` took the lock and read the decks and the log again: the session is planned
    /// anew from them, so answers another session gave meanwhile are not asked again.
    case sessionBegan(LibrarySnapshot, at: AppInstant)
    /// `undoEarlierAnswer` took back `answer`, the log's latest, and read the log again: the
    /// session asks that card first.
    case earlierAnswerUndone(LibrarySnapshot, answer: LogEvent, at: AppInstant)
    /// `undoEarlierAnswer` found nothing this session may take back.
    case nothingToUndo
    /// The decks and the log were read again (after an edit, or when a session ended).
    case reloaded(LibrarySnapshot, at: AppInstant)
    /// Reading the decks or the log again failed; what is on screen stays as it was.
    case reloadFailed(reason: String)
    /// The editor could not start or failed (`reason`); the decks were read again anyway.
    case editorFailed(reason: String)
    /// `applyAction` could not write its line (the log is in use, or not writable).
    case actionFailed(reason: String)
    /// `loadCardInfo` read the card's history from the log.
    case cardInfoLoaded(position: Int, timeline: CardTimeline)
    /// The stats page's figures and every card's memory state, worked out after the first frame
    /// (which needed neither).
    case figuresLoaded(stats: StudyStats, memory: MemoryReplay)
}

/// What the runtime must do after an update, in order, before it draws the next frame.
public enum AppEffect: Hashable, Sendable {
    /// Append the event to the log and sync it; answer with `.saved` or `.saveFailed`.
    case append(LogEvent)
    /// A session starts: take the log's lock, open it for appending, read the decks and the log
    /// again and answer with `.sessionBegan`, or with `.sessionRefused` on failure.
    case beginSession
    /// The session is over: release the lock, read the decks and the log again and answer
    /// with `.reloaded` (or `.reloadFailed`).
    case endSession
    /// The session has no answer of its own to undo (it was restarted, or the decks were
    /// reloaded): take back the log's latest answer if it was given today in this kind of
    /// session (a cram answer for a cram, a review or drill for a review), then read the log
    /// again and answer with `.earlierAnswerUndone`, `.nothingToUndo`, `.saveFailed` or
    /// `.reloadFailed`. `cramPhase` is the crammed phase, nil in a review.
    case undoEarlierAnswer(cramPhase: String?)
    /// Give the terminal to `$EDITOR` at `line` of `file`, then reload and answer with
    /// `.reloaded` (or `.reloadFailed`).
    case openEditor(file: String, line: Int)
    /// Leave the program.
    case quit
    /// Append an action (suspend, unsuspend, forget) from the browser or card info: take the
    /// log's lock unless a session holds it, append, let the lock go, then read the decks and the
    /// log again and answer with `.reloaded`, or `.actionFailed` saying why.
    case applyAction(LogEvent)
    /// Read the log and answer with `.cardInfoLoaded` for the card at `position` (`cardID`).
    case loadCardInfo(position: Int, cardID: String)
}
