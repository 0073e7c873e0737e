import Foundation
import ReviewLog

/// `recall sync init`: turns the current log file into a log folder by copying it to
/// `<device>.log` in the folder. The old file is never changed.
struct LogFolderSetup {
    let options: GlobalOptions
    let folder: String
    let makeGitRepository: Bool

    /// Makes the folder and returns the lines to print.
    func run() throws(CLIFailure) -> [String] {
        let current = try options.logLocation()
        if case .folder(let path, _) = current {
            throw CLIFailure("the log \(path) is already a log folder; 'recall sync' synchronises it")
        }
        let oldPath = current.path
        let folderPath = Self.absolute(folder)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folderPath, isDirectory: &isFolder), !isFolder.boolValue {
            throw CLIFailure("\(folderPath) is a file, not a folder; name a new or existing folder")
        }
        if Self.absolute(oldPath) == folderPath {
            throw CLIFailure("the log file \(oldPath) cannot become its own folder; name another folder")
        }
        let device = try options.device()
        let target = LogFolder.joined(folderPath, device.fileName)
        let oldBytes: [UInt8]
        do {
            oldBytes = try LogFile.readBytes(at: oldPath)
        } catch {
            throw CLIFailure("\(error)")
        }
        var lines: [String] = []
        if FileManager.default.fileExists(atPath: target) {
            let existing = (try? LogFile.readBytes(at: target)) ?? []
            guard existing == oldBytes else {
                throw CLIFailure("\(target) already exists and differs from \(oldPath); nothing was copied "
                    + "(another machine with the device name '\(device.value)'? set RECALL_DEVICE to tell them apart)")
            }
            lines.append("\(target) already holds a copy of \(oldPath); nothing was copied.")
        } else if oldBytes.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: folderPath, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw CLIFailure("cannot create the folder \(folderPath): \(error.localizedDescription)")
            }
            lines.append("There is no log at \(oldPath) yet; this device's answers will go to \(target).")
        } else {
            do {
                try LogFile.createNew(at: target, bytes: oldBytes)
            } catch {
                throw CLIFailure("\(error)")
            }
            let answers = LogReader.read(oldBytes).answers.count
            lines.append("Copied \(oldPath) (\(counted(answers, "answer"))) to \(target); \(oldPath) is left as it was.")
        }
        lines.append("This device is '\(device.value)' (\(Self.origin(device.source))); every machine needs a "
            + "name of its own (set RECALL_DEVICE, or device in the settings, to choose one).")
        lines.append("Use the folder as the log: --log \(folderPath), or export RECALL_LOG=\(folderPath) "
            + "(or log = \"\(folderPath)\" in the settings file).")
        lines += try gitLines(folderPath)
        return lines
    }

    /// What to say (and do) about git.
    private func gitLines(_ folderPath: String) throws(CLIFailure) -> [String] {
        let git = Git(folder: folderPath)
        let inside = try git.map { git throws(CLIFailure) in try git.run(["rev-parse", "--show-toplevel"]) }
        if let inside, inside.succeeded {
            return ["\(folderPath) is in the git repository \(inside.text): 'recall sync' commits, pulls and pushes it."]
        }
        guard makeGitRepository else {
            return ["Synchronise the folder with any file-sync tool (Syncthing, Dropbox, rsync): each device "
                + "writes only its own file. Or use git: 'recall sync init \(folderPath) --git', then 'recall sync'."]
        }
        guard let git else {
            throw CLIFailure("git is not installed, so \(folderPath) cannot become a git repository; "
                + "the log folder itself is ready")
        }
        _ = try git.required(["init", "-q"], "making \(folderPath) a git repository")
        return ["Made \(folderPath) a git repository. Add a remote ('git -C \(folderPath) remote add origin URL'), "
            + "then run 'recall sync'."]
    }

    /// `path` made absolute from the current folder, without a trailing slash.
    static func absolute(_ path: String) -> String {
        var full = path.hasPrefix("/") ? path : LogFolder.joined(FileManager.default.currentDirectoryPath, path)
        while full.count > 1, full.hasSuffix("/") { full.removeLast() }
        return (full as NSString).standardizingPath
    }

    /// Where the device name came from, in words.
    static func origin(_ source: DeviceName.Source) -> String {
        switch source {
        case .settings: return "from the settings"
        case .environment: return "from RECALL_DEVICE"
        case .hostName: return "the host name"
        case .fallback: return "no host name was found"
        }
    }
}
