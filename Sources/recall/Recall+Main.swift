import ArgumentParser
import Foundation

extension Recall {
    /// Parses the arguments and runs the command, as `ParsableCommand.main()` does, except that
    /// help, usage and error messages are written through `Console`, like everything else the
    /// command line prints: an argument is echoed in an error with its controls marked.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.print(message) } else { Console.error(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
