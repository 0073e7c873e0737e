import Deck
import RecallApp
import ReviewLog

/// The review log as the runtime uses it: read it, lock it for a session, append to it, let it
/// go. `FileReviewLog` is the real one; tests use an in-memory one.
public protocol ReviewLogStore: AnyObject {
    /// Where the log is, for messages.
    var path: String { get }
    /// The log's size now, nil when there is none; compared to tell whether it grew.
    var size: Int64? { get }
    /// Whether the exclusive lock is held by this process.
    var isLocked: Bool { get }
    /// Whether the log is open for appending.
    var isOpenForAppending: Bool { get }
    /// The log as it is now.
    func read() throws(RuntimeFailure) -> LogContents
    /// The part of the log this process appends to, as it is now: the whole log, or in a log
    /// folder this device's own file (an `undo` takes back an answer of its own file only).
    func readOwn() throws(RuntimeFailure) -> LogContents
    /// Takes the exclusive lock (nothing if already held); fails when another session holds it.
    func lock() throws(RuntimeFailure)
    /// Opens the log for appending (nothing if already open); may write its header.
    func openForAppending() throws(RuntimeFailure)
    /// Appends `event` and syncs it to the disk, or fails saying why.
    func append(_ event: LogEvent) throws(RuntimeFailure)
    /// Closes the log for appending and releases the lock. Safe to call more than once.
    func release()
}

extension ReviewLogStore {
    /// The whole log: a store with one file appends to all of it.
    public func readOwn() throws(RuntimeFailure) -> LogContents { try read() }
}

/// The deck files, loaded as a library.
public protocol DeckSource: AnyObject {
    /// Where the decks are, for messages.
    var path: String { get }
    /// Every deck, parsed.
    func load() throws(RuntimeFailure) -> DeckLibrary
}

/// The two clocks: the wall clock for the log, the monotonic one for answer times.
public protocol RuntimeClock: AnyObject {
    /// The moment it is now.
    func now() -> AppInstant
}

/// How an edit went.
public enum EditOutcome: Hashable, Sendable {
    /// The editor ran and exited cleanly.
    case edited
    /// The editor could not start, or failed; the reason is said on the card.
    case failed(String)
}

/// Opens a deck file at a line for the user to edit, and waits until they are done.
public protocol CardEditor: AnyObject {
    /// Edits `file` at `line`; the terminal is the editor's meanwhile.
    func edit(file: String, line: Int) -> EditOutcome
}
