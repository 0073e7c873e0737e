import Foundation
import ReviewLog

/// `recall sync` on a log folder in a git work tree: commit this device's file if it changed,
/// pull (rebase), push, and say what came in. Each device commits only its own file, so the
/// rebase never meets a conflict; if git reports anything else, the sync stops, undoes a
/// half-done rebase, and quotes git. Nothing is ever lost: this device's answers stay in its
/// file and in its local commit.
struct LogFolderSync {
    let folder: String
    let device: DeviceName
    let git: Git

    /// How many answer lines arrived from other devices, and how many answers their undos took back.
    struct Arrivals: Equatable {
        var answers = 0
        var undone = 0
    }

    /// Runs the sync and returns the lines to print.
    func run() throws(CLIFailure) -> [String] {
        // Sessions on this machine hold the folder shared; git may replace files, so none may run.
        let folderLock: LogFolderLock
        do {
            folderLock = try LogFolderLock(folder: folder, mode: .exclusive)
        } catch {
            if case .inUse = error {
                throw CLIFailure("a recall session on this machine is using the log folder \(folder); finish it, then sync")
            }
            throw CLIFailure("\(error)")
        }
        defer { folderLock.release() }

        let before = try summaries()
        var report: [String] = []
        let sent = try commitOwnFile()
        let remotes = try git.required(["remote"], "listing the remotes").text
            .split(separator: "\n").map(String.init)
        guard !remotes.isEmpty else {
            report.append("committed: \(sent > 0 ? counted(sent, "answer") : "nothing new") from \(device.value)")
            report.append("the repository has no remote, so nothing was pulled or pushed; add one with "
                + "'git -C \(folder) remote add origin URL', then run recall sync again")
            return report
        }
        report.append(sent > 0 ? "sent: \(counted(sent, "answer")) from \(device.value)" : "sent: nothing new from \(device.value)")
        switch try upstream(remotes: remotes) {
        case .tracking:
            try pullAndPush()
        case .firstPush(let remote, let branch):
            _ = try git.required(["push", "-q", "-u", remote, "HEAD:refs/heads/\(branch)"], "pushing to \(remote)")
        case .nothingYet:
            report.append("nothing to push yet: neither this device nor the remote has answers")
        }

        let after = try summaries()
        report.append(Self.describe(arrivals(before: before, after: after)))
        return report
    }

    // MARK: Steps

    /// Commits this device's file when git sees it changed; returns how many answer lines are
    /// on their way out (not yet on the upstream branch).
    private func commitOwnFile() throws(CLIFailure) -> Int {
        let own = device.fileName
        let status = try git.required(["status", "--porcelain", "--untracked-files=all", "--", own], "looking at \(own)")
        if !status.text.isEmpty {
            _ = try git.required(["add", "--", own], "adding \(own)")
            _ = try git.required(
                identity() + ["commit", "-q", "-m", "recall: answers from \(device.value)", "--", own],
                "committing \(own)")
        }
        // The answer lines this device has that its upstream branch has not.
        let upstream = try git.run(["rev-parse", "--verify", "--quiet", "@{upstream}"])
        let base = upstream.succeeded ? upstream.text : "4b825dc642cb6eb9a060e54bf8d69288fbee4904"  // the empty tree
        let diff = try git.run(["diff", "-U0", "--no-color", base, "--", own])
        guard diff.succeeded else { return 0 }
        return diff.stdout.split(separator: "\n").filter { line in
            line.hasPrefix("+") && !line.hasPrefix("+++") && Self.isAnswerLine(line.dropFirst())
        }.count
    }

    /// `-c user.name=… -c user.email=…` naming this device, when git has no identity configured
    /// (a fresh server); else nothing, so the user's own identity is used.
    private func identity() throws(CLIFailure) -> [String] {
        let name = try git.run(["config", "user.name"]).text
        let email = try git.run(["config", "user.email"]).text
        var options: [String] = []
        if name.isEmpty { options += ["-c", "user.name=recall on \(device.value)"] }
        if email.isEmpty { options += ["-c", "user.email=recall@\(device.value)"] }
        return options
    }

    private enum Upstream {
        case tracking
        case firstPush(remote: String, branch: String)
        case nothingYet
    }

