import ArgumentParser
import Foundation
import ReviewLog

/// `recall sync`: the log folder shared by several machines.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Synchronise the log folder: commit this device's file, pull (rebase) and push when it is in a git repository.",
        discussion: """
            A log folder holds one file per device (<device>.log); each device appends only to \
            its own, and Recall reads and merges them all. 'recall sync init FOLDER' makes one \
            from the current log. Any file-sync tool can carry the folder (Syncthing, Dropbox, \
            rsync); in a git work tree, 'recall sync' commits, pulls and pushes it.
            """,
        subcommands: [SyncRunCommand.self, SyncInitCommand.self],
        defaultSubcommand: SyncRunCommand.self)
}

/// `recall sync` (`recall sync run`): commit, pull (rebase), push, and say what came in.
struct SyncRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Commit this device's log file, pull (rebase) and push; report what came in.",
        discussion: """
            The log must be a folder (see 'recall sync init'). In a git work tree, this device's \
            file is committed if it changed, then 'git pull --rebase' and 'git push' run, and the \
            answers that arrived are counted by device ('received: 12 answers from laptop'). \
            Since each device commits only its own file, this never conflicts; if git reports \
            anything unexpected, recall stops, undoes a half-done rebase, and prints what git \
            said: nothing is lost. A session running on this machine on the same folder makes \
            it wait. Outside git, the folder can be synchronised by any file-sync tool.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let location = try options.logLocation()
            guard case .folder(let folder, let device) = location else {
                throw CLIFailure("the log \(location.path) is a single file, not a log folder; make one with "
                    + "'recall sync init FOLDER', then point --log or RECALL_LOG at it")
            }
            guard let git = Git(folder: folder) else {
                print("git is not installed, so recall sync cannot commit, pull or push \(folder). "
                    + "Any file-sync tool (Syncthing, Dropbox, rsync) can carry the folder instead: "
                    + "each device writes only its own file, \(device.fileName) here.")
                return
            }
            let inside = try git.run(["rev-parse", "--is-inside-work-tree"])
            guard inside.succeeded, inside.text == "true" else {
                print("\(folder) is not in a git repository. Any file-sync tool (Syncthing, Dropbox, rsync) "
                    + "can synchronise it: each device writes only its own file (\(device.fileName) here) and "
                    + "Recall merges them all. For git, run 'recall sync init \(folder) --git' (or clone a "
                    + "repository there) and add a remote.")
                return
            }
            for line in try LogFolderSync(folder: folder, device: device, git: git).run() { print(line) }
        }
    }
}

/// `recall sync init FOLDER [--git]`: makes a log folder from the current log.
struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a log folder from the current log (copied to FOLDER/<device>.log; the old file is left as it was).",
        discussion: """
            FOLDER may be new, or already hold other devices' files (a clone of the repository \
            another machine pushed to). The current log is copied to FOLDER/<device>.log, where \
            the device name comes from the settings, else RECALL_DEVICE, else the host name. \
            Afterwards, point --log or RECALL_LOG at FOLDER. With --git, FOLDER becomes a git \
            repository unless it is in one already.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The log folder to make (created if missing).", valueName: "folder"))
    var folder: String

    @Flag(help: "Make the folder a git repository (git init) unless it is in one already.")
    var git = false

    func run() throws {
        try reportingFailures {
            for line in try LogFolderSetup(options: options, folder: folder, makeGitRepository: git).run() {
                print(line)
            }
        }
    }
}
