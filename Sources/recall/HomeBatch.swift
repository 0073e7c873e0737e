import Foundation
import RecallApp
import TerminalUI

/// `recall home --batch`: the home screen's first frame, printed once as text (styles left out,
/// trailing spaces trimmed), read the way the interactive home screen reads it. Nothing is
/// locked, created or written but the caches.
enum HomeBatch {
    /// Prints the frame for `width` × `height` (defaults: `$COLUMNS` × `$LINES`, else the
    /// terminal's size, else 80 × 24).
    static func print(options: GlobalOptions, width: Int?, height: Int?) throws(CLIFailure) {
        let settings = try options.loadSettings()
        let (context, fold) = try InteractiveRun.loadForHome(options: options, settings: settings)
        context.keepUntilExit()
        let runtime = InteractiveRun.runtime(context: context, options: options)
        let model = try InteractiveRun.firstModel(
            .home, runtime: runtime, context: context, fold: fold, options: options, logSizeAtRead: nil,
            notice: nil, restartCram: false)
        let size = Size(width: width ?? TerminalWidth.current(), height: height ?? Self.rows())
        let (sized, _) = App.update(model, .resize(size))
        let lines = App.view(sized, size: size).trimmedLines
        Console.print(lines.joined(separator: "\n") + "\n", terminator: "")
    }

    /// `$LINES` if it is a positive number, else the terminal's rows on standard output, else 24.
    static func rows(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["LINES"], let rows = Int(text), rows > 0 { return rows }
        if isatty(STDOUT_FILENO) != 0 {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        }
        return 24
    }
}
