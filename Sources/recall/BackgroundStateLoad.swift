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
