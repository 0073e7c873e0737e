import RecallApp
import Testing
import TerminalUI

/// The home screen's phase list scrolls when it is longer than the screen.
@Suite struct HomeScrollTests {
    static let manyPhases = "# Many\n\n" + (1...30).map { index in
        "## Phase \(index)\n\n- What is \(index)? :: \(index) {#Q-\(index)}\n"
    }.joined(separator: "\n")

    @Test func jDownEndAndHomeScrollThePhases() {
        var driver = Driver(Fixture.model(.home, text: Self.manyPhases))
        let first = driver.lines()
        #expect(first[5].hasPrefix("   Phase 1 "))
        #expect(first[21].hasSuffix("▼"))
        driver.press(.character("j"))
        #expect(driver.lines()[5].hasPrefix("   Phase 2 "))
        #expect(driver.lines()[5].hasSuffix("▲"))
        driver.press(.down)
        #expect(driver.lines()[5].hasPrefix("   Phase 3 "))
        driver.press(.end)
        let bottom = driver.lines()
        #expect(bottom[21].hasPrefix("   Phase 30 "))
        #expect(!bottom[21].hasSuffix("▼"))
        driver.press(.character("k"))
        #expect(driver.lines()[21].hasPrefix("   Phase 29 "))
        driver.press(.pageUp)
        driver.press(.home)
        #expect(driver.lines()[5].hasPrefix("   Phase 1 "))
        #expect(driver.effects.isEmpty)
    }
}
