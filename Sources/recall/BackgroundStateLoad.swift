import Dispatch
import Foundation
import ReviewLog
import Snapshot
import Study

/// Reads the review log's state (through its snapshot) on another thread while the caller
/// loads the decks, as `BackgroundLogRead` does for the whole log.
final class BackgroundStateLoad: @unchecked Sendable {
    // Written once by the reading thread before `done` is signalled; read only after waiting on it.
    private var outcome: Result<LoadedLogState, LogFileError>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading the state of the log at `path`.
    init(loader: SnapshotLoader, path: String, days: LocalDays, today: Int) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.outcome = Result { () throws(LogFileError) -> LoadedLogState in
                try loader.load(path: path, snapshotName: absolutePath(path), days: days, today: today)
            }
            self.done.signal()
        }
    }

    /// Waits for the read to finish and returns what it found.
    func result() -> Result<LoadedLogState, LogFileError> {
        done.wait()
        return outcome ?? .failure(.system(operation: .read, path: "", errno: EIO))
    }
}

/// The review log's state for `loadStateContext`: read at once on this thread when a matching
/// snapshot makes that quick (on a busy machine, a second thread costs more than it saves),
/// else read whole on another thread while the decks load. Either way an error waits for
/// `result()`, so that a deck failure is still the one reported first.
enum LogStateLoad {
    /// Read already (or failed).
    case ready(Result<LoadedLogState, LogFileError>)
    /// Being read whole on another thread.
    case reading(BackgroundStateLoad)

    /// Starts loading the state of the log at `path`.
    init(loader: SnapshotLoader, path: String, days: LocalDays, today: Int) {
        do {
            if let state = try loader.loadThroughSnapshot(
                path: path, snapshotName: absolutePath(path), days: days, today: today) {
                self = .ready(.success(state))
            } else {
                self = .reading(BackgroundStateLoad(loader: loader, path: path, days: days, today: today))
            }
        } catch {
            self = .ready(.failure(error))
        }
    }

    /// The state, once read.
    func result() -> Result<LoadedLogState, LogFileError> {
        switch self {
        case .ready(let outcome): outcome
        case .reading(let load): load.result()
        }
    }
}
