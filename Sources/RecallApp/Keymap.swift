import SM2
import TerminalUI

/// Where a key is read: one screen, or the box over it. Each has its own bindings.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    /// The home screen.
    case home
    /// The phase picker over the home screen.
    case phasePicker
    /// A card with its front shown.
    case front
    /// A card with its back shown.
    case revealed
    /// The end of a session.
    case summary
    /// The stats page.
    case stats
    /// The help box, or a note: any key closes it.
    case note
    /// The "Terminal too small" screen: the card cannot be seen, so only quitting acts
    /// (Ctrl-Z and resizing are the terminal's).
    case tooSmall
    /// The card browser. Its search takes typed text, so `CardBrowser.press` reads its keys;
    /// the table lists them for the help.
    case browser
    /// Card info, over the browser or a card; `CardInfo.press` reads its keys.
    case cardInfo
}

/// What a key does. The model's `update` acts on these, never on keys.
public enum KeyAction: Hashable, Sendable {
    /// Leave the program (at home), or end the session (in one).
    case quit
    /// Close the box or page and go back.
    case back
    /// Show the keys of this screen.
    case help
    /// Start today's review.
    case review
    /// Open the phase picker.
    case cram
    /// Open the stats page.
    case stats
    /// Show the card's back.
    case reveal
    /// Grade the revealed card.
    case grade(Grade)
    /// A key that grades only once the card is revealed: say so.
    case gradeTooEarly
    /// Space on a revealed card when it does not grade: say which keys do.
    case sayGradeKeys
    /// Take the last answer back.
    case undo
    /// Open the card's deck in the editor.
    case edit
    /// Move up or down a line, a page, or to either end.
    case lineUp, lineDown, pageUp, pageDown, top, bottom
    /// Take the selected row (the phase picker's Enter).
    case choose
    /// The summary's "any other key": home, or out.
    case leave
    /// Open the card browser.
    case browse
    /// Leave the card out of the rest of today (a `bury` line).
    case bury
    /// Take the card out of every queue until unsuspended (a `suspend` line).
    case suspend
    /// Show card info over the card.
    case info
    /// Keys the screen reads itself (the browser's and card info's).
    case screenKey
}

/// One key binding: the keys, what they do, and how the footer and the help name them.
public struct KeyBinding: Sendable {
    /// The keys that act.
    public var keys: [Key]
    /// What they do.
    public var action: KeyAction
    /// The keys as shown (`Space`, `0–5`, `↑↓`).
    public var label: String
    /// The footer's word (`reveal`); nil keeps the binding out of the footer.
    public var footer: String?
    /// The help's full description.
    public var help: String
    /// The help's few words, when the full list does not fit; nil leaves it out then.
    public var shortHelp: String?
    /// When the footer is too narrow, lower priorities go first; `?` has the highest.
    public var priority: Int

    /// A binding of `keys` to `action`.
    public init(
        _ keys: [Key], _ action: KeyAction, label: String, footer: String? = nil, help: String,
        shortHelp: String? = nil, priority: Int = 0
    ) {
        self.keys = keys
        self.action = action
        self.label = label
        self.footer = footer
        self.help = help
        self.shortHelp = shortHelp
        self.priority = priority
    }
}

/// Every key binding of the app, by context: the one table from which keys are dispatched and
/// the footers and the `?` help are drawn, so the three can never disagree.
///
/// To add a key to a screen, add a `KeyBinding` to that context's list in `standard` (or in a
/// `Keymap+Screen.swift` extension that `standard` calls) with a new `KeyAction` case, and act on
/// the action in the model's `press` for that screen; its footer hint and help row follow. To add
/// a screen, add a `KeyContext` case, give it its bindings (and an `otherKeys` action if any key
/// should act), map the screen to the context in `AppModel.screenKeyContext` (a box over a screen:
/// in `AppModel.keyContext`), and dispatch its actions from `AppModel.press`.
public struct Keymap: Sendable {
    /// The bindings of each context, in the order the footer and the help list them.
    public var bindings: [KeyContext: [KeyBinding]]
    /// What any key without a binding does in a context (the summary's "any other key").
    public var otherKeys: [KeyContext: KeyAction]
    /// Which keys grade.
    public let gradeKeys: GradeKeys

    /// The bindings of `context`.
    public func bindings(in context: KeyContext) -> [KeyBinding] { bindings[context] ?? [] }

    /// What `key` does in `context`, nil when nothing.
    public func action(for key: Key, in context: KeyContext) -> KeyAction? {
        bindings(in: context).first { $0.keys.contains(key) }?.action ?? otherKeys[context]
    }

    /// The footer's hints for `context`, in table order.
    public func footer(in context: KeyContext) -> [KeyHint] {
        bindings(in: context).compactMap { binding in
            binding.footer.map { KeyHint(binding.label, $0, priority: binding.priority) }
        }
    }

    /// The help's rows for `context`: every binding, in full or in a few words.
    public func helpRows(in context: KeyContext, compact: Bool) -> [Field] {
        bindings(in: context).compactMap { binding in
            // A binding with no help text is described by another row (`- ! i` names three keys).
            if binding.help.isEmpty { return nil }
            if compact { return binding.shortHelp.map { Field(binding.label, $0) } }
            return Field(binding.label, binding.help)
        }
    }
}
