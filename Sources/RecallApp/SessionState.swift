import Study

/// The states a review or cram session can be in. Exactly one holds at a time, so no mix of
/// flags can say two things at once (a card both revealed and finished).
public enum SessionState: Sendable {
    /// The queue was empty from the start: the summary says nothing is due, and `u` may still
    /// take back an answer the log has from earlier today.
    case nothingToDo
    /// The current card's front is shown, since `shownAt` (monotonic milliseconds).
    case asking(shownAt: Int64)
    /// The current card's back is shown too; the card was first shown at `shownAt`.
    case revealed(shownAt: Int64)
    /// An answer or an undo waits for the disk. `before` is the session to put back if it
    /// cannot be saved; the next card counts from `shownAt`.
    case saving(before: StudySession, shownAt: Int64)
    /// Every card was answered; the session stays open on the summary, so its last answer can
    /// still be undone.
    case finished
    /// The user ended the session before the last card.
    case left

    /// Whether the current card's back is shown.
    public var isRevealed: Bool {
        if case .revealed = self { return true }
        return false
    }

    /// When the current card was shown (monotonic milliseconds), while a card is shown.
    public var shownAt: Int64? {
        switch self {
        case .asking(let shownAt), .revealed(let shownAt), .saving(_, let shownAt): shownAt
        case .nothingToDo, .finished, .left: nil
        }
    }
}
