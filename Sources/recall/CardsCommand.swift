import ArgumentParser
import Deck
import Study

/// `recall cards`: every card with its SM-2 state.
struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "Print every card with its state: repetitions, EF, interval, due date, lapses.",
        discussion: """
            --json prints one object per card: {"id", "deck", "phase", "new", "repetitions", \
            "easiness", "interval", "due", "lapses", "reviews", "lastReviewed", "suspended", "stability", \
            "difficulty", "recall"}; easiness has two decimals, due and lastReviewed are local dates \
            (null for a new card); stability (days) and difficulty (1-10) are FSRS-6's memory state \
            and recall its predicted probability of recall today (null for a card never answered). \
            --state lists only the cards in one state: new, young, mature and due leave suspended \
            cards out; buried means buried today; a leech has 8 lapses or more.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print JSON, one object per card.")
    var json = false

    @Option(help: ArgumentHelp("Only the cards of this phase (name, 'Phase N', N, or a unique part).", valueName: "name"))
    var phase: String?

    @Option(help: ArgumentHelp(
        "Only the cards in this state: new, young, mature, due, suspended, buried or leech.", valueName: "state"))
    var state: CardStateFilter?

    func run() throws {
        try reportingFailures {
            let context = try options.loadContext()
            context.keepUntilExit()
            var phaseName: String?
            if let phase {
                do {
                    phaseName = try PhaseMatcher(library: context.library).match(phase)
                } catch {
                    throw CLIFailure("\(error)")
                }
            }
            let rows = CardRow.rows(library: context.library, replay: context.replay, phase: phaseName, state: state)
            if json {
                let memory = MemoryReplay(library: context.library, log: context.log, days: context.days)
                Console.print(Self.json(rows, memory: memory, library: context.library, today: context.today), terminator: "")
            } else {
                Console.print(Self.table(rows), terminator: "")
            }
        }
    }

    static func json(_ rows: [CardRow], memory: MemoryReplay, library: DeckLibrary, today: Int) -> String {
        let objects = rows.map { row in
            let position = library.position(of: row.id)
            let state = position.flatMap(memory.state(at:))
            return JSONText.object([
                "id": JSONText.string(row.id.rawValue),
                "deck": JSONText.string(row.deck),
                "phase": JSONText.optionalString(row.phase),
                "new": row.isNew ? "true" : "false",
                "repetitions": String(row.repetitions),
                "easiness": row.easiness.description,
                "interval": String(row.interval),
                "due": JSONText.optionalString(row.dueDay.map(LocalDays.dateString(ofDay:))),
                "lapses": String(row.lapses),
                "reviews": String(row.reviews),
                "lastReviewed": JSONText.optionalString(row.lastReviewedDay.map(LocalDays.dateString(ofDay:))),
                "suspended": row.suspended ? "true" : "false",
                "stability": JSONText.optionalDouble(state?.stability),
                "difficulty": JSONText.optionalDouble(state?.difficulty),
                "recall": JSONText.optionalDouble(state.map { memory.model.recall($0, onDay: today) }),
            ])
        }
        return objects.isEmpty ? "[]\n" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
    }

    static func table(_ rows: [CardRow]) -> String {
        let idWidth = max(2, rows.map { $0.id.rawValue.count }.max() ?? 0)
        var out = "\("ID".padding(idWidth))  REPS  EF    IVL    DUE         LAPSES  REVIEWS  LAST\n"
        for row in rows {
            let due = row.dueDay.map(LocalDays.dateString(ofDay:)) ?? "new"
            let last = row.lastReviewedDay.map(LocalDays.dateString(ofDay:)) ?? "-"
            out += row.id.rawValue.padding(idWidth) + "  "
                + String(row.repetitions).padding(4) + "  " + row.easiness.description + "  "
                + "\(row.interval)d".padding(5) + "  " + due.padding(10) + "  "
                + String(row.lapses).padding(6) + "  " + String(row.reviews).padding(7) + "  " + last
                + (row.marks.isEmpty ? "" : "  (\(row.marks))") + "\n"
        }
        return out
    }
}

extension CardStateFilter: ExpressibleByArgument {}
