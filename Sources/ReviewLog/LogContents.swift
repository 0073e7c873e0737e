/// What a review log holds once read: the answers that stand, the lines that were skipped, and
/// a few facts about the file itself.
public struct LogContents: Hashable, Sendable {
    /// The `review`, `drill` and `cram` events in file order, minus those taken back by an `undo`.
    /// Each event's `line` is its line number in the file.
    public var answers: [LogEvent]
    /// The actions (`suspend`, `unsuspend`, `bury`, `forget`) in file order, each with its place
    /// among `answers`. An `undo` never takes one back.
    public var actions: [LogAction] = []
    /// Every line that was skipped, with why, in file order.
    public var problems: [LogProblem]
    /// The number of lines read as events: every answer (kept or undone), every accepted undo and
    /// every action.
    public var eventCount: Int
    /// The number of answers taken back by an accepted `undo` (equal to the number of those undos).
    public var undoneCount: Int
    /// The number of lines in the file, counting a last line without a newline.
    public var lineCount: Int
    /// Whether the first line is exactly the header `# recall review log v1`.
    public var hasHeader: Bool
    /// Whether the file is empty or ends in a newline; when not, the next append starts a new line first.
    public var endsWithNewline: Bool
    /// Every distinct card ID the reader met, each once, in order of first appearance. Filled by
    /// `LogReader`; empty for contents built by hand.
    public var distinctCardIDs: [String] = []
    /// For each of `answers`, the place of its card ID in `distinctCardIDs`, so that a replay can
    /// look each distinct ID up once instead of once per event. Filled by `LogReader`; empty for
    /// contents built by hand (and then not to be used).
    public var answerCardNumbers: [Int32] = []

    /// Whether `answerCardNumbers` and `distinctCardIDs` describe `answers`.
    public var hasCardNumbers: Bool { answerCardNumbers.count == answers.count && !distinctCardIDs.isEmpty }

    /// Contents as given; an empty log by default.
    public init(
        answers: [LogEvent] = [], problems: [LogProblem] = [], eventCount: Int = 0, undoneCount: Int = 0,
        lineCount: Int = 0, hasHeader: Bool = false, endsWithNewline: Bool = true
    ) {
        self.answers = answers
        self.problems = problems
        self.eventCount = eventCount
        self.undoneCount = undoneCount
        self.lineCount = lineCount
        self.hasHeader = hasHeader
        self.endsWithNewline = endsWithNewline
    }
}
