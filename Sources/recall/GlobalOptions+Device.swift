import Foundation
import ReviewLog

extension GlobalOptions {
    /// The settings file's `device` key (DESIGN.md §13), which comes before `RECALL_DEVICE` and
    /// the host name; nil while no settings file is read.
    var configuredDevice: String? { nil }

    /// This machine's name in a log folder: the settings' `device`, else `RECALL_DEVICE`, else
    /// the host name, each sanitised (`DeviceName`).
    var device: DeviceName {
        DeviceName.resolve(
            configured: configuredDevice, environment: ProcessInfo.processInfo.environment,
            hostName: DeviceName.systemHostName())
    }

    /// The log at `path`: a folder (with this device) when a folder is there, else a file.
    func logLocation(path: String) -> LogLocation {
        LogLocation.at(path) { device }
    }

    /// The log the options and the environment name.
    var logLocation: LogLocation { logLocation(path: paths.logFile(explicit: log)) }
}
