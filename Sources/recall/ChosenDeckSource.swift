import Deck
import RecallRuntime
import Settings

/// The decks in use as the runtime's deck port: a folder on disk, or the built-in decks.
final class ChosenDeckSource: DeckSource {
    private let choice: DecksChoice

    init(_ choice: DecksChoice) {
        self.choice = choice
    }

    /// The folder, or "built-in decks".
    var path: String { choice.description }

    /// Loads the folder's decks, or parses the built-in ones.
    func load() throws(RuntimeFailure) -> DeckLibrary {
        do {
            return try choice.load()
        } catch {
            throw RuntimeFailure("\(error)")
        }
    }
}

/// The editor port for the built-in decks: they live in the binary, so there is no file to
/// edit; the card says how to get one.
final class BuiltInDeckEditor: CardEditor {
    func edit(file: String, line: Int) -> EditOutcome {
        .failed(BuiltInDeckFiles.notEditable)
    }
}
