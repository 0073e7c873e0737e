import ArgumentParser
import Foundation
import RecallApp
import Study

/// `recall stats`: what the log says, as text charts or JSON.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the log says: cards by state, due forecast, calendar, retention, streak, hardest cards.",
        discussion: """
            Read-only: the log is read without the lock and never changed. Young cards have an \
            interval under 21 days, mature ones 21 or more. Retention is the share of scheduled \
            reviews graded 3 or more, young and mature by the interval before the review; a card's \
            first review is learning and is not counted, nor are drills and crams. The streak counts \
            study days in a row with any answer, ending today, or yesterday while nothing has been \
            answered today. Time is the sum of every answer's time. Leeches are cards with 8 or more \
            lapses.

            The text fits --width, else $COLUMNS, else the terminal's width, else 80 columns.

            --json prints one object: "today" (date); "cards" {"total", "new", "young", \
            "mature", "suspended"}; "phases" [{"deck", "phase", "total", "new", "young", "mature", \
            "suspended"}] (a suspended card counts only as suspended); \
            "forecast" [30 counts, today first, overdue included]; "overdue"; "calendar" \
            {"start" (a Monday), "answers" [counts per day from start through today]}; \
            "answers" {"total", "reviews", "firstReviews", "drills", "crams"}; "retention" \
            {"young", "mature"} each {"last30Days", "allTime"} each {"passed", "total", "rate"} \
            (rate 0-1 with four decimals, null when nothing was counted); "streak" {"current", \
            "longest", "studiedToday", "studyDays"}; "answerMillis"; "lowestEasiness", \
            "mostLapses" and "leeches" [{"id", "front", "easiness", "lapses", "reviews", "leech"}]; \
            "devices" [{"device", "answers"}] (for a log folder, the answers that stand per \
            device, a file-sync conflict copy counting for the device it copies; empty for a log \
            file); "leechCount";
            "queue" {"drills", "due", "new", "waitingForSibling", "overReviewLimit"} (today's \
            queue as `recall due` counts it; "forecast"[0] less the queue's due cards are those \
            waiting or suspended or buried); "calibration" {"answers", "sm2", "fsrs"}, each model {"logLoss", \
            "rmseBins"} (null with no answer scored).

            Calibration scores SM-2 (p = 0.9^(t/I)) and FSRS-6 (its predicted recall) on your own \
            answers: for each card, the first answer of a study day at least a day after an earlier \
            one, while the card has an SM-2 interval; recalled means graded 3 or more. Lower log \
            loss and calibration error (RMSE over ten bins of the prediction) predict better.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    @Option(help: ArgumentHelp("Lay the text out for this many columns.", valueName: "n"))
    var width: Int?

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be 1 or more, not \(width).") }
    }

    func run() throws {
        try reportingFailures {
            let figures = try Self.figures(options: options)
            let context = figures.context
            context.keepUntilExit()
            let stats = figures.stats
            let calibration = figures.calibration
            let devices = context.logSource.folder?.answersPerDevice ?? []
            if json {
                Console.print(Self.json(stats, devices: devices, calibration: calibration), terminator: "")
            } else {
                let columns = width ?? TerminalWidth.current()
                Console.print(StatsPage.text(stats, width: columns), terminator: "")
                Console.print(CalibrationText.text(calibration, width: columns), terminator: "")
                if case .folder(_, let device) = context.logSource.location {
                    Console.print(Self.deviceText(devices, thisDevice: device.value), terminator: "")
                }
            }
        }
    }
}

/// The width text output should fit.
enum TerminalWidth {
    /// `$COLUMNS` if it is a positive number, else the width of the terminal on standard
    /// output, else 80.
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        if isatty(STDOUT_FILENO) != 0 {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return 80
    }
}
