import Deck
import ReviewLog
import SM2
import Study
import TerminalUI

/// What a key on card info asks of the app.
public enum CardInfoOutcome: Hashable, Sendable {
    /// Nothing beyond the screen's own change.
    case stay
    /// Close card info.
    case close
    /// Open the card's deck file at its line.
    case edit
    /// Suspend the card, or unsuspend it when it is suspended.
    case toggleSuspend
    /// Forget the card (the user confirmed).
    case forget
}

/// Whether card info is showing the card or asking to confirm a forget.
public enum CardInfoPrompt: Hashable, Sendable {
    /// Showing the card.
    case none
    /// "Forget X? y/n" over the card.
    case confirmForget
}

/// Card info (Enter in the browser, `i` in review): the card as drawn, its SM-2 state, and every
/// answer and action newest first, scrolled with j/k. A pure value: `press` changes it, `render`
/// draws it.
public struct CardInfo: Hashable, Sendable {
    /// The card's position in the library.
    public let position: Int
    /// The card's ID, to find it again after the decks are reloaded (nil when not given).
    public let cardID: String?
    /// The card's history from the log.
    public private(set) var timeline: CardTimeline
    /// The first line shown.
    public private(set) var scroll = 0
    /// The question asked over the card, if any.
    public private(set) var prompt = CardInfoPrompt.none

    /// Card info for the card at `position`, with its `timeline`.
    public init(position: Int, timeline: CardTimeline, cardID: String? = nil) {
        self.position = position
        self.cardID = cardID
        self.timeline = timeline
    }

    /// Takes the card's history again (after an action).
    public mutating func refresh(timeline: CardTimeline) {
        self.timeline = timeline
    }

    /// Handles `key`.
    public mutating func press(_ key: Key) -> CardInfoOutcome {
        if prompt == .confirmForget {
            prompt = .none
            return key == .character("y") || key == .character("Y") ? .forget : .stay
        }
        switch key {
        case .character("q"), .escape, .character("i"), .ctrl("c"), .backspace: return .close
        case .down, .character("j"): scroll += 1
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .pageDown, .character(" "): scroll += 8
        case .pageUp: scroll = max(0, scroll - 8)
        case .home, .character("g"): scroll = 0
        case .character("e"): return .edit
        case .character("!"): return .toggleSuspend
        case .character("f"): prompt = .confirmForget
        default: break
        }
        return .stay
    }
}
