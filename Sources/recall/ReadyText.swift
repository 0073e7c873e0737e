import Deck
import Study
import TerminalUI

/// What `recall ready` prints: text with bars, or JSON.
enum ReadyText {
    /// How many not-ready cards the text lists before "and N more".
    static let listedCards = 15

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// The text report, laid out for `width` columns.
    static func text(_ outlook: InterviewOutlook, library: DeckLibrary, width: Int) -> String {
        let readiness = outlook.readiness
        let width = max(40, width)
        var lines: [String] = []
        let date = LocalDays.dateString(ofDay: readiness.interviewDay)
        let when: String
        switch readiness.daysLeft {
        case ..<0: when = "was \(counted(-readiness.daysLeft, "day")) ago; nothing is planned after it"
        case 0: when = "is today"
        case 1: when = "is tomorrow"
        default: when = "is in \(readiness.daysLeft) days"
        }
        lines.append("Interview \(date) \(when) · target recall \(percent(readiness.target))")
        lines.append("\(percent(readiness.readyShare)) ready: \(readiness.readyCount) of \(counted(readiness.cards.count, "card")) would be remembered on the day")
        lines.append("")

        let labels = readiness.phases.map { "\($0.deck) › \($0.phase ?? "(no phase)")" }
        let labelWidth = min(max(5, labels.map(\.displayWidth).max() ?? 5), width / 2)
        let barCells = max(5, width - labelWidth - 27)
        lines.append("Phase".padded(width: labelWidth) + "  cards  ready  mean recall on the day")
        for (phase, label) in zip(readiness.phases, labels) {
            lines.append(
                label.truncated(width: labelWidth).padded(width: labelWidth) + "  "
                    + String(phase.cards).padded(width: 5, alignment: .right) + "  "
                    + String(phase.ready).padded(width: 5, alignment: .right) + "  "
                    + BarChartRow.bar(value: phase.meanRecall, maxValue: 1, cells: barCells) + " "
                    + percent(phase.meanRecall))
        }

        let notReady = readiness.notReady
        lines.append("")
        if notReady.isEmpty {
            lines.append("Every card is ready.")
        } else {
            lines.append("Not ready, weakest first (\(notReady.count)):")
            let idWidth = min(width / 2, notReady.prefix(listedCards).map { $0.id.rawValue.displayWidth }.max() ?? 2)
            for card in notReady.prefix(listedCards) {
                let recall = card.recall.map { percent($0) + " on the day" } ?? "never answered"
                lines.append("  " + card.id.rawValue.truncated(width: idWidth).padded(width: idWidth) + "  " + recall)
            }
            if notReady.count > listedCards { lines.append("  and \(notReady.count - listedCards) more") }
        }

        let plan = outlook.plan
        if !plan.days.isEmpty {
            lines.append("")
            lines.append("Plan, day by day: SM-2 reviews due + cards to bring back")
            let maxLoad = Double(plan.days.map(\.load).max() ?? 1)
            for day in plan.days {
                let name = day.day == readiness.today ? "today" : LocalDays.dateString(ofDay: day.day)
                let figures = "\(day.due) + \(day.cards.count)"
                lines.append(
                    "  " + name.padded(width: 10) + "  " + figures.padded(width: 11) + " "
                        + BarChartRow.bar(value: Double(day.load), maxValue: max(1, maxLoad), cells: max(5, width - 26)))
            }
            if plan.leftToSchedule > 0 {
                lines.append("  \(counted(plan.leftToSchedule, "card")) not ready will come back as SM-2 reviews in time.")
            }
            if plan.outOfTime > 0 {
                lines.append("  \(counted(plan.outOfTime, "card")) answered today cannot be brought back again before the day.")
            }
        }
        return lines.map { line in
            var fitted = line.truncated(width: width)
            while fitted.last == " " { fitted.removeLast() }
            return fitted
        }.joined(separator: "\n") + "\n"
    }

    /// `{"interview", "target", "daysLeft", "phases", "cards", "plan"}` (DESIGN §5).
    static func json(_ outlook: InterviewOutlook, library: DeckLibrary) -> String {
        let readiness = outlook.readiness
        let phases = readiness.phases.map { phase in
            JSONText.object([
                "deck": JSONText.string(phase.deck),
                "phase": JSONText.optionalString(phase.phase),
                "cards": String(phase.cards),
                "ready": String(phase.ready),
                "meanRecall": JSONText.optionalDouble(phase.meanRecall),
            ])
        }
        let cards = readiness.cards.map { card in
            JSONText.object([
                "id": JSONText.string(card.id.rawValue),
                "phase": JSONText.optionalString(card.phase),
                "recall": JSONText.optionalDouble(card.recall),
                "ready": card.isReady ? "true" : "false",
            ])
        }
        let plan = outlook.plan.days.map { day in
            JSONText.object([
                "date": JSONText.string(LocalDays.dateString(ofDay: day.day)),
                "due": String(day.due),
                "cards": "[" + day.cards.map { JSONText.string(library.cards[$0].id.rawValue) }.joined(separator: ", ") + "]",
            ])
        }
        func array(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
        }
        return "{\n"
            + "  \"interview\": \(JSONText.string(LocalDays.dateString(ofDay: readiness.interviewDay))),\n"
            + "  \"target\": \(readiness.target),\n"
            + "  \"daysLeft\": \(readiness.daysLeft),\n"
            + "  \"phases\": \(array(phases)),\n"
            + "  \"cards\": \(array(cards)),\n"
            + "  \"plan\": \(array(plan))\n"
            + "}\n"
    }
}
