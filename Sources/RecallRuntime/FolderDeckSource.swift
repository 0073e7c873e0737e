import Deck

/// The deck files of a folder on disk.
public final class FolderDeckSource: DeckSource {
    /// The folder.
    public let path: String

    /// The decks of the folder at `path`.
    public init(path: String) {
        self.path = path
    }

    /// Loads every deck of the folder.
    public func load() throws(RuntimeFailure) -> DeckLibrary {
        do {
            return try DeckFolder(path: path).load()
        } catch {
            throw RuntimeFailure("\(error)")
        }
    }
}
