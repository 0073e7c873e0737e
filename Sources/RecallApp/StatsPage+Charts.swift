import Study
import TerminalUI

extension StatsPage {
    /// The widest forecast that is still a column chart: a gutter and 30 columns of two cells.
    static let forecastColumnChartWidth = 66
    /// Rows of the forecast's column chart.
    static let forecastChartRows = 6

    /// The due forecast: a column chart of the next 30 days, or labelled bars by week when
    /// the width does not allow 30 columns.
    static func forecastLines(_ stats: StudyStats, width: Int) -> [Line] {
        forecastChartLines(stats, width: width) + todayQueueLines(stats, width: width)
    }

    /// Today's queue apart, and why it holds fewer due cards than the forecast's today:
    /// "today's queue: 0 drills · 2 due · 5 new; 1 card waits for its sibling until tomorrow …".
    static func todayQueueLines(_ stats: StudyStats, width: Int) -> [Line] {
        guard let queue = stats.todayQueue else { return [] }
        let note = queue.heldBackNote.map { "; " + $0 } ?? ""
        return wrap("  ", "today's queue: " + queue.summary + note, width: width)
    }

    private static func forecastChartLines(_ stats: StudyStats, width: Int) -> [Line] {
        var out = [Line("Due forecast · next 30 days", .heading)]
        let forecast = stats.forecast
        let total = forecast.reduce(0, +)
        guard total > 0 else {
            let note = stats.cards.total == stats.cards.new ? nothingYet : "  nothing due in the next 30 days"
            return out + [Line(note)]
        }
        let overdue = stats.overdue > 0 ? " (\(stats.overdue) overdue)" : ""
        if width >= forecastColumnChartWidth {
            out += forecastColumns(forecast, width: width)
            let week = forecast.prefix(7).reduce(0, +)
            out += wrap("  ", "today \(forecast[0])\(overdue) · tomorrow \(forecast[1]) · "
                + "7 days \(week) · 30 days \(total)", width: width)
        } else {
            let spans: [(String, Range<Int>)] = [
                ("today", 0..<1), ("tomorrow", 1..<2), ("days 2-7", 2..<8), ("days 8-14", 8..<15),
                ("days 15-21", 15..<22), ("days 22-29", 22..<30),
            ]
            let sums = spans.map { forecast[$0.1].reduce(0, +) }
            let valueWidth = String(sums.max() ?? 0).count
            let labelWidth = 10
            let barCells = max(1, width - 2 - labelWidth - 1 - valueWidth - 1)
            let maxSum = Double(sums.max() ?? 0)
            for (index, span) in spans.enumerated() {
                let bar = BarChartRow.bar(value: Double(sums[index]), maxValue: maxSum, cells: barCells)
                out.append(Line("  " + span.0.padded(width: labelWidth) + " " + bar + " "
                    + String(sums[index]).padded(width: valueWidth, alignment: .right)))
            }
            if !overdue.isEmpty { out.append(Line("  today includes \(stats.overdue) overdue")) }
        }
        return out
    }

    /// Thirty columns of eighth blocks, the highest day's count in the gutter, day marks below.
    private static func forecastColumns(_ forecast: [Int], width: Int) -> [Line] {
        let gutter = 6
        let columnWidth = width >= gutter + forecast.count * 3 ? 3 : 2
        let barWidth = columnWidth - 1
        // A pile of overdue cards today would flatten every other day: when today is more than
        // three times the busiest later day, the scale follows the later days and today's column
        // is cut, marked ▲.
        let laterHighest = forecast.dropFirst().max() ?? 0
        let clipsToday = laterHighest > 0 && forecast[0] > 3 * laterHighest
        let highest = clipsToday ? laterHighest : (forecast.max() ?? 0)
        let rows = forecastChartRows
        let heights = forecast.map { count -> Int in
            guard count > 0, highest > 0 else { return 0 }
            return min(rows * 8, max(1, (count * rows * 8 + highest / 2) / highest))
        }
        let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        var out: [Line] = []
        for row in (0..<rows).reversed() {
            var text = row == rows - 1 ? String(highest).padded(width: gutter - 2, alignment: .right) + " ┤"
                : String(repeating: " ", count: gutter - 1) + "│"
            for (day, height) in heights.enumerated() {
                let level = min(8, max(0, height - row * 8))
                let cell = day == 0 && clipsToday && row == rows - 1 ? "▲" : blocks[level]
                text += String(repeating: cell, count: barWidth) + " "
            }
            out.append(Line(text))
        }
        var marks = [Character](repeating: " ", count: gutter + forecast.count * columnWidth)
        for (offset, label) in [(0, "today"), (7, "+7d"), (14, "+14d"), (21, "+21d"), (28, "+28d")] {
            for (index, character) in label.enumerated() where gutter + offset * columnWidth + index < marks.count {
                marks[gutter + offset * columnWidth + index] = character
            }
        }
        out.append(Line(String(marks)))
        return out
    }

    /// The review calendar: weeks as columns, Monday to Sunday as rows, shaded ` ░▒▓█` by
    /// how the day's answers rank among the study days; as many recent weeks as fit.
    static func calendarLines(_ stats: StudyStats, width: Int) -> [Line] {
        var out = [Line("Reviews · last 26 weeks", .heading)]
        let calendar = stats.calendar
        guard calendar.totalAnswers > 0 else { return out + [Line(nothingYet)] }
        let labelWidth = 4
        let room = width - 2 - labelWidth
        let columnWidth = min(3, max(1, room / StatsCalendar.weeks))
        let weeks = min(StatsCalendar.weeks, max(1, room / columnWidth))
        let blockWidth = columnWidth == 1 ? 1 : columnWidth - 1
        let firstShown = calendar.firstDay + (StatsCalendar.weeks - weeks) * 7
        // Month names over the first week of each month, where they do not collide.
        var monthRow = [Character](repeating: " ", count: weeks * columnWidth + 2)
        var nextFree = 0
        var previousMonth = -1
        for week in 0..<weeks {
            let month = LocalDays.civilDate(ofDay: firstShown + week * 7).month
            defer { previousMonth = month }
            guard month != previousMonth, week * columnWidth >= nextFree else { continue }
            // The first column is named only if the next one is in the same month.
            if week == 0, weeks > 1, LocalDays.civilDate(ofDay: firstShown + 7).month != month { continue }
            let name = monthNames[month - 1]
            guard week * columnWidth + name.count <= monthRow.count else { continue }
            for (index, character) in name.enumerated() { monthRow[week * columnWidth + index] = character }
            nextFree = week * columnWidth + name.count + 1
        }
        out.append(Line("  " + String(repeating: " ", count: labelWidth) + String(monthRow)))
        let shades: [Character] = [" ", "░", "▒", "▓", "█"]
        for weekday in 0..<7 {
            var text = "  " + dayNames[weekday].padded(width: labelWidth)
            for week in 0..<weeks {
                let day = firstShown + week * 7 + weekday
                let shade = day > calendar.today ? " " : shades[calendar.level(on: day)]
                text += String(repeating: shade, count: blockWidth)
                if columnWidth > 1 { text += " " }
            }
            out.append(Line(text))
        }
        let busiest = calendar.counts.indices.max { calendar.counts[$0] < calendar.counts[$1] } ?? 0
        out += wrap("  ", "less ░▒▓█ more · \(counted(calendar.totalAnswers, "answer")) on "
            + "\(counted(calendar.activeDays, "day"))", width: width)
        out.append(Line("  busiest \(LocalDays.dateString(ofDay: calendar.firstDay + busiest)): "
            + "\(counted(calendar.counts[busiest], "answer"))"))
        return out
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
}
