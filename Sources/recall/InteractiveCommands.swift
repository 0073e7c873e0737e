import ArgumentParser
import RecallApp
import Study

/// `recall` (and `recall home`): the home screen.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home",
        abstract: "Open the home screen: today's counts and the phases; start a review or a cram.",
        discussion: "Keys: Enter review, c cram a phase, s stats, ? help, q quit.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            try InteractiveRun(options: options).run(.home)
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
            unique prefix or part of a name. Each card comes back until it is graded 4 or 5.
            """)

    /// The order of the cards.
    enum Order: String, ExpressibleByArgument, CaseIterable {
        case weakest, deck, random
    }

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("The phase to cram (name, 'Phase N', N, or a unique part).", valueName: "name"))
    var phase: String

    @Option(help: "weakest (lowest EF, most lapses first; default), deck, or random.")
    var order: Order = .weakest

    @Option(help: "The seed of --order random (the same seed gives the same order).")
    var seed: UInt64 = 0

    @Flag(help: "Start over: ask every card again, even those graded 4 or 5 in today's cram of the phase.")
    var restart = false

    func run() throws {
        try reportingFailures {
            let run = try InteractiveRun(options: options)
            let name: String
            let matcher = PhaseMatcher(library: run.studyContext.library)
            do {
                name = try matcher.match(phase)
            } catch {
                throw CLIFailure("\(error)")
            }
            // Other phases that match in part are named, on the card and after the screen.
            let note = matcher.leftOutNote(phase, chosen: name)
            if let note { printError("recall: " + note) }
            let cramOrder: CramOrder
            switch order {
            case .weakest: cramOrder = .weakestFirst
            case .deck: cramOrder = .deck
            case .random: cramOrder = .random(seed: seed)
            }
            try run.run(.cram(phase: name, order: cramOrder), notice: note, restartCram: restart)
        }
    }
}
