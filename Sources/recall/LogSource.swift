import ReviewLog

/// Where a context's log is and, for a log folder, what its merge found.
struct LogSource {
    /// The log file, or the folder and this device.
    let location: LogLocation
    /// For a log folder, the merge in full (files, where each answer came from); nil for a file.
    let folder: MergedLog?

    /// The source of a log read from `location`.
    init(location: LogLocation, loaded: LoadedLog) {
        self.location = location
        folder = loaded.folder
    }
}
