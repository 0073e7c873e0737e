import ArgumentParser
import Deck
import MathText
import RecallApp
import ReviewLog
import Study
import TerminalUI

/// `recall show ID`: one card as the review screen draws it, its SM-2 state and its history.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one card as the review screen draws it, with its state and history.",
        discussion: """
            The front and back are drawn as in a review, LaTeX maths as Unicode; --raw prints the \
            source text instead. --json prints {"id", "front", "back", "fields", "state", "history"}: \
            front and back as drawn text (lines joined by newlines; the back is the main answer, then \
            one "Label: value" line per field), fields as [{"label", "text"}], state as one object of \
            'recall cards --json', history as [{"time", "kind", "grade", "ms"}] in log order (answers \
            taken back by an undo are left out). An ID that matches no card gets the nearest IDs as \
            suggestions; a concept ID alone names its card when it has only one.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The card's ID, e.g. MATH-011/formula.", valueName: "id"))
    var id: String

    @Flag(help: "Print the card's source text, maths as written.")
    var raw = false

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: ArgumentHelp(
        "Draw for a screen this many columns wide (default: $COLUMNS, else the terminal, else 80; JSON: 80).",
        valueName: "n"))
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20, not \(width).") }
    }

    func run() throws {
        try reportingFailures {
            let context = try options.loadContext()
            context.keepUntilExit()
            let card = try CardLookup.find(id, in: context.library)
            let position = context.library.position(of: card.id) ?? 0
            let row = CardRow(card: card, history: context.replay.cards[position])
            let history = context.log.answers.filter { $0.cardID == card.id.rawValue }
            let screenWidth = width ?? (json ? 80 : TerminalWidth.current())
            let textWidth = CardFace.textWidth(screenWidth: screenWidth)
            let draw: (String) -> String = raw ? { $0 } : { CardTextLayout.drawn($0, width: textWidth) }
            if json {
                let memory = MemoryReplay(library: context.library, log: context.log, days: context.days)
                let state = Self.stateObject(row, memory: memory, library: context.library, today: context.today)
                print(Self.json(card: card, state: state, history: history, draw: draw))
            } else {
                print(Self.text(card: card, row: row, history: history, raw: raw, width: screenWidth), terminator: "")
            }
        }
    }

    /// The `--json` object.
    static func json(card: Card, state: String, history: [LogEvent], draw: (String) -> String) -> String {
        let (main, fields) = CardFace.answerParts(card)
        var backLines: [String] = []
        if let main { backLines.append(draw(main)) }
        for field in fields { backLines.append(field.label + ": " + draw(field.value)) }
        let fieldObjects = card.back.map {
            JSONText.object(["label": JSONText.string($0.label), "text": JSONText.string(draw($0.value))])
        }
        let events = history.map { event in
            JSONText.object([
                "time": JSONText.string(RFC3339.format(millis: event.time)),
                "kind": JSONText.string(event.kind.rawValue),
                "grade": JSONText.optionalNumber(event.grade?.value),
                "ms": JSONText.optionalNumber(event.answerMillis),
            ])
        }
        return JSONText.object([
            "id": JSONText.string(card.id.rawValue),
            "front": JSONText.string(draw(card.front)),
            "back": JSONText.string(backLines.joined(separator: "\n")),
            "fields": "[" + fieldObjects.joined(separator: ", ") + "]",
            "state": state,
            "history": "[" + events.joined(separator: ", ") + "]",
        ])
    }

    /// The card's object exactly as `recall cards --json` prints it (with its memory state).
    static func stateObject(_ row: CardRow, memory: MemoryReplay, library: DeckLibrary, today: Int) -> String {
        let array = CardsCommand.json([row], memory: memory, library: library, today: today)
        guard let start = array.firstIndex(of: "{"), let end = array.lastIndex(of: "}") else { return "{}" }
        return String(array[start...end])
    }

    /// The text form: the card drawn as on the review screen, then its state and history.
    static func text(card: Card, row: CardRow, history: [LogEvent], raw: Bool, width: Int) -> String {
        let textWidth = max(10, width - 2)
        func lines(_ text: String, width: Int) -> [String] {
            raw ? [text] : CardTextLayout.lines(text, width: width).map(CardTextLayout.trimmedTrailing)
        }
        var out = "\(card.id.rawValue)  ·  \(([card.deck] + (card.phase.map { [$0] } ?? []) + card.sections).joined(separator: " › "))\n"
        out += "\(card.location)\n\n"
        out += lines(card.front, width: textWidth).map { "  " + $0 }.joined(separator: "\n") + "\n"
        out += "  " + String(repeating: "─", count: min(textWidth, 40)) + "\n"
        let (main, fields) = CardFace.answerParts(card)
        if let main { out += lines(main, width: textWidth).map { "  " + $0 }.joined(separator: "\n") + "\n" }
        if !fields.isEmpty {
            if main != nil { out += "\n" }
            let labelWidth = (fields.map(\.label.displayWidth).max() ?? 0) + 2
            let valueWidth = max(10, textWidth - labelWidth)
            for field in fields {
                for (index, line) in lines(field.value, width: valueWidth).enumerated() {
                    let label = index == 0 ? field.label : ""
                    out += "  " + label + String(repeating: " ", count: labelWidth - label.displayWidth) + line + "\n"
                }
            }
        }
        out += "\n"
        if row.isNew {
            out += "state     new (never reviewed)"
        } else {
            out += "state     repetitions \(row.repetitions) · EF \(row.easiness) · interval \(row.interval)d"
            out += " · due \(row.dueDay.map(LocalDays.dateString(ofDay:)) ?? "-")"
            out += " · lapses \(row.lapses) · reviews \(row.reviews)"
        }
        // Suspended, buried today, leech: as 'recall cards' marks them.
        out += (row.marks.isEmpty ? "" : " · " + row.marks) + "\n"
        if history.isEmpty {
            out += "history   none\n"
        } else {
            out += "history\n"
            for event in history {
                let grade = event.grade.map { String($0.value) } ?? "-"
                let millis = event.answerMillis.map { "\($0) ms" } ?? ""
                out += "  \(RFC3339.format(millis: event.time))  \(event.kind.rawValue.padding(6))  \(grade)  \(millis)\n"
            }
        }
        return out
    }
}

/// Finds a card by the ID a person typed.
enum CardLookup {
    /// The card with exactly this ID; else the only card of a concept, topic or question with this
    /// ID; else a failure that suggests the nearest IDs.
    static func find(_ typed: String, in library: DeckLibrary) throws(CLIFailure) -> Card {
        if let card = library.card(CardID(typed)) { return card }
        let siblings = library.cards.filter { $0.noteID == typed }
        if siblings.count == 1, let only = siblings.first { return only }
        if siblings.count > 1 {
            throw CLIFailure("'\(typed)' has \(siblings.count) cards: "
                + siblings.map(\.id.rawValue).joined(separator: ", ") + "; name one")
        }
        let nearest = NearestIDs.nearest(to: typed, in: library).map(\.rawValue)
        if nearest.isEmpty {
            throw CLIFailure("no card has the ID '\(typed)'; 'recall cards' lists every ID")
        }
        throw CLIFailure("no card has the ID '\(typed)'; did you mean " + nearest.joined(separator: ", ") + "?")
    }
}
