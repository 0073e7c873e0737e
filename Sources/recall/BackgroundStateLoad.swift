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

    /// Starts reading the state of the log at `location` (a file or a folder).
    init(loader: SnapshotLoader, location: LogLocation, days: LocalDays, today: Int) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.outcome = Result { () throws(LogFileError) -> LoadedLogState in
                try loader.load(location: location, days: days, today: today)
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

/// The review log's state for `loadStateContext`. When the log has a snapshot, its state will
/// most likely take a few milliseconds: it is read on this thread after the decks (on a busy
/// machine a second thread costs more than it saves, and one after the other the decks' and the
/// log's memory are never held at once). Without one, the whole log is read on another thread
/// while the decks load.
enum LogStateLoad {
    /// To be read when asked, through the log's snapshot.
    case later(SnapshotLoader, location: LogLocation, days: LocalDays, today: Int)
    /// Being read whole on another thread.
    case reading(BackgroundStateLoad)

    /// Starts loading the state of the log at `location` (a file or a folder), or leaves it for
    /// `result()`.
    init(loader: SnapshotLoader, location: LogLocation, days: LocalDays, today: Int) {
        if loader.hasSnapshot(snapshotName: absolutePath(location.path)) {
            self = .later(loader, location: location, days: days, today: today)
        } else {
            self = .reading(BackgroundStateLoad(loader: loader, location: location, days: days, today: today))
        }
    }

    /// The state, once read.
    func result() -> Result<LoadedLogState, LogFileError> {
        switch self {
        case .later(let loader, let location, let days, let today):
            Result { () throws(LogFileError) -> LoadedLogState in
                try loader.load(location: location, days: days, today: today)
            }
        case .reading(let load): load.result()
        }
    }
}
