#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A log folder: one log file per device, `<device>.log`, plus whatever copies a file-sync tool
/// leaves beside them (Syncthing's `<name>.sync-conflict-<date>-<time>-<id>.log`). Each device
/// appends only to its own file; every `*.log` is read and merged (`LogMerge`).
public enum LogFolder {
    /// The names of the log files in `folder`, sorted by their bytes: every `*.log` that is a
    /// regular file (or a link to one), leaving out hidden files (a leading `.`, as a shell's
    /// `*.log` does, and as sync tools name their temporary files). No folder is no files.
    public static func logFileNames(in folder: String) throws(LogFileError) -> [String] {
        guard let directory = opendir(folder) else {
            let code = errno
            if code == ENOENT { return [] }
            throw .system(operation: .openForReading, path: folder, errno: code)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard isLogFileName(name) else { continue }
            var status = stat()
            guard stat(joined(folder, name), &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            names.append(name)
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether a file of this name in a log folder is read as a log: it ends in `.log`, has
    /// something before that, and does not start with a dot.
    public static func isLogFileName(_ name: String) -> Bool {
        name.hasSuffix(".log") && name.utf8.count > 4 && !name.hasPrefix(".")
    }

    /// The device whose answers a log file of this name holds: the name without `.log`, and
    /// without a file-sync tool's conflict mark (Syncthing's `.sync-conflict-…`, Dropbox's
    /// ` (… conflicted copy …)`), so that a conflict copy counts for the device it copies.
    public static func deviceName(ofFile name: String) -> String {
        var stem = Substring(name)
        if stem.hasSuffix(".log") { stem = stem.dropLast(4) }
        if let mark = stem.firstRange(of: ".sync-conflict-") { stem = stem[..<mark.lowerBound] }
        if stem.hasSuffix(")"), let open = stem.ranges(of: " (").last,
           stem[open.upperBound...].contains("conflict") {
            stem = stem[..<open.lowerBound]
        }
        return stem.isEmpty ? String(name) : String(stem)
    }

    /// Whether a file of this name is a file-sync tool's conflict copy rather than a device's own file.
    public static func isConflictCopy(_ name: String) -> Bool {
        deviceName(ofFile: name) + ".log" != name
    }

    /// `name` inside `folder`.
    public static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
