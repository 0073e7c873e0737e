import ArgumentParser
import Study

/// `recall due`: today's queue, in the order the review would show it.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Print today's queue in the order the review shows it.",
        discussion: """
            Pending drills first, then due cards (most overdue first) with new cards spread among \
            them, within --new-per-day and --reviews-per-day, and at most one card of a concept or \
            topic a day.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print JSON: an array of {\"id\", \"reason\", \"due\"} in queue order.")
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try options.loadContext()
            context.keepUntilExit()
            let queue = DailyQueue(library: context.library, replay: context.replay, limits: context.limits)
            Console.print(json ? Self.json(queue) : Self.table(queue, context: context), terminator: "")
        }
    }

    static func json(_ queue: DailyQueue) -> String {
        let rows = queue.items.map { item in
            JSONText.object([
                "id": JSONText.string(item.cardID.rawValue),
                "reason": JSONText.string(item.reason.rawValue),
                "due": JSONText.optionalString(item.dueDay.map(LocalDays.dateString(ofDay:))),
            ])
        }
        return rows.isEmpty ? "[]\n" : "[\n  " + rows.joined(separator: ",\n  ") + "\n]\n"
    }

    static func table(_ queue: DailyQueue, context: StudyContext) -> String {
        var out = "\(LocalDays.dateString(ofDay: context.today)): \(counted(queue.items.count, "card")) to study"
        out += " (\(queue.drillCount) drill, \(queue.dueCount) due of \(queue.dueTotal), \(queue.newCount) new of \(queue.newTotal))\n"
        if let note = queue.heldBackNote { out += note + "\n" }
        if context.library.decks.isEmpty {
            return out + "No deck found in \(context.decksPath): add a Markdown deck there, or pass --decks PATH.\n"
        }
        guard !queue.items.isEmpty else { return out + "Nothing left for today.\n" }
        let idWidth = queue.items.map { $0.cardID.rawValue.count }.max() ?? 0
        for item in queue.items {
            let card = context.library.cards[item.position]
            let due = item.dueDay.map(LocalDays.dateString(ofDay:)) ?? "-"
            out += "\(item.reason.rawValue.padding(5))  \(due.padding(10))  \(item.cardID.rawValue.padding(idWidth))  \(card.front)\n"
        }
        return out
    }
}

extension String {
    /// The string padded with spaces on the right to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
