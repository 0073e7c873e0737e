import Deck
import RecallApp
import ReviewLog
import SM2
import Study
import TerminalUI

/// A small library parsed from deck text, the app built on it, and helpers to drive it.
enum Fixture {
    static let deckText = """
        # Test Deck

        ## Math

        ### Calculus

        - MATH-011 Chain Rule (High, Not Started, Week 1) :: Formula: d/dx f(g(x)) = f'(g(x))g'(x) :: Interview: How is chain rule used in backprop? :: Resource: https://example.com/chain :: Notes: Backpropagation foundation
        - MATH-012 Gradient (High, Not Started, Week 1) :: Formula: ∇f = [∂f/∂x₁ ... ∂f/∂xₙ] :: Interview: What is the gradient? :: Resource: https://www.youtube.com/watch?v=GkB4vW16QHI :: Notes: Direction of steepest ascent

        ## 中文

        - 什么是梯度下降？它如何在神经网络的训练过程中一步一步地更新每一个参数以减小损失函数的值？ :: 沿负梯度方向更新参数 {#Q-CJK}
        """

    /// 2026-11-21 as a day number.
    static let today = LocalDays.dayNumber(year: 2026, month: 11, day: 21)
    /// 09:00 UTC that day, in milliseconds.
    static let morning: Int64 = Int64(today) * 86_400_000 + 9 * 3_600_000

    static func library(_ text: String = deckText) -> DeckLibrary {
        DeckLibrary(parsed: [DeckParser.parse(text, file: "Decks/test.md")])
    }

    static func replay(_ library: DeckLibrary, answers: [LogEvent] = [], today: Int = today) -> Replay {
        Replay(library: library, answers: answers, days: .utc(), today: today)
    }

    static func instant(_ seconds: Int) -> AppInstant {
        AppInstant(wallMillis: morning + Int64(seconds) * 1000, monotonicMillis: Int64(seconds) * 1000)
    }

    static func model(
        _ start: AppStart, text: String = deckText, answers: [LogEvent] = [], withStats: Bool = false,
        gradeKeys: GradeKeys = .zeroToFive
    ) -> AppModel {
        let library = library(text)
        let replay = replay(library, answers: answers)
        let stats = withStats ? StudyStats(library: library, replay: replay, answers: answers, days: .utc()) : nil
        return AppModel(library: library, replay: replay, start: start, at: instant(0), stats: stats, gradeKeys: gradeKeys)
    }
}

/// Drives a model with keys, keeping every effect, and confirming appends as the runtime does.
struct Driver {
    var model: AppModel
    var effects: [AppEffect] = []
    var clock = 0
    /// Whether appends succeed; when false the next append is answered with `saveFailed`.
    var appendsSucceed = true

    init(_ model: AppModel) { self.model = model }

    /// Presses `key` `seconds` after the previous one.
    mutating func press(_ key: Key, after seconds: Int = 1) {
        clock += seconds
        send(.key(key, at: Fixture.instant(clock)))
    }

    /// Types each character as a key.
    mutating func type(_ text: String) {
        for character in text {
            press(character == "\n" ? .enter : .character(character))
        }
    }

    mutating func send(_ message: AppMessage) {
        let (next, newEffects) = App.update(model, message)
        model = next
        effects += newEffects
        for effect in newEffects {
            if case .append = effect {
                send(appendsSucceed ? .saved : .saveFailed(reason: "cannot write to /tmp/r.log: No space left on device"))
            }
        }
    }

    /// The appended events so far.
    var appended: [LogEvent] {
        effects.compactMap { if case .append(let event) = $0 { event } else { nil } }
    }

    func lines(_ width: Int = 80, _ height: Int = 24) -> [String] {
        App.view(model, size: Size(width: width, height: height)).trimmedLines
    }
}

func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }
