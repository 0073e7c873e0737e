import ArgumentParser
import Foundation

/// A failure the command line reports as one line, `recall: message`, before exiting non-zero.
struct CLIFailure: Error, CustomStringConvertible {
    /// What went wrong, in words a user can act on.
    let message: String
    /// The process's exit status.
    let status: Int32

    init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }

    var description: String { message }
}

/// Writes text to standard error (through `Console.error`).
func printError(_ text: String) {
    Console.error(text)
}

extension ParsableCommand {
    /// Runs `body`, turning a `CLIFailure` into its one-line message and exit status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CLIFailure {
            Console.error("recall: \(failure.message)")
            throw ExitCode(failure.status)
        }
    }
}
