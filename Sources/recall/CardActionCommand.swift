import ArgumentParser
import Deck
import Foundation
import RecallRuntime
import ReviewLog
import Study

/// What `recall suspend`, `recall unsuspend` and `recall forget` share: the cards named by ID,
/// by phase or on standard input, checked before anything is written, then one log line each
/// under the log's lock.
struct CardActionInput: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Card IDs, such as MATH-011/formula; '-' reads one ID a line from standard input.", valueName: "id"))
    var ids: [String] = []

    @Option(help: ArgumentHelp("Every card of this phase (name, 'Phase N', N, or a unique part).", valueName: "name"))
    var phase: String?

    func validate() throws {
        guard !ids.isEmpty || phase != nil else {
            throw ValidationError("Name at least one card ID, '-' to read IDs from standard input, or --phase NAME.")
        }
    }

    /// The IDs as given, '-' replaced by the lines of standard input (blank lines skipped).
    func requestedIDs(readInput: () -> String) -> [String] {
        var out: [String] = []
        for id in ids {
            if id == "-" {
                for line in readInput().split(whereSeparator: \.isNewline) {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { out.append(trimmed) }
                }
            } else {
                out.append(id)
            }
        }
        return out
    }
}

/// Runs one card action (`kind`) on the cards `input` names: loads the decks and the log under the
/// lock, refuses unknown IDs (naming the nearest ones) before writing anything, then appends one
/// line a card that the action changes and prints what it did.
func runCardAction(_ kind: EventKind, input: CardActionInput, options: GlobalOptions) throws(CLIFailure) {
    let settings = try options.loadSettings()
    // The log as a session uses it (a file, or this device's file of a log folder). The lock
    // first: while a session runs, nothing is read or written.
    let store = FileReviewLog(location: options.logLocation(path: settings.log.value, settings: settings))
    do throws(RuntimeFailure) {
        try store.lock()
    } catch {
        throw CLIFailure(error.message)
    }
    defer { store.release() }
    let context = try options.loadContext(settings: settings)
    let library = context.library

    var positions: [Int] = []
    var seen = Set<Int>()
    if let phase = input.phase {
        let name: String
        do {
            name = try PhaseMatcher(library: library).match(phase)
        } catch {
            throw CLIFailure("\(error)")
        }
        for position in library.cards.indices where library.cards[position].phase == name && seen.insert(position).inserted {
            positions.append(position)
        }
    }
    var unknown: [String] = []
    let requested = input.requestedIDs {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
    for id in requested {
        guard let position = library.position(of: CardID(id)) else {
            unknown.append(id)
            continue
        }
        if seen.insert(position).inserted { positions.append(position) }
    }
    guard unknown.isEmpty else {
        let lines = unknown.map { id -> String in
            let near = NearestIDs.nearest(to: id, in: library)
            let hint = near.isEmpty ? "" : "; nearest: " + near.map(\.rawValue).joined(separator: ", ")
            return "no card has the ID '\(id)'\(hint)"
        }
        throw CLIFailure(lines.joined(separator: "\nrecall: ") + "\nrecall: nothing was written")
    }
    guard !positions.isEmpty else { throw CLIFailure("no cards to \(kind.rawValue)") }

    do throws(RuntimeFailure) {
        try store.openForAppending()
    } catch {
        throw CLIFailure(error.message)
    }
    var out = ""
    for position in positions {
        let card = library.cards[position]
        let history = context.replay.cards[position]
        guard let note = cardActionChange(kind, history: history, today: context.today) else {
            out += "\(card.id): \(cardActionNoChange(kind))\n"
            continue
        }
        let event = LogEvent(time: context.now, kind: kind, cardID: card.id.rawValue, grade: nil, answerMillis: nil)
        do throws(RuntimeFailure) {
            try store.append(event)
        } catch {
            Console.print(out, terminator: "")
            throw CLIFailure("\(error.message) (\(card.id) and the cards after it were not changed)")
        }
        out += "\(card.id): \(note)\n"
    }
    Console.print(out, terminator: "")
}

/// What the action does to a card with `history`, as a note, or nil when it would change nothing.
func cardActionChange(_ kind: EventKind, history: CardHistory, today: Int) -> String? {
    switch kind {
    case .suspend:
        return history.isSuspended ? nil : "suspended (it leaves every queue until unsuspended)"
    case .unsuspend:
        if history.isSuspended { return "unsuspended (back in the queues, state unchanged)" }
        return history.isBuried(on: today) ? "unburied (back in today's queue)" : nil
    case .forget:
        let schedule = history.schedule
        if schedule.isNew { return "forgotten (it was new already; history kept)" }
        return "forgotten: new again (was \(counted(schedule.reviews, "review")), interval \(schedule.interval)d, "
            + "EF \(schedule.easiness)); its history stays in the log"
    case .review, .drill, .cram, .undo, .bury:
        return nil
    }
}

/// The note for a card the action leaves as it was.
func cardActionNoChange(_ kind: EventKind) -> String {
    switch kind {
    case .suspend: "already suspended (nothing written)"
    case .unsuspend: "not suspended (nothing written)"
    default: "unchanged (nothing written)"
    }
}


/// `recall suspend`: cards leave every queue until unsuspended.
struct SuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend",
        abstract: "Suspend cards: they leave every queue (review, new, cram) until unsuspended.",
        discussion: """
            Appends one 'suspend' line a card to the log (under its lock, so not while a session \
            runs). The card keeps its state. Unknown IDs are refused, with the nearest IDs, and \
            then nothing is written.
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var input: CardActionInput

    func run() throws {
        try reportingFailures { try runCardAction(.suspend, input: input, options: options) }
    }
}

/// `recall unsuspend`: suspended (or buried) cards come back.
struct UnsuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsuspend",
        abstract: "Bring suspended (or today's buried) cards back, with the state they had.",
        discussion: "Appends one 'unsuspend' line a card that is suspended or buried today.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var input: CardActionInput

    func run() throws {
        try reportingFailures { try runCardAction(.unsuspend, input: input, options: options) }
    }
}

/// `recall forget`: cards start again as new.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Start cards again as new (n = 0, EF 2.50, I = 0); their history stays in the log.",
        discussion: "Appends one 'forget' line a card. Stats and history still show the earlier answers.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var input: CardActionInput

    func run() throws {
        try reportingFailures { try runCardAction(.forget, input: input, options: options) }
    }
}
