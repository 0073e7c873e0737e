import Deck
import RecallRuntime

/// Deck files kept in memory, by file name, parsed as the folder's would be.
public final class InMemoryDecks: DeckSource {
    /// Each deck file's text, by file name.
    public var files: [String: String]
    /// While set, `load` fails with this reason.
    public var failure: String?
    /// Where the decks pretend to be.
    public let path: String

    /// Decks made of `files`.
    public init(path: String = "Decks", files: [String: String]) {
        self.path = path
        self.files = files
    }

    /// Parses every file, in name order.
    public func load() throws(RuntimeFailure) -> DeckLibrary {
        if let failure { throw RuntimeFailure(failure) }
        return DeckLibrary(parsed: files.keys.sorted().map { DeckParser.parse(files[$0] ?? "", file: $0) })
    }
}
