import MathText
import Study
import TerminalUI

extension StatsPage {
    static let nothingYet = "  nothing yet"

    /// Cards by state overall, then a table by phase.
    static func cardLines(_ stats: StudyStats, width: Int) -> [Line] {
        var out = [Line("Cards", .heading)]
        let cards = stats.cards
        guard cards.total > 0 else { return out + [Line("  no cards: no deck was found or none has cards")] }
        out += wrap("  ", "\(counted(cards.total, "card")): \(cards.new) new · \(cards.young) young (<21d) · "
            + "\(cards.mature) mature (21d+)" + (cards.suspended > 0 ? " · \(cards.suspended) suspended" : ""),
            width: width)
        guard !stats.phases.isEmpty else { return out }
        let numberWidth = 7
        let longestName = stats.phases.map { ($0.phase ?? "(\($0.deck))").displayWidth }.max() ?? 0
        let nameWidth = max(6, min(width - 2 - 4 * numberWidth, longestName + 1))
        out.append(Line("  " + "phase".padded(width: nameWidth)
            + ["cards", "new", "young", "mature"].map { $0.padded(width: numberWidth, alignment: .right) }.joined()))
        for phase in stats.phases {
            let counts = phase.counts
            let name = (phase.phase ?? "(\(phase.deck))").truncated(width: nameWidth - 1)
            out.append(Line("  " + name.padded(width: nameWidth)
                + [counts.total, counts.new, counts.young, counts.mature]
                .map { String($0).padded(width: numberWidth, alignment: .right) }.joined()))
        }
        return out
    }

    /// Retention as a table of young and mature by last 30 days and all time, or four lines
    /// when the table does not fit.
    static func retentionLines(_ stats: StudyStats, width: Int) -> [Line] {
        var out = [Line("Retention · scheduled reviews graded 3+", .heading)]
        let retention = stats.retention
        let rows: [(String, StatsPassRate, StatsPassRate)] = [
            ("young (<21d)", retention.youngLast30Days, retention.youngAllTime),
            ("mature (21d+)", retention.matureLast30Days, retention.matureAllTime),
        ]
        if retention.youngAllTime.total + retention.matureAllTime.total == 0 {
            return out + [Line(nothingYet + " (a card's first review is learning and not counted)")]
        }
        let labelWidth = 16
        let columnWidth = 20
        if width >= 2 + labelWidth + 2 * columnWidth {
            out.append(Line("  " + "".padded(width: labelWidth) + "last 30 days".padded(width: columnWidth) + "all time"))
            for (label, recent, all) in rows {
                out.append(Line("  " + label.padded(width: labelWidth)
                    + rateText(recent).padded(width: columnWidth) + rateText(all)))
            }
        } else {
            for (label, recent, all) in rows {
                out.append(Line("  \(label), 30 days: \(rateText(recent))"))
                out.append(Line("  \(label), all time: \(rateText(all))"))
            }
        }
        return out
    }

    /// "83% (5/6)", or "nothing yet" when nothing was counted.
    static func rateText(_ rate: StatsPassRate) -> String {
        guard let percent = rate.percent else { return "nothing yet" }
        return "\(percent)% (\(rate.passed)/\(rate.total))"
    }

    /// Answers by kind, the streak and the time spent.
    static func activityLines(_ stats: StudyStats, width: Int) -> [Line] {
        var out = [Line("Activity", .heading)]
        let answers = stats.answers
        guard answers.total > 0 else {
            return out + ["answers", "streak", "time"].map { Line("  " + $0.padded(width: 9) + "nothing yet") }
        }
        out += wrap("  answers  ", "\(answers.total): \(counted(answers.reviews, "review")) "
            + "(\(answers.firstReviews) new), \(counted(answers.drills, "drill")), \(counted(answers.crams, "cram"))",
            width: width)
        let streak = stats.streak
        let today = streak.studiedToday ? "studied today" : "nothing yet today"
        out += wrap("  streak   ", "\(counted(streak.current, "day")) (longest \(streak.longest)) · \(today) · "
            + "\(counted(streak.studyDays, "day")) studied", width: width)
        let average = stats.answerMillis / Int64(answers.total)
        out += wrap("  time     ", "\(DurationText.of(millis: stats.answerMillis)) answering · "
            + "\(tenths(millis: average)) s per answer", width: width)
        return out
    }

    /// The hardest cards by EF and by lapses, leeches marked, with a hint to rewrite them.
    static func hardestLines(_ stats: StudyStats, width: Int) -> [Line] {
        var out = [Line("Hardest cards", .heading)]
        guard stats.answers.reviews > 0 else { return out + [Line(nothingYet)] }
        let narrow = width < 60
        out.append(Line(narrow ? "    EF  lapses  card" : "    EF    lapses         card"))
        out.append(Line("  lowest EF"))
        if stats.lowestEasiness.isEmpty { out.append(Line("    none below the starting 2.50")) }
        out += stats.lowestEasiness.flatMap { hardCardLines($0, narrow: narrow) }
        out.append(Line("  most lapses"))
        if stats.mostLapses.isEmpty { out.append(Line("    no lapses")) }
        out += stats.mostLapses.flatMap { hardCardLines($0, narrow: narrow) }
        if stats.leechCount > 0 {
            let hint = "\(counted(stats.leechCount, "leech")) (8 or more lapses): rewrite them: split the card, "
                + "add a cue or a mnemonic, or reword the question."
            out += hint.wrapped(width: max(10, width - 2)).map { Line("  " + $0) }
        }
        return out
    }

    /// "    1.30      9  leech  ID  front", or when narrow "    1.30  9 leech ID" over the front.
    static func hardCardLines(_ card: StatsHardCard, narrow: Bool) -> [Line] {
        let easiness = "    " + card.easiness.description
        guard narrow else {
            return [Line(easiness + "  " + String(card.lapses).padded(width: 6, alignment: .right)
                + (card.isLeech ? "  leech  " : "         ") + card.id.rawValue + "  " + MathText.oneLine(card.front))]
        }
        return [
            Line(easiness + " " + String(card.lapses).padded(width: 3, alignment: .right)
                + (card.isLeech ? " leech " : " ") + card.id.rawValue),
            Line("      " + MathText.oneLine(card.front)),
        ]
    }

    /// `body` wrapped to `width` after `head`, later lines indented as far as `head` is wide.
    static func wrap(_ head: String, _ body: String, width: Int) -> [Line] {
        let indent = head.displayWidth
        let pieces = body.wrapped(width: max(10, width - indent))
        return pieces.enumerated().map { index, piece in
            Line((index == 0 ? head : String(repeating: " ", count: indent)) + piece)
        }
    }

    /// "1 card", "2 cards".
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : (noun.hasSuffix("ch") ? "es" : "s"))"
    }

    /// Milliseconds as seconds with one decimal, rounded to nearest: "4.2".
    static func tenths(millis: Int64) -> String {
        let tenths = (millis + 50) / 100
        return "\(tenths / 10).\(tenths % 10)"
    }
}
