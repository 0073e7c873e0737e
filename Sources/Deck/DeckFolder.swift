/// A folder of deck files: every `*.md` below it, at any depth, in path order.
public struct DeckFolder: Hashable, Sendable {
    /// The folder's path as the user gave it; deck files are reported below it.
    public let path: String

    /// A folder at this path (it is only looked at by `load()`).
    public init(path: String) {
        self.path = path
    }
}
