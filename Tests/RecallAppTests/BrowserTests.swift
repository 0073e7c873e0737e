import Deck
import Foundation
import RecallApp
import ReviewLog
import SM2
import Study
import TerminalUI
import Testing

/// The card browser and card info, drawn into the screen buffer.
@Suite struct BrowserTests {
    static let deck = """
        # Browse

        ## Math

        - MATH-011 Chain Rule (High, Not Started, Week 1) :: Formula: d/dx f(g(x)) = f'(g(x))g'(x) :: Interview: How is chain rule used in backprop? :: Notes: Backpropagation foundation
        - MATH-012 Gradient (High, Not Started, Week 1) :: Formula: ∇f = [∂f/∂x₁ ... ∂f/∂xₙ] :: Interview: What is the gradient? :: Notes: $\\alpha + \\beta \\leq \\gamma$
        - Café au lait: what is Ångström? :: A unit of length, 10⁻¹⁰ m {#Q-ACCENT}

        ## 中文

        - 什么是梯度下降？它如何更新每一个参数以减小损失函数的值？ :: 沿负梯度方向更新参数 {#Q-CJK}
        - 🧠👀 Which emoji means attention? :: The brain and eyes {#Q-EMOJI}
        """

    static var library: DeckLibrary { DeckLibrary(parsed: [DeckParser.parse(deck, file: "Decks/browse.md")]) }

    static func event(_ kind: EventKind, _ id: String, _ grade: Int?, day: Int) -> LogEvent {
        LogEvent(
            time: Int64(day) * 86_400_000 + 10 * 3_600_000, kind: kind, cardID: id, grade: grade.flatMap(Grade.init),
            answerMillis: grade == nil ? nil : 3100)
    }

    static let today = Fixture.today

    /// MATH-011/formula reviewed three times, drilled once; Q-EMOJI suspended; Q-CJK buried today.
    static var log: LogContents {
        let lines = [
            event(.review, "MATH-011/formula", 5, day: today - 20),
            event(.review, "MATH-011/formula", 5, day: today - 19),
            event(.review, "MATH-011/formula", 2, day: today - 13),
            event(.drill, "MATH-011/formula", 4, day: today - 13),
            event(.suspend, "Q-EMOJI", nil, day: today - 1),
            event(.bury, "Q-CJK", nil, day: today),
        ]
        return LogReader.read(Array((LogEvent.header + "\n" + lines.map(\.logLine).joined()).utf8))
    }

    static var replay: Replay { Replay(library: library, log: log, days: .utc(), today: today) }

    func browser(_ size: Size) -> CardBrowser {
        CardBrowser(library: Self.library, replay: Self.replay, size: size)
    }

    func typed(_ text: String, into browser: inout CardBrowser) {
        _ = browser.press(.character("/"))
        for character in text { _ = browser.press(.character(character)) }
    }

    func ids(_ browser: CardBrowser) -> [String] {
        browser.matches.found.map { Self.library.cards[Int($0)].id.rawValue }
    }

    @Test func theListShowsEveryCardWithItsStateAt80x24() {
        let screen = browser(Size(width: 80, height: 24)).render(size: Size(width: 80, height: 24), banner: nil)
        let lines = screen.lines
        #expect(lines[0].hasPrefix(" Recall · cards"))
        #expect(lines[0].hasSuffix("7 of 7 "))
        #expect(lines[2].contains("ID") && lines[2].contains("STATE") && lines[2].contains("DUE") && lines[2].contains("LAPSES"))
        let chain = lines.first { $0.contains("MATH-011/formula") } ?? ""
        #expect(chain.contains("due") && chain.contains("2.70") && chain.contains("Math"))
        #expect(lines.contains { $0.contains("Q-EMOJI") && $0.contains("suspended") })
        #expect(lines.contains { $0.contains("Q-CJK") && $0.contains("buried") })
        #expect(lines.contains { $0.contains("Q-CJK") && $0.contains("什么是梯度下降") })
        #expect(lines.contains { $0.contains("Q-EMOJI") && $0.contains("🧠") })
        #expect(lines[23].contains("/ search") && lines[23].contains("q back"))
        // Every row fits the screen: wide characters never push past the right edge.
        #expect(lines.allSatisfy { $0.displayWidth == 80 })
    }

