import Deck
import RecallApp
import ReviewLog
import SM2
import Study
import TerminalUI
import Testing

/// The stats page laid out at 80, 120 and 40 columns, on a small hand-built log.
@Suite struct StatsPageTests {
    static let days = LocalDays.utc()
    static let today = LocalDays.dayNumber(year: 2026, month: 11, day: 21)  // a Saturday

    static func card(_ id: String, _ front: String) -> Card {
        Card(id: CardID(id), noteID: String(id.prefix { $0 != "/" }), kind: .formula, deck: "Tracker",
             phase: "Math", sections: [], front: front, back: [], location: SourceLocation(file: "t.md", line: 1))
    }

    static func event(_ kind: EventKind, _ id: String, _ grade: Int, day: Int, minute: Int = 0, millis: Int = 4000) -> LogEvent {
        LogEvent(time: Int64(day) * 86_400_000 + 12 * 3_600_000 + Int64(minute) * 60_000, kind: kind, cardID: id,
                 grade: Grade(grade), answerMillis: millis)
    }

    static func stats(_ events: [LogEvent]) -> StudyStats {
        let library = DeckLibrary(decks: [Deck(name: "Tracker", file: "t.md", phases: ["Math"], cards: [
            card("A/formula", "Alpha: formula?"), card("B/formula", "Beta: formula?"),
        ])])
        let replay = Replay(library: library, answers: events, days: days, today: today)
        return StudyStats(library: library, replay: replay, answers: events, days: days)
    }

    /// A: 4 yesterday (due today). B: 4, 4 three and two days ago (I 6, due in 4 days), then a
    /// drill. Seven answers of 4 s: 28 s.
    static let sample = stats([
        event(.review, "B/formula", 4, day: today - 3),
        event(.review, "B/formula", 4, day: today - 2),
        event(.drill, "B/formula", 4, day: today - 2, minute: 1),
        event(.review, "A/formula", 3, day: today - 1),
        event(.cram, "A/formula", 5, day: today - 1, minute: 1),
        event(.cram, "A/formula", 5, day: today - 1, minute: 2),
        event(.cram, "B/formula", 5, day: today - 1, minute: 3),
    ])

    func text(_ stats: StudyStats, _ width: Int) -> [String] {
        StatsPage.text(stats, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func at80ColumnsTheForecastIsAColumnChartAndRetentionATable() {
        let lines = text(Self.sample, 80)
        #expect(lines.allSatisfy { $0.displayWidth <= 80 })
        let forecast = lines.drop { $0 != "Due forecast · next 30 days" }.prefix(10)
        #expect(Array(forecast) == [
            "Due forecast · next 30 days",
            "   1 ┤█       █",
            "     │█       █",
            "     │█       █",
            "     │█       █",
            "     │█       █",
            "     │█       █",
            "      today         +7d           +14d          +21d          +28d",
            "  today 1 · tomorrow 0 · 7 days 2 · 30 days 2",
            "",
        ])
        // Wednesday 1 answer, Thursday 2, Friday 4: ranked among three study days, ▒ ▓ █.
        let calendar = Array(lines.drop { $0 != "Reviews · last 26 weeks" }.prefix(11))
        #expect(calendar[1] == "        Jun       Jul     Aug       Sep     Oct     Nov")
        #expect(calendar[4] == "  Wed                                                   ▒")
        #expect(calendar[5] == "  Thu                                                   ▓")
        #expect(calendar[6] == "  Fri                                                   █")
        #expect(calendar[7] == "  Sat")
        #expect(calendar[9] == "  less ░▒▓█ more · 7 answers on 3 days")
        #expect(calendar[10] == "  busiest 2026-11-20: 4 answers")
        #expect(lines.contains("                  last 30 days        all time"))
        #expect(lines.contains("  young (<21d)    100% (1/1)          100% (1/1)"))
        #expect(lines.contains("  mature (21d+)   nothing yet         nothing yet"))
        #expect(lines.contains("  answers  7: 3 reviews (2 new), 1 drill, 3 crams"))
        #expect(lines.contains("  streak   3 days (longest 3) · nothing yet today · 3 days studied"))
        #expect(lines.contains("  time     28s answering · 4.0 s per answer"))
        #expect(lines.contains("    2.36       0         A/formula  Alpha: formula?"))
    }

