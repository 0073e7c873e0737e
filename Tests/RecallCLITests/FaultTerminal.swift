import Foundation

/// `recall` running in a real terminal: a detached tmux session of a chosen size on a private
/// tmux server, driven by keys and read back as text. For the fault tests that must kill,
/// starve or double a review session.
final class FaultTerminal {
    /// The tmux server's socket name, private to this terminal.
    let socket = "recall-fault-\(UUID().uuidString.prefix(8))"
    private let configuration: URL

    /// Starts `recall arguments` in a `width`×`height` terminal with `environment` added (TERM is
    /// tmux's own unless given). `wrapper`, when given, is a shell snippet run before `exec recall`.
    init(
        _ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
        wrapper: String = ""
    ) throws {
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
        return "\(wrapper) exec env \(assignments) \(Self.quoted(RecallProcess.binary)) "
            + arguments.map(Self.quoted).joined(separator: " ")
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

    /// Runs tmux on this terminal's server and returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket, "-f", configuration.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
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
    func waitForScreen(timeout: Double = 5, _ condition: (String) -> Bool) throws -> (screen: String, matched: Bool) {
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
