import SM2

/// What a line of the review log records.
public enum EventKind: String, Hashable, Sendable, CaseIterable {
    /// The day's graded review of a due or new card; changes SM-2 state.
    case review
    /// A same-day repeat of a card graded below 4; never changes state.
    case drill
    /// An answer in cram mode; never changes state.
    case cram
    /// Takes back the latest answer not already taken back.
    case undo
    /// An action: the card leaves every queue until an `unsuspend`; its state stays as it is.
    case suspend
    /// An action: the card comes back (from a suspension, or from a bury of the same study day).
    case unsuspend
    /// An action: the card is left out of the rest of this study day's queues.
    case bury
    /// An action: the card starts again as new (n = 0, EF = 2.50, I = 0); its history stays.
    case forget

    /// Whether this kind is an answer (`review`, `drill`, `cram`): it has a grade and an answer
    /// time, and an `undo` can take it back.
    public var isAnswer: Bool {
        switch self {
        case .review, .drill, .cram: true
        case .undo, .suspend, .unsuspend, .bury, .forget: false
        }
    }

    /// Whether this kind is an action on a card (`suspend`, `unsuspend`, `bury`, `forget`):
    /// written with `-` as grade and answer time, never taken back by an `undo`.
    public var isAction: Bool {
        switch self {
        case .suspend, .unsuspend, .bury, .forget: true
        case .review, .drill, .cram, .undo: false
        }
    }
}

/// One line of the review log.
public struct LogEvent: Hashable, Sendable {
    // The stored properties are ordered so that the event packs into 64 bytes (a million of them
    // are held at once when the log is replayed).

    /// When the answer was given, in milliseconds since 1970-01-01T00:00:00Z.
    public let time: Int64
    /// The card the line is about, as written in the log.
    public let cardID: String
    /// The line number in the log file, 0 for an event not yet written.
    public let line: Int
    /// Milliseconds from the card being shown to the grade; nil for an undo or an action.
    public let answerMillis: Int?
    /// What the line records.
    public let kind: EventKind
    /// The grade; nil for an undo or an action.
    public let grade: Grade?

    public init(time: Int64, kind: EventKind, cardID: String, grade: Grade?, answerMillis: Int?, line: Int = 0) {
        self.time = time
        self.kind = kind
        self.cardID = cardID
        self.grade = grade
        self.answerMillis = answerMillis
        self.line = line
    }
}
