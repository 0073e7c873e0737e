import Foundation
import ReviewLog
import Settings

extension GlobalOptions {
    /// This machine's name in a log folder: the `device` setting (flag, `RECALL_DEVICE`, the
    /// settings file, else the host name; DESIGN.md §13), sanitised as `DeviceName` does.
    func device(settings: Settings) -> DeviceName {
        let source: DeviceName.Source
        switch settings.device.source {
        case .flag, .file: source = .settings
        case .environment: source = .environment
        case .builtInDefault: source = .hostName
        }
        guard let name = DeviceName.sanitised(settings.device.value) else {
            return DeviceName(value: "device", source: .fallback)
        }
        return DeviceName(value: name, source: source)
    }

    /// The log at `path`: a folder (with this device) when a folder is there, else a file.
    func logLocation(path: String, settings: Settings) -> LogLocation {
        LogLocation.at(path) { device(settings: settings) }
    }

    /// The log the settings name (exit 78 on a bad settings file).
    func logLocation() throws(CLIFailure) -> LogLocation {
        let settings = try loadSettings()
        return logLocation(path: settings.log.value, settings: settings)
    }

    /// This machine's name, from the settings (exit 78 on a bad settings file).
    func device() throws(CLIFailure) -> DeviceName {
        try device(settings: loadSettings())
    }
}
