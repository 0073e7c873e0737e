import SM2
import TerminalUI

extension Keymap {
    /// The app's keys, with `gradeKeys` grading revealed cards.
    public static func standard(gradeKeys: GradeKeys = .zeroToFive) -> Keymap {
        var bindings: [KeyContext: [KeyBinding]] = [:]
        bindings[.home] = homeBindings
        bindings[.phasePicker] = phasePickerBindings
        bindings[.front] = frontBindings(gradeKeys)
        bindings[.revealed] = revealedBindings(gradeKeys)
        bindings[.summary] = [KeyBinding([.character("u")], .undo, label: "u", help: "undo the last answer")]
        bindings[.stats] = statsBindings
        bindings[.browser] = browserBindings
        bindings[.cardInfo] = cardInfoBindings
        bindings[.tooSmall] = [
            KeyBinding([.character("q"), .ctrl("c")], .quit, label: "q", help: "quit"),
        ]
        return Keymap(
            bindings: bindings, otherKeys: [.summary: .leave, .note: .back, .browser: .screenKey, .cardInfo: .screenKey],
            gradeKeys: gradeKeys)
    }

    /// The help key, shown in every footer (it has the highest priority).
    static let helpBinding = KeyBinding(
        [.character("?")], .help, label: "?", footer: "help", help: "this help", priority: 9)

    static let homeBindings: [KeyBinding] = [
        KeyBinding([.enter, .space, .character("r")], .review, label: "Enter", footer: "review",
                   help: "start today's review (Space or r too)", shortHelp: "review", priority: 3),
        KeyBinding([.character("c")], .cram, label: "c", footer: "cram",
                   help: "cram one phase (↑↓ or j/k, Enter; Esc back)", shortHelp: "cram a phase", priority: 2),
        KeyBinding([.character("s")], .stats, label: "s", footer: "stats", help: "stats", shortHelp: "stats",
                   priority: 1),
        KeyBinding([.character("b")], .browse, label: "b", footer: "browse",
                   help: "browse and search every card; Enter shows card info", shortHelp: "browse cards", priority: 1),
        KeyBinding([.character("j"), .down], .lineDown, label: "j ↓", help: "scroll the phases down a row",
                   shortHelp: "scroll (k ↑, PgUp/PgDn, Home/End)"),
        KeyBinding([.character("k"), .up], .lineUp, label: "k ↑", help: "scroll the phases up a row"),
        KeyBinding([.pageDown], .pageDown, label: "PgDn", help: "scroll the phases down a page"),
        KeyBinding([.pageUp], .pageUp, label: "PgUp", help: "scroll the phases up a page"),
        KeyBinding([.home, .character("g")], .top, label: "Home", help: "the first phases (g too)"),
        KeyBinding([.end, .character("G")], .bottom, label: "End", help: "the last phases (G too)"),
        helpBinding,
        KeyBinding([.character("q"), .ctrl("c")], .quit, label: "q", footer: "quit", help: "quit (Ctrl-C too)",
                   shortHelp: "quit", priority: 8),
    ]

