import ArgumentParser
import Deck
import Foundation
import RecallApp
import ReviewLog
import Study
import TerminalUI

/// Times a key press as the review screen handles it: `App.update` with the key (and with
/// `.saved` for an answer, as the runtime sends once the line is on the disk), then `App.view`
/// into an 80×24 screen buffer. The disk is left out; `append` measures it.
struct KeypressBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keypress", abstract: "Time key presses through update and view at 80x24 (p50, p99).")

    @OptionGroup var data: BenchData

    @Option(help: "How many key presses to time.")
    var presses: Int = 4_000

    @Option(help: "Screen width.")
    var width: Int = 80

    @Option(help: "Screen height.")
    var height: Int = 24

    func run() throws {
        let nowMillis = try data.nowMillis()
        let days = data.days
        let library = try DeckFolder(path: data.decks).load()
        let contents = try LogFile.read(at: data.log)
        let replay = Replay(library: library, log: contents, days: days, today: days.day(atMillis: nowMillis))
        let size = Size(width: width, height: height)
        var samples = Samples(name: "key press: update + view, \(width)x\(height)")
        var clock: Int64 = 0
        func instant() -> AppInstant {
            clock += 1_500
            return AppInstant(wallMillis: nowMillis + clock, monotonicMillis: clock)
        }
        // Reveal, then grade; grades cycle so that some answers come back as drills.
        let grades: [Character] = ["4", "5", "3", "4", "2", "5", "4", "1"]
        var model = AppModel(library: library, replay: replay, start: .review, at: instant())
        var press = 0
        var screens = 0
        while samples.count < presses {
            if model.screen != .session {
                // The session is over: start another on the same data.
                model = AppModel(library: library, replay: replay, start: .review, at: instant())
                guard model.screen == .session else { throw ValidationError("nothing to review in this data") }
            }
            let key: Key = press % 2 == 0 ? .character(" ") : .character(grades[(press / 2) % grades.count])
            press += 1
            let at = instant()
            let timed = Stopwatch.time { () -> ScreenBuffer in
                var (next, effects) = App.update(model, .key(key, at: at))
                for effect in effects {
                    if case .append = effect { (next, _) = App.update(next, .saved) }
                }
                model = next
                return App.view(model, size: size)
            }
            samples.add(timed.nanoseconds)
            if timed.result.size == size { screens += 1 }
        }
        print(samples.line)
        for layout in CardLayoutBench.measure(library: library, width: width) { print(layout.line) }
        FileHandle.standardError.write(Data("(\(screens) screens of \(width)x\(height) drawn)\n".utf8))
        // The browser's search as it is typed (its index is built once, when the browser opens).
        let (search, indexNanos) = BrowserSearchBench.run(library: library, replay: replay, size: size, presses: presses)
        print(search.line)
        FileHandle.standardError.write(Data("(browser search index built in \(indexNanos / 1_000_000) ms)\n".utf8))
    }
}
