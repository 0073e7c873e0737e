/// Why the runtime could not do something, in words a user can act on
/// (`the review log reviews.log is in use by another recall session; finish that one first`).
public struct RuntimeFailure: Error, CustomStringConvertible, Sendable {
    /// The message, one line.
    public let message: String

    /// A failure saying `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
