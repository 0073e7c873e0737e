/// A problem in the maths of a card's text. The text is still drawn: the piece in question is
/// shown as written.
public struct MathDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Hashable, Sendable {
        /// A command Recall does not know, such as `\foo`; shown as written.
        case unknownCommand(String)
        /// A `{` without its `}`, or a `}` without its `{`.
        case unbalancedBrace
        /// A `$`, `$$`, `\(` or `\[` that is never closed; the text is shown as written.
        case unclosedMaths(String)
        /// A `\left` without `\right`, or the other way round.
        case unbalancedLeftRight
        /// A `\begin{…}` without its `\end`, an `\end` without its `\begin`, or an unknown environment.
        case environment(String)
        /// Groups nested more deeply than the layout follows; the inner part is shown as written.
        case nestedTooDeeply
    }

    /// What is wrong.
    public let problem: Problem
    /// Where, in Unicode scalars from the start of the text (0-based).
    public let offset: Int

    /// A diagnostic at `offset`.
    public init(_ problem: Problem, at offset: Int) {
        self.problem = problem
        self.offset = offset
    }

    /// The problem in words, without the place.
    public var message: String {
        switch problem {
        case .unknownCommand(let name): "unknown command \(name), shown as written"
        case .unbalancedBrace: "unbalanced brace"
        case .unclosedMaths(let opener): "\(opener) is never closed; the text is shown as written (write \\$ for a dollar sign)"
        case .unbalancedLeftRight: "\\left and \\right do not pair up"
        case .environment(let detail): detail
        case .nestedTooDeeply: "maths nested too deeply; the inner part is shown as written"
        }
    }

    /// `message at character N`.
    public var description: String { "\(message) (at character \(offset + 1))" }
}
