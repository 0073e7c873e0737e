import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `recall` running in a real terminal: a detached tmux session of a chosen size on a private
/// tmux server, driven by keys and read back as text. For the fault tests that must kill,
/// starve or double a review session.
final class FaultTerminal {
    /// The tmux server's socket name, private to this terminal.
    let socket = "recall-fault-\(UUID().uuidString.prefix(8))"
    private let configuration: URL
    private let reportsExit: Bool

    /// Starts `recall arguments` in a `width`×`height` terminal with `environment` added (TERM is
    /// tmux's own unless given). `wrapper`, when given, is a shell snippet run before `exec recall`.
    /// With `reportsExit`, recall runs under the shell, which then prints `[exit N]` and waits: the
    /// last words of a recall that stops at once stay on the screen (a pane that dies right after
    /// writing can lose them). Without it, the pane's process is recall itself.
    init(
        _ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
        wrapper: String = "", reportsExit: Bool = false
    ) throws {
        self.reportsExit = reportsExit
        configuration = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf")
        // Keep the pane after recall ends, so its last screen can still be read.
        try Data("set -g remain-on-exit on\nset -g status off\nset -g default-shell /bin/sh\n".utf8).write(to: configuration)
        try tmux([
            "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height),
            command(arguments, environment: environment, wrapper: wrapper),
        ])
    }

    /// The shell command that runs recall with `arguments` and `environment` after `wrapper`.
    private func command(_ arguments: [String], environment: [String: String], wrapper: String) -> String {
        var env = ["TZ": "UTC", "HOME": FileManager.default.temporaryDirectory.path, "LANG": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }.joined(separator: " ")
        let run = "env \(assignments) \(Self.quoted(RecallProcess.binary)) " + arguments.map(Self.quoted).joined(separator: " ")
        return reportsExit ? "\(wrapper) \(run); echo \"[exit $?]\"; sleep 600" : "\(wrapper) exec \(run)"
    }

    /// Starts `recall arguments` again in the same pane, ending what ran there (with SIGKILL
    /// if it still runs: tmux's `respawn-pane -k`).
    func restart(_ arguments: [String], environment: [String: String] = [:], wrapper: String = "") throws {
        try tmux(["respawn-pane", "-k", "-t", "main", command(arguments, environment: environment, wrapper: wrapper)])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: configuration)
    }

    /// `text` in single quotes for `sh`.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs tmux on this terminal's server and returns what it printed. Spawned and waited for
    /// directly (not through `Process`): the server that `new-session` starts keeps the descriptors
    /// it inherits, and `Process` could wait for a child that had already ended.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString.prefix(6)).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let argv = ["tmux", "-L", socket, "-f", configuration.path] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The test runner's threads block most signals, and a spawned child would inherit that
        // mask (a tmux server that ignores kill-server, a recall that never sees SIGWINCH).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Sends keys by tmux name (`Space`, `Enter`, `q`, `4`).
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// The screen as text, one line per row.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"])
    }

    /// The process ID of the program in the pane (recall itself, as the wrapper `exec`s it).
    func pid() throws -> Int32? {
        Int32(try tmux(["list-panes", "-t", "main", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether the program in the pane has ended.
    func hasEnded() throws -> Bool {
        try tmux(["list-panes", "-t", "main", "-F", "#{pane_dead}"]).hasPrefix("1")
    }

    /// Polls the screen until `condition` holds or `timeout` seconds pass; returns the last screen
    /// and whether the condition held.
    @discardableResult
    func waitForScreen(timeout: Double = 20, _ condition: (String) -> Bool) throws -> (screen: String, matched: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return (last, true) }
            usleep(10_000)
        } while Date() < deadline
        return (last, false)
    }
}
