import Foundation
import Testing

/// A tmux server of its own (a unique `-L` socket) with one pane running a shell, for driving
/// `recall` as a user at a real terminal would. The server is killed when the value goes away.
final class Tmux {
    /// Whether tmux is installed.
    static let isAvailable: Bool = {
        (try? run(["-V"]).status) == 0
    }()

    /// Whether the tests run under CI, where a missing tmux is a failure rather than a skip.
    static var underCI: Bool {
        let value = ProcessInfo.processInfo.environment["CI"] ?? ""
        return !value.isEmpty && value != "0" && value != "false"
    }

    let socket = "recall-test-\(UUID().uuidString.prefix(12))"
    let folder: TemporaryFolder

    /// Starts a server whose one pane (`width`×`height`) runs `sh` with a plain prompt, in
    /// UTC, a UTF-8 locale and `TERM=xterm-256color`.
    init(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        folder = try TemporaryFolder()
        var env = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.url.path, "TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "TERM": "xterm-256color", "PS1": "$ ", "ENV": "",
        ]
        env.merge(environment) { _, new in new }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }.joined(separator: " ")
        let outcome = try Self.run([
            "-L", socket, "-u", "-f", "/dev/null", "new-session", "-d", "-s", "main",
            "-x", String(width), "-y", String(height), "env -i \(exports) sh",
        ])
        guard outcome.status == 0 else {
            throw TmuxError(message: "tmux new-session failed: \(outcome.output)")
        }
        _ = try Self.run(["-L", socket, "set-option", "-g", "status", "off"])
        try waitFor("the shell prompt") { $0.contains("$") }
    }

    deinit {
        _ = try? Self.run(["-L", socket, "kill-server"])
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
    }

    /// The pane's text, row by row, trailing spaces removed.
    func capture() -> [String] {
        let outcome = try? Self.run(["-L", socket, "capture-pane", "-p", "-t", "main"])
        return (outcome?.output ?? "").components(separatedBy: "\n").map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
    }

    /// The pane's text as one string.
    var screen: String { capture().joined(separator: "\n") }

    /// The pane's text with its attributes and colours as escape sequences (`capture-pane -e`).
    var screenWithEscapes: String {
        (try? Self.run(["-L", socket, "capture-pane", "-p", "-e", "-t", "main"]))?.output ?? ""
    }

    /// Waits until `condition` holds for the pane's text and the frame is drawn whole, polling;
    /// fails after `timeout` seconds. A frame is whole once two captures in a row are the same
    /// (a capture can land in the middle of the program drawing one), or once the condition has
    /// held for half a second on a screen that keeps changing.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        var holdingSince: Date?
        var previous: String?
        while Date() < deadline {
            text = screen
            if condition(text) {
                if text == previous { return text }
                let since = holdingSince ?? Date()
                holdingSince = since
                if Date().timeIntervalSince(since) > 0.5 { return text }
                previous = text
            } else {
                holdingSince = nil
                previous = nil
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TmuxError(message: "timed out waiting for \(what); the screen was:\n\(text)")
    }

    /// Waits until the pane shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 30) throws -> String {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        _ = try Self.run(["-L", socket, "send-keys", "-t", "main", "-l", text])
    }

    /// Presses named keys (`Enter`, `Space`, `C-c`).
    func press(_ keys: String...) throws {
        _ = try Self.run(["-L", socket, "send-keys", "-t", "main"] + keys)
    }

    /// Types a shell command line and presses Enter.
    func runLine(_ line: String) throws {
        try type(line)
        try press("Enter")
    }

    /// Resizes the window (and so the pane).
    func resize(width: Int, height: Int) throws {
        _ = try Self.run(["-L", socket, "resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// Whether the pane's cursor is visible.
    var cursorVisible: Bool {
        (try? Self.run(["-L", socket, "display-message", "-p", "-t", "main", "#{cursor_flag}"]).output)?
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Clears the pane and its history, so old text cannot satisfy a wait.
    func clear() throws {
        try runLine("clear")
        _ = try Self.run(["-L", socket, "clear-history", "-t", "main"])
        try waitFor("a cleared screen") { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "$" }
    }

    /// A shell command line that runs `recall` with `arguments`.
    static func recallLine(_ arguments: [String]) -> String {
        ([RecallProcess.binary] + arguments).map(quoted).joined(separator: " ")
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    struct Outcome {
        let status: Int32
        let output: String
    }

    /// Runs `tmux` with `arguments` and waits for it. Spawned and reaped with `posix_spawnp`
    /// and `waitpid`, its output sent to a file: the server that `new-session` forks keeps the
    /// client's descriptors, so a pipe would never reach its end.
    @discardableResult
    static func run(_ arguments: [String]) throws -> Outcome {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-tmux-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block most signals, and a spawned process inherits the
        // mask: a tmux server that never sees SIGCHLD or SIGTERM would outlive `kill-server`.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw TmuxError(message: "cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(status: exitStatus, output: String(decoding: data, as: UTF8.self))
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