    @Test func theListFitsA40x10Screen() {
        var browser = browser(Size(width: 40, height: 10))
        let size = Size(width: 40, height: 10)
        var lines = browser.render(size: size, banner: nil).lines
        #expect(lines.count == 10 && lines.allSatisfy { $0.displayWidth == 40 })
        #expect(lines[3].contains("MATH-011/formula"))
        #expect(lines[9].contains("/ search"))
        // Six rows of cards; moving down past them scrolls.
        for _ in 0..<6 { _ = browser.press(.down) }
        lines = browser.render(size: size, banner: nil).lines
        #expect(lines[8].contains("Q-EMOJI"))
        #expect(!lines.contains { $0.contains("MATH-011/formula") })
    }

    @Test func searchIsCaseAndAccentInsensitiveOverFrontBackAndID() {
        var browser = browser(Size(width: 80, height: 24))
        typed("angstrom", into: &browser)
        #expect(ids(browser) == ["Q-ACCENT"])
        _ = browser.press(.escape)
        typed("CAFE", into: &browser)
        #expect(ids(browser) == ["Q-ACCENT"])
        _ = browser.press(.escape)
        typed("math-012", into: &browser)
        #expect(ids(browser) == ["MATH-012/formula", "MATH-012/interview"])
        _ = browser.press(.escape)
        typed("梯度", into: &browser)
        #expect(ids(browser) == ["Q-CJK"])
        _ = browser.press(.escape)
        typed("∇f", into: &browser)
        #expect(ids(browser) == ["MATH-012/formula", "MATH-012/interview"])
        _ = browser.press(.escape)
        typed("\\alpha", into: &browser)
        #expect(ids(browser) == ["MATH-012/formula", "MATH-012/interview"], "maths is matched in its source")
        _ = browser.press(.backspace)
        #expect(browser.searchText == "\\alph")
        let screen = browser.render(size: Size(width: 80, height: 24), banner: nil).lines
        #expect(screen[1].hasPrefix(" /\\alph"))
        _ = browser.press(.enter)
        #expect(browser.input == .list)
        typed("zzz", into: &browser)
        #expect(browser.render(size: Size(width: 80, height: 24), banner: nil).lines[3].contains("No card matches"))
    }

    @Test func theDrawnFormOfMathsIsSearchedToo() {
        let browser = CardBrowser(library: Self.library, replay: Self.replay, size: Size(width: 80, height: 24)) {
            $0.replacingOccurrences(of: "$\\alpha + \\beta \\leq \\gamma$", with: "α + β ≤ γ")
        }
        var copy = browser
        typed("β ≤", into: &copy)
        #expect(ids(copy) == ["MATH-012/formula", "MATH-012/interview"])
    }

    @Test func filtersCycleByStateAndPhaseAndSortsReorder() {
        var browser = browser(Size(width: 80, height: 24))
        _ = browser.press(.character("s"))
        #expect(browser.stateFilter == .new)
        #expect(!ids(browser).contains("MATH-011/formula") && !ids(browser).contains("Q-EMOJI"))
        for _ in 0..<4 { _ = browser.press(.character("s")) }
        #expect(browser.stateFilter == .suspended)
        #expect(ids(browser) == ["Q-EMOJI"])
        #expect(browser.render(size: Size(width: 80, height: 24), banner: nil).lines[1].contains("suspended"))
        _ = browser.press(.character("s"))
        #expect(ids(browser) == ["Q-CJK"])
        _ = browser.press(.character("s"))
        _ = browser.press(.character("s"))
        #expect(browser.stateFilter == nil)
        _ = browser.press(.character("p"))
        _ = browser.press(.character("p"))
        #expect(browser.phaseFilter == "中文")
        #expect(ids(browser) == ["Q-CJK", "Q-EMOJI"])
        _ = browser.press(.character("p"))
        _ = browser.press(.character("o"))
        #expect(browser.sort == .due)
        #expect(ids(browser).first == "MATH-011/formula")
        _ = browser.press(.character("o"))
        _ = browser.press(.character("o"))
        #expect(browser.sort == .lapses)
        #expect(ids(browser).first == "MATH-011/formula")
    }

    @Test func enterOpensInfoAndBangAsksToSuspend() {
        var browser = browser(Size(width: 80, height: 24))
        _ = browser.press(.down)
        #expect(browser.press(.enter) == .openInfo(position: 1))
        #expect(browser.press(.character("!")) == .toggleSuspend(position: 1))
        #expect(browser.press(.character("q")) == .close)
    }