    /// Finds the branch to pull from and push to: the configured upstream, else the branch of the
    /// same name on `origin` (or the only remote), set as upstream when it exists there.
    private func upstream(remotes: [String]) throws(CLIFailure) -> Upstream {
        if try git.run(["rev-parse", "--verify", "--quiet", "@{upstream}"]).succeeded { return .tracking }
        let head = try git.run(["symbolic-ref", "--short", "-q", "HEAD"])
        guard head.succeeded, !head.text.isEmpty else {
            throw CLIFailure("the git repository at \(folder) is not on a branch; check out a branch, then run recall sync")
        }
        let branch = head.text
        let configured = try git.run(["config", "branch.\(branch).remote"]).text
        let remote: String
        if !configured.isEmpty, remotes.contains(configured) {
            remote = configured
        } else if remotes.contains("origin") {
            remote = "origin"
        } else if remotes.count == 1 {
            remote = remotes[0]
        } else {
            throw CLIFailure("the branch \(branch) has no upstream and there are several remotes; set one with "
                + "'git -C \(folder) branch --set-upstream-to REMOTE/\(branch)'")
        }
        _ = try git.required(["fetch", "-q", remote], "fetching from \(remote)")
        let hasCommits = try git.run(["rev-parse", "--verify", "--quiet", "HEAD"]).succeeded
        let remoteRef = "refs/remotes/\(remote)/\(branch)"
        guard try git.run(["rev-parse", "--verify", "--quiet", remoteRef]).succeeded else {
            return hasCommits ? .firstPush(remote: remote, branch: branch) : .nothingYet
        }
        if !hasCommits {
            // Nothing of this device yet: take the branch as it is.
            _ = try git.required(identity() + ["pull", "-q", "--rebase", remote, branch], "pulling from \(remote)")
        }
        _ = try git.required(["branch", "-q", "--set-upstream-to=\(remote)/\(branch)"], "setting the upstream branch")
        return .tracking
    }

    /// Pulls with rebase and pushes; when the push is refused because the remote moved on in
    /// between, pulls and pushes again (three tries).
    private func pullAndPush() throws(CLIFailure) {
        for attempt in 1...3 {
            // A rebase makes commits too: it needs an identity as much as a commit does.
            let pull = try git.run(identity() + ["pull", "-q", "--rebase"])
            guard pull.succeeded else {
                let aborted = try abortRebaseIfAny()
                throw Git.failure(
                    "pulling (git pull --rebase)", pull,
                    lost: "; nothing was lost: this device's answers are in \(device.fileName) and in its local commit"
                        + (aborted ? ", and the half-done rebase was undone" : ""))
            }
            let ahead = try git.run(["rev-list", "--count", "@{upstream}..HEAD"])
            if ahead.succeeded, ahead.text == "0" { return }
            let push = try git.run(["push", "-q"])
            if push.succeeded { return }
            // Refused because the remote has new commits: fetch and try again; anything else stops.
            _ = try git.run(["fetch", "-q"])
            let behind = try git.run(["rev-list", "--count", "HEAD..@{upstream}"])
            guard attempt < 3, behind.succeeded, behind.text != "0" else {
                throw Git.failure(
                    "pushing", push,
                    lost: "; nothing was lost: this device's answers are committed here and go out with the next recall sync")
            }
        }
    }

    /// Undoes a rebase that stopped half-way; whether there was one.
    private func abortRebaseIfAny() throws(CLIFailure) -> Bool {
        for name in ["rebase-merge", "rebase-apply"] {
            let path = try git.run(["rev-parse", "--git-path", name]).text
            let full = path.hasPrefix("/") ? path : LogFolder.joined(folder, path)
            if FileManager.default.fileExists(atPath: full) {
                _ = try git.run(["rebase", "--abort"])
                return true
            }
        }
        return false
    }

    // MARK: What came in

    /// What each file of the folder holds now.
    private func summaries() throws(CLIFailure) -> [MergedLog.FileSummary] {
        do {
            return try LogLocation.folder(path: folder, device: device).read().folder?.files ?? []
        } catch {
            throw CLIFailure("\(error)")
        }
    }

    /// The answer lines that arrived in other devices' files, by device (sorted by name).
    func arrivals(before: [MergedLog.FileSummary], after: [MergedLog.FileSummary]) -> [(device: String, Arrivals)] {
        var earlier: [String: MergedLog.FileSummary] = [:]
        for file in before { earlier[file.name] = file }
        var byDevice: [String: Arrivals] = [:]
        for file in after where file.name != device.fileName {
            let old = earlier[file.name]
            let answers = max(0, file.answerLineCount - (old?.answerLineCount ?? 0))
            let undone = max(0, file.undoneCount - (old?.undoneCount ?? 0))
            guard answers + undone > 0 else { continue }
            byDevice[file.device, default: Arrivals()].answers += answers
            byDevice[file.device, default: Arrivals()].undone += undone
        }
        return byDevice.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// `received: 12 answers from laptop (1 taken back); 3 answers from server`.
    static func describe(_ arrivals: [(device: String, Arrivals)]) -> String {
        guard !arrivals.isEmpty else { return "received: nothing new from other devices" }
        return "received: " + arrivals.map { device, arrived in
            var text = "\(counted(arrived.answers, "answer")) from \(device)"
            if arrived.undone > 0 { text += " (\(arrived.undone) taken back)" }
            return text
        }.joined(separator: "; ")
    }

    /// Whether a log line (without its newline) is an answer: its kind is review, drill or cram.
    static func isAnswerLine(_ line: Substring) -> Bool {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        return fields.count == 5 && ["review", "drill", "cram"].contains(fields[1])
    }
}
