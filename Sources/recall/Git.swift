import Foundation

/// Runs the `git` the user has, in one folder, capturing what it prints.
struct Git {
    /// What one git command printed and how it ended.
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String

        /// Whether it exited 0.
        var succeeded: Bool { status == 0 }
        /// Its standard output without the last newline.
        var text: String { stdout.trimmingCharacters(in: .newlines) }
        /// All it printed, standard error first, trimmed.
        var said: String {
            [stderr, stdout].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }

    /// The git program.
    let executable: String
    /// The folder git runs in (`git -C folder`).
    let folder: String

    /// Git in `folder`, found on `PATH`; nil when there is none.
    init?(folder: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let found = path.split(separator: ":").map { String($0) + "/git" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let found else { return nil }
        executable = found
        self.folder = folder
    }

    /// Runs `git -C folder arguments` and waits for it; throws when git cannot be started.
    func run(_ arguments: [String]) throws(CLIFailure) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-C", folder] + arguments
        var environment = ProcessInfo.processInfo.environment
        // Never wait for an editor (a rebase, a commit without -m).
        environment["GIT_EDITOR"] = "true"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CLIFailure("cannot run \(executable): \(error.localizedDescription)")
        }
        // Standard error is read on another thread, so that neither pipe can fill up and stall git.
        let errorData = ErrorCollector(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = errorData.wait()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs git and gives back its output, or throws a failure quoting what git said.
    func required(_ arguments: [String], _ doing: String) throws(CLIFailure) -> Outcome {
        let outcome = try run(arguments)
        guard outcome.succeeded else { throw Self.failure(doing, outcome) }
        return outcome
    }

    /// A failure that says what recall was doing and what git said.
    static func failure(_ doing: String, _ outcome: Outcome, lost: String = "") -> CLIFailure {
        let said = outcome.said.isEmpty ? "(nothing)" : outcome.said
        return CLIFailure("git failed \(doing), so recall stopped\(lost); git said:\n\(said)")
    }
}

/// Reads a pipe to its end on another thread.
private final class ErrorCollector: @unchecked Sendable {
    // Written by the reading thread before `done` is signalled; read only after waiting on it.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