    static let phasePickerBindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], .lineUp, label: "↑", help: "previous phase"),
        KeyBinding([.down, .character("j")], .lineDown, label: "↓", help: "next phase"),
        KeyBinding([.home], .top, label: "Home", help: "first phase"),
        KeyBinding([.end], .bottom, label: "End", help: "last phase"),
        KeyBinding([.enter, .space], .choose, label: "Enter", footer: "cram", help: "cram this phase", priority: 2),
        KeyBinding([.escape, .character("q"), .character("c")], .back, label: "Esc", footer: "back", help: "back",
                   priority: 2),
        KeyBinding([.ctrl("c")], .quit, label: "Ctrl-C", help: "quit"),
    ]

    static func frontBindings(_ gradeKeys: GradeKeys) -> [KeyBinding] {
        [
            KeyBinding([.space, .enter], .reveal, label: "Space", footer: "reveal",
                       help: "reveal the answer (Enter too)", shortHelp: "reveal", priority: 3),
            KeyBinding(gradeKeys.bindings.map { .character($0.key) }, .gradeTooEarly, label: gradeKeys.rangeLabel,
                       help: "grade, once revealed: " + gradeKeys.meaning,
                       shortHelp: gradeKeys.shortMeaning),
        ] + sessionTail
    }

    static func revealedBindings(_ gradeKeys: GradeKeys) -> [KeyBinding] {
        let grades = gradeKeys.bindings.map { binding in
            KeyBinding([.character(binding.key)], .grade(binding.grade), label: String(binding.key),
                       footer: binding.name, help: gradeHelp(binding.grade, name: binding.name, gradeKeys),
                       priority: 3)
        }
        let space: KeyBinding
        if let grade = gradeKeys.spaceGrade {
            space = KeyBinding([.space, .enter], .grade(grade), label: "Space",
                               help: "grade \(grade.value), as \(gradeKeys.bindings.first { $0.grade == grade }?.name ?? "") does (Enter too)",
                               shortHelp: "grade \(grade.value)")
        } else {
            space = KeyBinding([.space, .enter], .sayGradeKeys, label: "Space",
                               help: "says which keys grade (it never grades, so a second Space cannot)")
        }
        return grades + [space] + sessionTail
    }

    private static func gradeHelp(_ grade: Grade, name: String, _ gradeKeys: GradeKeys) -> String {
        let outcome = grade.isPass ? "passed: the interval grows" : "failed: the card starts again"
        return gradeKeys == .anki ? "\(name), grade \(grade.value) (\(outcome))" : "\(name) (\(outcome))"
    }

    /// Keys of a card, front or back.
    static let sessionTail: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .lineDown, label: "j ↓", help: "scroll the card down a row (when it is taller than the screen)",
                   shortHelp: "scroll (k ↑, PgUp/PgDn)"),
        KeyBinding([.character("k"), .up], .lineUp, label: "k ↑", help: "scroll the card up a row"),
        KeyBinding([.pageDown], .pageDown, label: "PgDn", help: "scroll the card down a page"),
        KeyBinding([.pageUp], .pageUp, label: "PgUp", help: "scroll the card up a page"),
        KeyBinding([.character("u")], .undo, label: "u", footer: "undo",
                   help: "undo the last answer; its card comes back", shortHelp: "undo", priority: 2),
        KeyBinding([.character("-")], .bury, label: "- ! i",
                   help: "bury (-), suspend (!), card info (i); u undoes a bury or suspend"),
        KeyBinding([.character("!")], .suspend, label: "!", help: ""),
        KeyBinding([.character("i")], .info, label: "i", help: ""),
        KeyBinding([.character("e")], .edit, label: "e", footer: "edit",
                   help: "edit the card's deck in $EDITOR, then reload", shortHelp: "edit the deck", priority: 1),
        helpBinding,
        KeyBinding([.character("q"), .ctrl("c")], .quit, label: "q", footer: "quit",
                   help: "end the session: summary, then out (Ctrl-C too)", shortHelp: "end the session", priority: 8),
    ]

    /// The browser's keys, listed for the help (the browser reads them itself).
    static let browserBindings: [KeyBinding] = [
        KeyBinding([], .screenKey, label: "/", help: "search front, back and ID as you type (Enter done, Esc clears)",
                   shortHelp: "search"),
        KeyBinding([], .screenKey, label: "s", help: "filter by state: new, young, mature, due, suspended, buried, leech",
                   shortHelp: "state filter"),
        KeyBinding([], .screenKey, label: "p", help: "filter by phase", shortHelp: "phase filter"),
        KeyBinding([], .screenKey, label: "o", help: "sort: deck, due, EF, lapses, last answer", shortHelp: "sort"),
        KeyBinding([], .screenKey, label: "Enter", help: "card info", shortHelp: "card info"),
        KeyBinding([], .screenKey, label: "!", help: "suspend or unsuspend the card", shortHelp: "suspend"),
        KeyBinding([], .screenKey, label: "q", help: "back home (Esc too)", shortHelp: "back"),
    ]

    /// Card info's keys, listed for the help.
    static let cardInfoBindings: [KeyBinding] = [
        KeyBinding([], .screenKey, label: "j k", help: "scroll", shortHelp: "scroll"),
        KeyBinding([], .screenKey, label: "e", help: "edit the card's deck", shortHelp: "edit"),
        KeyBinding([], .screenKey, label: "!", help: "suspend or unsuspend", shortHelp: "suspend"),
        KeyBinding([], .screenKey, label: "f", help: "forget: start again as new (asks first)", shortHelp: "forget"),
        KeyBinding([], .screenKey, label: "q", help: "close (Esc, i too)", shortHelp: "close"),
    ]

    static let statsBindings: [KeyBinding] = [
        KeyBinding([.character("j"), .down, .enter], .lineDown, label: "j ↓", help: "down a line"),
        KeyBinding([.character("k"), .up], .lineUp, label: "k ↑", help: "up a line"),
        KeyBinding([.space, .pageDown], .pageDown, label: "Space", help: "down a page (PgDn too)"),
        KeyBinding([.character("b"), .pageUp], .pageUp, label: "b", help: "up a page (PgUp too)"),
        KeyBinding([.character("g"), .home], .top, label: "g", help: "top (Home too)"),
        KeyBinding([.character("G"), .end], .bottom, label: "G", help: "bottom (End too)"),
        KeyBinding([.character("q"), .character("s"), .escape], .back, label: "q", help: "back home (s, Esc too)"),
        KeyBinding([.ctrl("c")], .quit, label: "Ctrl-C", help: "quit"),
    ]
}
