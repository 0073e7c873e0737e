import ArgumentParser
import RecallApp
import Study

/// `recall` (and `recall home`): the home screen.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home",
        abstract: "Open the home screen: today's counts and the phases; start a review or a cram.",
        discussion: """
            Keys: Enter review, c cram a phase, s stats, ? help, q quit. With --batch, the screen \
            is printed once as text and recall exits (no terminal needed, nothing locked, nothing \
            written but the caches), like top -b -n 1: --width and --height set its size, else \
            $COLUMNS and $LINES, else the terminal's, else 80 by 24.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print the home screen once as text and exit.")
    var batch = false

    @Option(help: ArgumentHelp("With --batch, lay the screen out for this many columns.", valueName: "n"))
    var width: Int?

    @Option(help: ArgumentHelp("With --batch, lay the screen out for this many rows.", valueName: "n"))
    var height: Int?

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be 1 or more, not \(width).") }
        if let height, height < 1 { throw ValidationError("--height must be 1 or more, not \(height).") }
        if !batch, width != nil || height != nil { throw ValidationError("--width and --height go with --batch.") }
    }

    func run() throws {
        try reportingFailures {
            if batch {
                try HomeBatch.print(options: options, width: width, height: height)
            } else {
                try InteractiveRun(options: options, forHome: true).run(.home)
            }
        }
    }
}

/// `recall review`: today's session.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Run today's review session in the terminal.",
        discussion: """
            Keys: Space or Enter reveals; 0-5 grades (once revealed); u undoes the last answer; \
            e edits the card's deck in $EDITOR; ? help; q ends the session (summary, then out). \
            Every answer is appended to the log and synced before the next card is shown. \
            The session holds the log's lock: a second session on the same log is refused.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            try InteractiveRun(options: options).run(.review)
        }
    }
}

/// `recall cram --phase NAME`: every card of one phase until each is answered well.
struct CramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cram",
        abstract: "Cram every card of one phase; answers are logged as cram and never move the schedule.",
        discussion: """
            NAME matches a phase case-insensitively: an exact name, then 'Phase N' or N, then a \
            unique prefix or part of a name. Each card comes back until it is graded 4 or 5. \
            --not-ready crams the cards that recall ready lists as not ready (needs an interview \
            date: --interview or RECALL_INTERVIEW), weakest first.
            """)

    /// The order of the cards.
    enum Order: String, ExpressibleByArgument, CaseIterable {
        case weakest, deck, random
    }

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("The phase to cram (name, 'Phase N', N, or a unique part).", valueName: "name"))
    var phase: String?

    @Flag(name: .customLong("not-ready"), help: "Cram the cards not ready for the interview (of --phase, if given), weakest first.")
    var notReady = false

    @OptionGroup var interview: InterviewOptions

    @Option(help: "weakest (lowest EF, most lapses first; default), deck, or random.")
    var order: Order = .weakest

    @Option(help: "The seed of --order random (the same seed gives the same order).")
    var seed: UInt64 = 0

    @Flag(help: "Start over: ask every card again, even those graded 4 or 5 in today's cram of the phase.")
    var restart = false

    func validate() throws {
        if phase == nil, !notReady { throw ValidationError("Missing expected argument '--phase <name>' (or --not-ready).") }
    }

    func run() throws {
        try reportingFailures {
            let settings = try interview.settings(options)
            let run = try InteractiveRun(options: options)
            var name: String?
            var note: String?
            if let phase {
                let matcher = PhaseMatcher(library: run.studyContext.library)
                do {
                    name = try matcher.match(phase)
                } catch {
                    throw CLIFailure("\(error)")
                }
                // Other phases that match in part are named, on the card and after the screen.
                note = name.flatMap { matcher.leftOutNote(phase, chosen: $0) }
                if let note { printError("recall: " + note) }
            }
            let cramOrder: CramOrder
            switch order {
            case .weakest: cramOrder = .weakestFirst
            case .deck: cramOrder = .deck
            case .random: cramOrder = .random(seed: seed)
            }
            guard notReady else {
                try run.run(.cram(phase: name ?? "", order: cramOrder), notice: note, restartCram: restart)
                return
            }
            let cram = try NotReadyCram(context: run.studyContext, settings: settings, phase: name)
            try run.run(.cram(phase: cram.label, order: .listed(cram.cards)), notice: note, restartCram: restart)
        }
    }
}
