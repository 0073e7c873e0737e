import ArgumentParser
import Foundation

extension Recall {
    /// Parses `arguments` and runs the command, as `ParsableCommand.main(_:)` does, except that
    /// help, usage and error messages are written through `Console`, like everything else the
    /// command line prints: an argument is echoed in an error with its controls marked.
    static func parseAndRun(_ arguments: [String]) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.print(message) } else { Console.error(message) }
            }
            Foundation.exit(code.rawValue)
        }
        Foundation.exit(ExitCode.success.rawValue)
    }
}
