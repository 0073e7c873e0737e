/// A problem found while loading decks, reported as `file:line: error: message`.
/// Errors make `recall check` fail; warnings do not. Neither stops other cards from loading.
public struct DeckDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable {
        case warning
        case error
    }

    /// Whether the problem is an error or a warning.
    public let severity: Severity
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong, in words a user can act on.
    public let message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
