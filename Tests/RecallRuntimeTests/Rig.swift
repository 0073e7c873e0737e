import Deck
import RecallApp
import RecallRuntime
import RecallRuntimeTesting
import ReviewLog
import SM2
import Study
import TerminalUI

/// A runtime on in-memory ports and terminal, with a small deck: the whole loop, no terminal.
final class Rig {
    static let deckText = """
        # Test Deck

        ## Math

        - MATH-011 Chain Rule (High, Not Started, Week 1) :: Formula: d/dx f(g(x)) = f'(g(x))g'(x) :: Interview: How is chain rule used in backprop?
        - MATH-012 Gradient (High, Not Started, Week 1) :: Formula: ∇f = [∂f/∂x₁ ... ∂f/∂xₙ] :: Interview: What is the gradient?
        """

    /// 2026-11-21 09:00 UTC.
    static let today = LocalDays.dayNumber(year: 2026, month: 11, day: 21)
    static let morning: Int64 = Int64(today) * 86_400_000 + 9 * 3_600_000

    let log: InMemoryReviewLog
    let decks: InMemoryDecks
    let clock: ManualClock
    let editor: ScriptedEditor
    let runtime: Runtime

    init(events: [LogEvent] = [], deckText: String = Rig.deckText, gradeKeys: GradeKeys = .zeroToFive, at wall: Int64 = Rig.morning) {
        log = InMemoryReviewLog(events: events)
        decks = InMemoryDecks(files: ["Decks/test.md": deckText])
        clock = ManualClock(wallMillis: wall)
        editor = ScriptedEditor()
        runtime = Runtime(
            log: log, decks: decks, clock: clock, editor: editor, days: .utc(), limits: DailyLimits(),
            gradeKeys: gradeKeys)
    }

    /// Runs `start` on a `width`×`height` terminal fed `keys`; returns the terminal.
    @discardableResult
    func run(_ start: AppStart, keys: [Key], width: Int = 80, height: Int = 24) throws -> TestBackend {
        let terminal = TestBackend(width: width, height: height, events: keys.map { .key($0) })
        try run(start, on: terminal)
        return terminal
    }

    /// Runs `start` on `terminal` until its script ends or the app quits.
    func run(_ start: AppStart, on terminal: TestBackend) throws {
        let model = try runtime.prepare(start, library: try decks.load(), log: try log.read(), logSizeAtRead: log.size)
        try runtime.run(model, on: terminal)
    }

    /// The log's answers (review, drill, cram) and undos, as `kind card grade`.
    var logged: [String] {
        log.lines.map { line in
            let fields = line.split(separator: "\t").map(String.init)
            return fields.dropFirst().prefix(3).joined(separator: " ")
        }
    }
}

/// Keys from text: each character a key, `\n` Enter.
func keys(_ text: String) -> [Key] {
    text.map { $0 == "\n" ? .enter : .character($0) }
}

extension TestBackend {
    /// Whether any frame drawn had a row containing `text`.
    func showed(_ text: String) -> Bool {
        frames.contains { frame in frame.lines.contains { $0.contains(text) } }
    }
}