    @Test func at120ColumnsTheChartsWiden() {
        let lines = text(Self.sample, 120)
        #expect(lines.allSatisfy { $0.displayWidth <= 120 })
        #expect(lines.contains("   1 ┤██          ██"))
        #expect(lines.contains(
            "      today                +7d                  +14d                 +21d                 +28d"))
        #expect(lines.contains("  Fri                                                                            ██"))
    }

    @Test func at40ColumnsTheChartsBecomeLabelledBarsAndLines() {
        let lines = text(Self.sample, 40)
        #expect(lines.allSatisfy { $0.displayWidth <= 40 })
        let bar = String(repeating: "█", count: 25)
        let blank = String(repeating: " ", count: 25)
        let forecast = Array(lines.drop { $0 != "Due forecast · next 30 days" }.prefix(7))
        #expect(forecast == [
            "Due forecast · next 30 days",
            "  today      \(bar) 1",
            "  tomorrow   \(blank) 0",
            "  days 2-7   \(bar) 1",
            "  days 8-14  \(blank) 0",
            "  days 15-21 \(blank) 0",
            "  days 22-29 \(blank) 0",
        ])
        #expect(lines.contains("  Fri                          █"))
        #expect(lines.contains("  young (<21d), 30 days: 100% (1/1)"))
        #expect(lines.contains("  mature (21d+), all time: nothing yet"))
        #expect(lines.contains("  streak   3 days (longest 3) · nothing"))
        #expect(lines.contains("           yet today · 3 days studied"))
        #expect(lines.contains("    2.36   0 A/formula"))
        #expect(lines.contains("      Alpha: formula?"))
    }

    @Test func anEmptyLogSaysNothingYetEverywhere() {
        #expect(StatsPage.text(Self.stats([]), width: 80) == """
            Recall · stats · 2026-11-21

            Cards
              2 cards: 2 new · 0 young (<21d) · 0 mature (21d+)
              phase   cards    new  young mature
              Math        2      2      0      0

            Due forecast · next 30 days
              nothing yet

            Reviews · last 26 weeks
              nothing yet

            Retention · scheduled reviews graded 3+
              nothing yet (a card's first review is learning and not counted)

            Activity
              answers  nothing yet
              streak   nothing yet
              time     nothing yet

            Hardest cards
              nothing yet

            """)
    }

    @Test func theScreenShowsThePageFromTheScrollOffsetWithKeyHints() {
        let size = Size(width: 80, height: 10)
        let top = StatsPage.render(Self.sample, size: size)
        #expect(top.trimmedLines[0] == "Recall · stats · 2026-11-21")
        #expect(top[0, 0].style == .bold)
        #expect(top.trimmedLines[9].contains("q back"))
        let lineCount = StatsPage.lines(Self.sample, width: 80).count
        #expect(StatsPage.maximumScroll(Self.sample, size: size) == lineCount - 9)
        let scrolled = StatsPage.render(Self.sample, size: size, scroll: 3)
        #expect(scrolled.trimmedLines[0] == "  2 cards: 0 new · 2 young (<21d) · 0 mature (21d+)")
        let bottom = StatsPage.render(Self.sample, size: size, scroll: 10_000)
        #expect(bottom.trimmedLines[8] == "    no lapses")
        let tiny = StatsPage.render(Self.sample, size: Size(width: 10, height: 1))
        #expect(tiny.trimmedLines == ["Recall · s"])  // laid out at 20 columns, clipped
    }
}
