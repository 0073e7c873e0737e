import ArgumentParser
import Deck
import Study

/// `recall decks`: decks and phases with card, new and due counts, and today's queue.
struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decks",
        abstract: "Print the decks and their phases with card, new and due counts, and today's queue.",
        discussion: """
            Phases (## headings) without cards are left out. DUE counts cards due today or earlier \
            (suspended and buried ones left out). TODAY is today's queue, as `recall due` and the \
            home screen count it: pending drills, due and new cards apart, and WAIT the due and new \
            cards left for a later day, for a sibling asked today or by --reviews-per-day; the \
            line under the table says which.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let context = try options.loadContext()
            context.keepUntilExit()
            Console.print(Self.inUse(context) + Self.table(context), terminator: "")
        }
    }

    /// The line that says which decks are in use and why.
    static func inUse(_ context: StudyContext) -> String {
        let source = context.settings.decks.source
        switch context.decks {
        case .builtIn:
            return "Decks in use: the built-in decks (\(source)); 'recall init' copies them for editing\n"
        case .folder(let path):
            return "Decks in use: \(path) (\(source))\n"
        }
    }

    struct Counts {
        var cards = 0, new = 0, due = 0
        var positions: [Int] = []
        mutating func add(_ history: CardHistory, position: Int, today: Int) {
            cards += 1
            positions.append(position)
            if history.isNew { new += 1 }
            if history.schedule.isDue(on: today), history.isAvailable(on: today) { due += 1 }
        }
    }

    static func table(_ context: StudyContext) -> String {
        var lines: [(name: String, counts: Counts)] = []
        var total = Counts()
        for deck in context.library.decks {
            var deckCounts = Counts()
            var phaseOrder: [String] = []
            var phaseCounts: [String: Counts] = [:]
            for card in deck.cards {
                // A card whose ID repeats an earlier one was left out of the library.
                guard let cardPosition = context.library.position(of: card.id),
                      context.library.cards[cardPosition].location == card.location else { continue }
                let history = context.replay.history(at: cardPosition)
                let phase = card.phase ?? "(no phase)"
                if phaseCounts[phase] == nil { phaseOrder.append(phase) }
                phaseCounts[phase, default: Counts()].add(history, position: cardPosition, today: context.today)
                deckCounts.add(history, position: cardPosition, today: context.today)
                total.add(history, position: cardPosition, today: context.today)
            }
            lines.append((deck.name, deckCounts))
            lines += phaseOrder.map { ("  " + $0, phaseCounts[$0] ?? Counts()) }
        }
        lines.append(("Total", total))
        let queue = DailyQueue(library: context.library, replay: context.replay, limits: context.limits)
        let nameWidth = max(4, lines.map { $0.name.count }.max() ?? 0)
        var out = "\("DECK".padding(nameWidth))  CARDS    NEW    DUE  TODAY: DRILL    DUE    NEW   WAIT\n"
        for line in lines {
            let today = queue.counts(where: Set(line.counts.positions).contains)
            out += line.name.padding(nameWidth) + "  " + right(line.counts.cards, 5) + "  "
                + right(line.counts.new, 5) + "  " + right(line.counts.due, 5) + "         "
                + right(today.drills, 5) + "  " + right(today.due, 5) + "  " + right(today.new, 5) + "  "
                + right(today.heldBack, 5) + "\n"
        }
        if let note = queue.heldBackNote { out += note + "\n" }
        return out
    }

    private static func right(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
