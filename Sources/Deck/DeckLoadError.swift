/// Why a decks folder could not be loaded at all. Problems inside it are diagnostics instead.
public enum DeckLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing exists at this path.
    case folderMissing(path: String)
    /// The path exists but is a file, not a folder.
    case notAFolder(path: String)
    /// The folder exists but could not be listed.
    case unreadableFolder(path: String, reason: String)

    public var description: String {
        switch self {
        case .folderMissing(let path): "decks folder \(path) does not exist"
        case .notAFolder(let path): "\(path) is not a folder; --decks wants the folder that holds the .md decks"
        case .unreadableFolder(let path, let reason): "cannot list the decks folder \(path): \(reason)"
        }
    }
}
