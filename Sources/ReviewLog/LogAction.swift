/// An action line of the log (`suspend`, `unsuspend`, `bury` or `forget`), with its place among
/// the answers, so that a replay can apply it between the right two answers.
public struct LogAction: Hashable, Sendable {
    /// The action as the log has it; its grade and answer time are nil.
    public let event: LogEvent
    /// How many of `LogContents.answers` come before it in log order (answers taken back later
    /// by an `undo` do not count).
    public var answersBefore: Int

    /// The action `event`, coming after the first `answersBefore` answers.
    public init(event: LogEvent, answersBefore: Int) {
        self.event = event
        self.answersBefore = answersBefore
    }
}
