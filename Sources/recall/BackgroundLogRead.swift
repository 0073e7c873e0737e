import Dispatch
import ReviewLog

/// Reads the review log on another thread while the caller loads the decks: the two are
/// independent, and on two cores start-up then takes about as long as the longer of them.
final class BackgroundLogRead: @unchecked Sendable {
    // Written once by the reading thread before `done` is signalled; read only after waiting on it.
    private var outcome: Result<LoadedLog, LogFileError> = .success(LoadedLog(contents: LogContents(), folder: nil))
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading the log at `location` (a file, or a folder's files merged).
    init(location: LogLocation) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.outcome = Result { () throws(LogFileError) -> LoadedLog in try location.read() }
            self.done.signal()
        }
    }

    /// Waits for the read to finish and returns what it found.
    func result() -> Result<LoadedLog, LogFileError> {
        done.wait()
        return outcome
    }
}
