import Deck
import ReviewLog
import SM2
import Study
import TerminalUI

/// The order of the browser's list.
public enum BrowserSort: String, CaseIterable, Hashable, Sendable {
    /// Deck order.
    case deck
    /// Due date, soonest first; new cards last.
    case due
    /// EF, lowest first; new cards last.
    case easiness = "EF"
    /// Lapses, most first.
    case lapses
    /// Last answer, most recent first; never-reviewed cards last.
    case lastAnswer = "last answer"
}

/// Whether keys go to the list or to the search text.
public enum BrowserInput: Hashable, Sendable {
    /// Keys move the selection and act on cards.
    case list
    /// Keys type into the search text (shown as `/text`).
    case typing
}

/// What a key in the browser asks of the app.
public enum BrowserOutcome: Hashable, Sendable {
    /// Nothing beyond the browser's own change.
    case stay
    /// Leave the browser.
    case close
    /// Open card info on the card at this library position.
    case openInfo(position: Int)
    /// Suspend the card at this position, or unsuspend it when it is suspended.
    case toggleSuspend(position: Int)
}

/// The card browser (`b` from home): every card in a list with its phase, state, due date, EF,
/// lapses (and predicted recall when a model gives it), searched as you type and filtered by
/// phase and state, in one of five orders. A pure value: `press` changes it, `render` draws it.
public struct CardBrowser: Sendable {
    /// The cards.
    public private(set) var library: DeckLibrary
    /// Their states.
    public private(set) var replay: Replay
    /// The search over the cards' text, built once per library.
    let index: BrowserSearchIndex
    /// The search text as typed.
    public private(set) var searchText = ""
    /// Where keys go.
    public private(set) var input = BrowserInput.list
    /// Only cards in this state, or all.
    public private(set) var stateFilter: CardStateFilter?
    /// Only cards of this phase (an exact name), or all.
    public private(set) var phaseFilter: String?
    /// The list's order.
    public private(set) var sort = BrowserSort.deck
    /// The selected row, an index into the matches.
    public private(set) var selected = 0
    /// The first row shown.
    public private(set) var top = 0
    /// How many list rows the screen shows, from the last size seen.
    public private(set) var listRows = 14
    /// The matches, found as far as the screen needs.
    public private(set) var matches: BrowserMatches
    /// The cards in order after the phase and state filters, before the search.
    private var filtered: [Int32]
    /// Predicted recall today for a card position, when a memory model gives it; nil hides the
    /// recall column.
    public var predictedRecall: (@Sendable (Int) -> Double?)?

    /// The browser over `library` and `replay`, on a screen of `size`; `drawn` renders a card's
    /// text as shown (maths), so that both forms are searched.
    public init(library: DeckLibrary, replay: Replay, size: Size, drawn: (String) -> String = { $0 }) {
        self.library = library
        self.replay = replay
        index = BrowserSearchIndex(library: library, drawn: drawn)
        filtered = library.cards.indices.map { Int32($0) }
        matches = BrowserMatches(query: .init(""), candidates: filtered)
        resize(size)
    }

    /// The phases the `p` key cycles through, in deck order.
    public var phases: [String] {
        var seen = Set<String>()
        return library.cards.compactMap(\.phase).filter { seen.insert($0).inserted }
    }

    /// The library position of the selected card, nil when nothing matches.
    public var selectedPosition: Int? {
        matches.found.indices.contains(selected) ? Int(matches.found[selected]) : nil
    }

    /// Takes new states (after an action), keeping the search, filters and selection.
    public mutating func refresh(replay: Replay) {
        self.replay = replay
        let keep = selectedPosition
        rebuild()
        if let keep, let row = matches.found.firstIndex(of: Int32(keep)) {
            selected = row
        }
        scrollToSelection()
    }

    /// Adapts the list to a screen of `size`.
    public mutating func resize(_ size: Size) {
        listRows = max(1, size.height - 4)
        scrollToSelection()
    }

    /// Handles `key`.
    public mutating func press(_ key: Key) -> BrowserOutcome {
        switch input {
        case .typing: return type(key)
        case .list: return pressInList(key)
        }
    }

    private mutating func type(_ key: Key) -> BrowserOutcome {
        switch key {
        case .enter:
            input = .list
        case .escape:
            input = .list
            if !searchText.isEmpty { setSearch("") }
        case .backspace:
            if !searchText.isEmpty { setSearch(String(searchText.dropLast())) } else { input = .list }
        case .ctrl("u"):
            setSearch("")
        case .up, .down, .pageUp, .pageDown:
            return pressInList(key)
        case .ctrl("c"):
            return .close
        case .character(let character):
            setSearch(searchText + String(character))
        default:
            break
        }
        return .stay
    }

