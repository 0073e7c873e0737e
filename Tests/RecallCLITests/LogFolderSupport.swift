import Foundation
import Testing

/// What the tests of log folders share: git run as a user runs it, log lines, `cards --json`.
enum LogFolderSupport {
    /// A deck of `count` question cards with explicit IDs (no siblings: every card can come the same day).
    static func deck(cards count: Int) -> String {
        "# Sync\n\n## Phase 1\n\n" + (0..<count).map { "- Question \($0)? :: Answer \($0). {#S-\($0)}" }.joined(separator: "\n") + "\n"
    }

    /// The environment for git and recall in a test: its own HOME, no system git config.
    static func environment(home: String, device: String? = nil) -> [String: String] {
        var environment = ["HOME": home, "GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0"]
        if let device { environment["RECALL_DEVICE"] = device }
        return environment
    }

    /// Runs `git arguments` in `folder` (or anywhere), failing the test when it fails.
    @discardableResult
    static func git(_ arguments: [String], in folder: String? = nil, home: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + (folder.map { ["-C", $0] } ?? []) + arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment(home: home)) { _, new in new }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")): \(text)")
        return text
    }

    /// Whether git is installed.
    static let gitIsAvailable: Bool = {
        ProcessInfo.processInfo.environment["PATH", default: "/usr/bin:/bin"].split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/git") }
    }()

    /// The lines of a log file that are not comments or blank.
    static func eventLines(_ path: String) -> [String] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }

    /// A plain model of a log folder's merge, written independently of the program: each file's
    /// undos take back that file's latest standing answer; the answers left, of every file, sorted
    /// by time (all files' times rise here), ties by file name.
    static func mergedAnswerLines(_ files: [(name: String, lines: [String])]) -> [String] {
        var all: [(time: String, file: String, order: Int, line: String)] = []
        for (name, lines) in files {
            var standing: [String] = []
            for line in lines {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 5 else { continue }
                if fields[1] == "undo" {
                    if !standing.isEmpty { standing.removeLast() }
                } else {
                    standing.append(line)
                }
            }
            all += standing.enumerated().map { (String($0.element.prefix(24)), name, $0.offset, $0.element) }
        }
        // Every time is written as YYYY-MM-DDTHH:MM:SS.mmmZ, so text order is time order.
        all.sort { ($0.time, $0.file, $0.order) < ($1.time, $1.file, $1.order) }
        return all.map(\.line)
    }

    /// `recall cards --json` with `arguments`, as text (compared whole).
    static func cardsJSON(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let outcome = try RecallProcess.run(["cards", "--json"] + arguments, environment: environment)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout
    }
}
