import ReviewLog
import Snapshot
import Study

extension SnapshotLoader {
    /// The state of the log at `location` through its snapshot: a log file's, or a log folder's
    /// (its files merged), each filed under its absolute path.
    func load(location: LogLocation, days: LocalDays, today: Int) throws(LogFileError) -> LoadedLogState {
        switch location {
        case .file(let path):
            return try load(path: path, snapshotName: absolutePath(path), days: days, today: today)
        case .folder(let path, _):
            return try loadFolder(path: path, snapshotName: absolutePath(path), days: days, today: today)
        }
    }
}
