import Deck
import RecallApp
import ReviewLog
import Study
import TerminalUI
import Testing

/// The browser opened from home: maths searched as drawn, and each card's predicted recall from
/// the memory states the runtime hands in.
@Suite struct BrowserMemoryTests {
    func model(withMemory: Bool) -> AppModel {
        let library = BrowserTests.library
        let log = BrowserTests.log
        let replay = Replay(library: library, log: log, days: .utc(), today: BrowserTests.today)
        let memory = withMemory ? MemoryReplay(library: library, log: log, days: .utc()) : nil
        return AppModel(library: library, replay: replay, start: .home, at: Fixture.instant(0), memory: memory)
    }

    @Test func theBrowserFromHomeShowsPredictedRecallAndFindsMathsAsDrawn() {
        var driver = Driver(model(withMemory: true))
        driver.press(.character("b"))
        let lines = driver.lines()
        #expect(lines[2].contains("RECALL"))
        // Answered 13 days ago: a recall below 100 %; never answered: a dash.
        let chain = lines.first { $0.contains("MATH-011/formula") } ?? ""
        #expect(chain.range(of: #" [0-9]{1,2}% "#, options: .regularExpression) != nil, "\(chain)")
        // The Notes field holds `$\beta \leq \gamma$`: drawn, it is found as `β ≤`.
        driver.type("/β ≤")
        #expect(driver.lines().contains { $0.contains("MATH-012/formula") })
        #expect(!driver.lines().contains { $0.contains("MATH-011/formula") })
    }

    @Test func withoutMemoryStatesTheRecallColumnIsLeftOut() {
        var driver = Driver(model(withMemory: false))
        driver.press(.character("b"))
        #expect(!driver.lines()[2].contains("RECALL"))
    }
}
