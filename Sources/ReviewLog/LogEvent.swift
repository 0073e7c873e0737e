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
    // Stored in 40 bytes (a million of them are held at once when the log is read whole): the
    // line number in 32 bits, the grade and kind in a byte each, no answer time as `Int64.min`.

    /// When the answer was given, in milliseconds since 1970-01-01T00:00:00Z.
    public let time: Int64
    /// The card the line is about, as written in the log.
    public let cardID: String
    private let storedMillis: Int64
    private let storedLine: Int32
    private let storedKind: UInt8
    private let storedGrade: UInt8

    /// The line number in the log file, 0 for an event not yet written.
    public var line: Int { Int(storedLine) }
    /// Milliseconds from the card being shown to the grade; nil for an undo or an action.
    public var answerMillis: Int? { storedMillis == Int64.min ? nil : Int(storedMillis) }
    /// What the line records.
    public var kind: EventKind { EventKind(byteCode: storedKind) ?? .undo }
    /// The grade; nil for an undo or an action.
    public var grade: Grade? { storedGrade == UInt8.max ? nil : Grade(Int(storedGrade)) }

    public init(time: Int64, kind: EventKind, cardID: String, grade: Grade?, answerMillis: Int?, line: Int = 0) {
        self.time = time
        self.cardID = cardID
        storedMillis = answerMillis.map { Int64(clamping: max($0, Int(Int64.min) + 1)) } ?? Int64.min
        storedLine = Int32(clamping: line)
        storedKind = kind.byteCode
        storedGrade = grade.map { UInt8($0.value) } ?? UInt8.max
    }
}

extension EventKind {
    /// The kind as one byte: how an event stores it, and how the snapshot files write it.
    public var byteCode: UInt8 {
        switch self {
        case .review: 0
        case .drill: 1
        case .cram: 2
        case .undo: 3
        case .suspend: 4
        case .unsuspend: 5
        case .bury: 6
        case .forget: 7
        }
    }

    /// The kind whose `byteCode` is `code`; nil for a code no kind has.
    public init?(byteCode code: UInt8) {
        switch code {
        case 0: self = .review
        case 1: self = .drill
        case 2: self = .cram
        case 3: self = .undo
        case 4: self = .suspend
        case 5: self = .unsuspend
        case 6: self = .bury
        case 7: self = .forget
        default: return nil
        }
    }
}