    private mutating func pressInList(_ key: Key) -> BrowserOutcome {
        switch key {
        case .character("q"), .escape, .ctrl("c"):
            return .close
        case .character("/"):
            input = .typing
        case .down, .character("j"): move(to: selected + 1)
        case .up, .character("k"): move(to: selected - 1)
        case .pageDown, .character(" "): move(to: selected + listRows)
        case .pageUp: move(to: selected - listRows)
        case .home, .character("g"): move(to: 0)
        case .end, .character("G"):
            matches.fill(upTo: .max, index: index)
            move(to: matches.found.count - 1)
        case .character("s"):
            stateFilter = Self.next(after: stateFilter, in: Array(CardStateFilter.allCases))
            rebuild()
        case .character("p"):
            phaseFilter = Self.next(after: phaseFilter, in: phases)
            rebuild()
        case .character("o"):
            let all = BrowserSort.allCases
            sort = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
            rebuild()
        case .enter, .character("i"):
            if let position = selectedPosition { return .openInfo(position: position) }
        case .character("!"):
            if let position = selectedPosition { return .toggleSuspend(position: position) }
        default:
            break
        }
        return .stay
    }

    private mutating func move(to row: Int) {
        matches.fill(upTo: max(0, row) + listRows + 1, index: index)
        selected = min(max(0, row), max(0, matches.found.count - 1))
        scrollToSelection()
    }

    private mutating func scrollToSelection() {
        if selected < top { top = selected }
        if selected >= top + listRows { top = selected - listRows + 1 }
        top = max(0, top)
        matches.fill(upTo: top + listRows + 1, index: index)
    }

    /// A new search text: narrows the matches when it extends the previous one.
    private mutating func setSearch(_ text: String) {
        searchText = text
        matches = matches.requery(.init(text), all: filtered)
        selected = 0
        top = 0
        scrollToSelection()
    }

    /// The candidates in order, filtered by phase and state, then the search again.
    private mutating func rebuild() {
        let today = replay.today
        var positions = library.cards.indices.filter { position in
            if let phaseFilter, library.cards[position].phase != phaseFilter { return false }
            if let stateFilter, !stateFilter.matches(replay.cards[position], on: today) { return false }
            return true
        }
        let cards = replay.cards
        switch sort {
        case .deck:
            break
        case .due:
            positions.sort { (cards[$0].schedule.dueDay ?? .max, $0) < (cards[$1].schedule.dueDay ?? .max, $1) }
        case .easiness:
            func key(_ p: Int) -> Int { cards[p].isNew ? .max : cards[p].schedule.easiness.hundredths }
            positions.sort { (key($0), $0) < (key($1), $1) }
        case .lapses:
            positions.sort { (-cards[$0].schedule.lapses, $0) < (-cards[$1].schedule.lapses, $1) }
        case .lastAnswer:
            positions.sort {
                (-(cards[$0].lastReviewDay ?? .min / 2), $0) < (-(cards[$1].lastReviewDay ?? .min / 2), $1)
            }
        }
        filtered = positions.map { Int32($0) }
        matches = BrowserMatches(query: .init(searchText), candidates: filtered)
        selected = 0
        top = 0
        scrollToSelection()
    }

    /// The state a row shows: suspended, buried, new, due, young or mature.
    func stateText(_ position: Int) -> String {
        let history = replay.cards[position]
        if history.isSuspended { return "suspended" }
        if history.isBuried(on: replay.today) { return "buried" }
        if history.isNew { return "new" }
        if history.schedule.isDue(on: replay.today) { return "due" }
        return history.schedule.interval >= StatsCardCounts.matureInterval ? "mature" : "young"
    }

    /// "12 of 142", or "50+ of 142" while the search has not looked at every card.
    var countText: String {
        let total = library.cards.count
        return matches.isComplete ? "\(matches.found.count) of \(total)" : "\(matches.found.count)+ of \(total)"
    }
}

extension CardBrowser {
    /// The filter after `current` when a key cycles through `all`: none, then each in turn, then
    /// none again.
    static func next<Filter: Equatable>(after current: Filter?, in all: [Filter]) -> Filter? {
        guard let current, let at = all.firstIndex(of: current) else { return all.first }
        return at + 1 < all.count ? all[at + 1] : nil
    }
}
