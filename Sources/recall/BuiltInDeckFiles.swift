import BuiltInDecks
import Deck
import Settings

/// The built-in decks as a library, named `built-in/FILE` in messages.
enum BuiltInDeckFiles {
    /// The folder name messages give the built-in decks' files.
    static let folderLabel = "built-in"

    /// The built-in decks, parsed.
    static func library() -> DeckLibrary {
        DeckLibrary(parsed: BuiltInDecks.files.map { DeckParser.parse($0.bytes, file: folderLabel + "/" + $0.name) })
    }

    /// What `e` says on a built-in deck's card.
    static let notEditable = "built-in decks cannot be edited: run 'recall init' first"
}

extension DecksChoice {
    /// Loads the folder's decks, or parses the built-in ones.
    func load() throws(DeckLoadError) -> DeckLibrary {
        switch self {
        case .folder(let path): try DeckFolder(path: path).load()
        case .builtIn: BuiltInDeckFiles.library()
        }
    }
}
