import Deck
import ReviewLog
import Study
import Testing
import TerminalUI
import RecallApp

/// Every screen drawn from a deck full of escape sequences, controls and bidirectional controls:
/// no cell of any screen holds a character a terminal would act on, and the marks are there.
@Suite struct UntrustedScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 10), Size(width: 132, height: 40)]

    /// The first character in `buffer` a terminal would act on, or nil.
    static func problem(in buffer: ScreenBuffer) -> String? {
        for (row, line) in buffer.lines.enumerated() {
            for scalar in line.unicodeScalars {
                let value = scalar.value
                if value < 0x20 || (0x7F..<0xA0).contains(value) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(value)
                    || (0x202A...0x202E).contains(value) || (0x2066...0x206F).contains(value) {
                    return "U+\(String(value, radix: 16)) on row \(row): \(line)"
                }
            }
        }
        return nil
    }

    /// A deck whose every part holds the pieces, seeded.
    static func deck(seed: UInt64) -> String {
        var random = seed
        func next() -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: random >> 33)
        }
        let pieces = ["\u{1B}[2J", "\u{1B}]0;PWNED\u{07}", "\u{1B}[31m", "\u{9B}2J", "\u{85}", "\u{202E}", "\u{2066}",
                      "\u{200F}", "\u{2028}", "\r", "\t", "\u{08}", "\u{7F}", "\u{0}", "学", "e\u{301}", "word ", "x"]
        func text() -> String { (0..<(1 + next() % 8)).map { _ in pieces[next() % pieces.count] }.joined() }
        return """
            # Deck \(text())
            ## Phase \(text())
            ### Section \(text())
            - MATH-001 Name \(text()) (High, Not Started, Week 1) :: Formula: \(text()) :: Interview: \(text()) :: Notes: \(text()) :: Resource: \(text())
            - Q \(text()) :: A \(text()) {#EVIL-1}
            ### 01. Topic \(text())
            **Concepts**: \(text())
            """
    }

    @Test func noScreenEverHoldsAControlWhateverTheDeckSays() {
        for seed in UInt64(1)...12 {
            let text = Self.deck(seed: seed)
            let library = Fixture.library(text)
            #expect(library.cards.count >= 3, "seed \(seed)")  // a formula of only a tab is empty
            var screens: [AppModel] = []
            var driver = Driver(Fixture.model(.home, text: text, withStats: true))
            screens.append(driver.model)
            driver.press(.character("c"))
            screens.append(driver.model)
            driver.press(.escape)
            driver.press(.character("s"))
            screens.append(driver.model)
            driver.press(.escape)
            driver.press(.character("?"))
            screens.append(driver.model)
            var review = Driver(Fixture.model(.review, text: text))
            for _ in 0..<5 {
                screens.append(review.model)
                review.press(.character(" "))
                screens.append(review.model)
                review.press(.character("2"))
            }
            review.appendsSucceed = false
            review.press(.character(" "))
            review.press(.character("4"))
            screens.append(review.model)
            review.press(.character("q"))
            screens.append(review.model)
            for model in screens {
                for size in Self.sizes {
                    let buffer = App.view(model, size: size)
                    #expect(Self.problem(in: buffer) == nil, "seed \(seed) at \(size)")
                }
            }
        }
    }

    @Test func theReviewScreenShowsTheMarksWhereTheControlsWere() {
        let text = "# D\n## P\n- Evil \u{1B}[2J\u{1B}]0;PWNED\u{07} \u{1B}[31mred\u{1B}[0m? :: access\u{202E}level {#EVIL-1}\n"
        var driver = Driver(Fixture.model(.review, text: text))
        #expect(driver.lines().contains { $0.contains("Evil ␛[2J␛]0;PWNED␇ ␛[31mred␛[0m?") })
        driver.press(.character(" "))
        #expect(driver.lines().contains { $0.contains("access<U+202E>level") })
    }
}