    @Test func cardInfoShowsTheCardItsStateAndEveryAnswerNewestFirst() throws {
        let library = Self.library
        let position = try #require(library.position(of: CardID("MATH-011/formula")))
        let timeline = CardTimeline(cardID: "MATH-011/formula", log: Self.log, days: .utc())
        let info = CardInfo(position: position, timeline: timeline)
        let lines = info.render(library: library, replay: Self.replay, size: Size(width: 80, height: 24), banner: nil).lines
        #expect(lines[0].hasPrefix(" Card info") && lines[0].contains("MATH-011/formula"))
        #expect(lines.contains { $0.contains("Chain Rule: formula?") })
        #expect(lines.contains { $0.contains("d/dx f(g(x)) = f'(g(x))g'(x)") })
        #expect(lines.contains { $0.contains("SM-2  n 1 · EF 2.70 · I 1d · due") })
        let history = lines.drop { !$0.contains("History: 4 answers, newest first") }.dropFirst().prefix(4).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(history == [
            "\(LocalDays.dateString(ofDay: Self.today - 13))  drill      4  3.1s",
            "\(LocalDays.dateString(ofDay: Self.today - 13))  review     2  3.1s  → 1d",
            "\(LocalDays.dateString(ofDay: Self.today - 19))  review     5  3.1s  → 6d",
            "\(LocalDays.dateString(ofDay: Self.today - 20))  review     5  3.1s  → 1d",
        ])
        #expect(lines[23].contains("e edit") && lines[23].contains("! suspend") && lines[23].contains("f forget"))
    }

    @Test func cardInfoScrollsAt40x10AndDrawsWideText() throws {
        let library = Self.library
        let size = Size(width: 40, height: 10)
        for id in ["Q-CJK", "Q-EMOJI", "MATH-012/formula"] {
            let position = try #require(library.position(of: CardID(id)))
            var info = CardInfo(position: position, timeline: CardTimeline(cardID: id, log: Self.log, days: .utc()))
            var lines = info.render(library: library, replay: Self.replay, size: size, banner: nil).lines
            #expect(lines.count == 10 && lines.allSatisfy { $0.displayWidth == 40 }, "\(id)")
            #expect(lines[9].contains("q back"))
            for _ in 0..<30 { _ = info.press(.character("j")) }
            lines = info.render(library: library, replay: Self.replay, size: size, banner: nil).lines
            #expect(lines.contains { $0.contains("History") || $0.contains(LocalDays.dateString(ofDay: Self.today - 1)) || $0.contains("never answered") }, "\(id)")
        }
        let cjk = try #require(library.position(of: CardID("Q-CJK")))
        let lines = CardInfo(position: cjk, timeline: CardTimeline(cardID: "Q-CJK", log: Self.log, days: .utc()))
            .render(library: library, replay: Self.replay, size: size, banner: nil).lines
        #expect(lines.contains { $0.contains("什么是梯度下降") })
        #expect(lines.contains { $0.contains("buried today") })
        let emoji = try #require(library.position(of: CardID("Q-EMOJI")))
        let emojiLines = CardInfo(position: emoji, timeline: CardTimeline(cardID: "Q-EMOJI", log: Self.log, days: .utc()))
            .render(library: library, replay: Self.replay, size: size, banner: nil).lines
        #expect(emojiLines.contains { $0.contains("🧠👀") })
        #expect(emojiLines[9].contains("! unsuspend"))
    }

    @Test func forgetAsksFirst() {
        var info = CardInfo(position: 0, timeline: CardTimeline(cardID: "MATH-011/formula", log: Self.log, days: .utc()))
        #expect(info.press(.character("f")) == .stay)
        #expect(info.prompt == .confirmForget)
        let lines = info.render(library: Self.library, replay: Self.replay, size: Size(width: 40, height: 10), banner: nil).lines
        #expect(lines.contains { $0.contains("Forget MATH-011/formula?") })
        #expect(info.press(.character("n")) == .stay)
        #expect(info.prompt == .none)
        _ = info.press(.character("f"))
        #expect(info.press(.character("y")) == .forget)
        #expect(info.press(.character("e")) == .edit)
        #expect(info.press(.character("!")) == .toggleSuspend)
        #expect(info.press(.escape) == .close)
    }

    @Test func theTimelineRestartsIntervalsAfterAForget() {
        let lines = [
            Self.event(.review, "A", 5, day: 100), Self.event(.review, "A", 5, day: 101),
            Self.event(.forget, "A", nil, day: 102), Self.event(.review, "A", 4, day: 103),
        ]
        let log = LogReader.read(Array(lines.map(\.logLine).joined().utf8))
        let timeline = CardTimeline(cardID: "A", log: log, days: .utc())
        #expect(timeline.entries.map(\.event.kind) == [.review, .forget, .review, .review])
        #expect(timeline.entries.map(\.intervalAfter) == [1, nil, 6, 1])
    }
}
