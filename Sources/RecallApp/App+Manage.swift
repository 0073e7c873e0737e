import Deck
import MathText
import ReviewLog
import Study
import TerminalUI

/// The browser, card info, and the actions they and the review keys take on cards.
extension AppModel {
    /// Opens the browser (kept with its search and filters when it was open before).
    mutating func openBrowser() {
        if browser == nil || browser?.library.cards.count != library.cards.count {
            browser = Self.browser(library: library, replay: replay, size: size)
        } else {
            browser?.refresh(replay: replay)
            browser?.resize(size)
        }
        let recall = predictedRecall
        browser?.predictedRecall = recall
        screen = .browser
    }

    /// A browser over `library` whose search also matches the maths as drawn.
    static func browser(library: DeckLibrary, replay: Replay, size: Size) -> CardBrowser {
        CardBrowser(library: library, replay: replay, size: size, drawn: MathText.oneLine)
    }

    /// Each card's predicted recall today, by library position, when the memory states are known.
    var predictedRecall: (@Sendable (Int) -> Double?)? {
        guard let memory else { return nil }
        let today = replay.today
        return { position in memory.recall(at: position, onDay: today) }
    }

    /// Gives the browser the states just read (a new browser when the decks changed).
    mutating func refreshBrowser() {
        guard var current = browser else { return }
        if current.library.cards.count != library.cards.count
            || current.library.cards.first?.id != library.cards.first?.id
            || current.library.cards.last?.id != library.cards.last?.id {
            let recall = predictedRecall
            browser = Self.browser(library: library, replay: replay, size: size)
            browser?.predictedRecall = recall
            return
        }
        current.refresh(replay: replay)
        current.predictedRecall = predictedRecall
        browser = current
    }

    /// A key in the browser.
    mutating func pressInBrowser(_ key: Key, at instant: AppInstant) -> [AppEffect] {
        guard var current = browser else {
            screen = .home
            return []
        }
        current.resize(size)
        let outcome = current.press(key)
        browser = current
        switch outcome {
        case .stay:
            return []
        case .close:
            screen = .home
            return key == .ctrl("c") ? [.quit] : []
        case .openInfo(let position):
            return [.loadCardInfo(position: position, cardID: library.cards[position].id.rawValue)]
        case .toggleSuspend(let position):
            return [.applyAction(toggleSuspendEvent(position: position, at: instant))]
        }
    }

    /// A key on card info.
    mutating func pressInCardInfo(_ info: CardInfo, key: Key, at instant: AppInstant) -> [AppEffect] {
        var info = info
        let outcome = info.press(key)
        overlay = .cardInfo(info)
        guard library.cards.indices.contains(info.position) else {
            overlay = nil
            return []
        }
        let card = library.cards[info.position]
        switch outcome {
        case .stay:
            return []
        case .close:
            overlay = nil
            return []
        case .edit:
            return [.openEditor(file: card.location.file, line: max(1, card.location.line))]
        case .toggleSuspend:
            if screen == .session {
                // Over a card in review: as `!` on the card, when it is the current one.
                overlay = nil
                guard run?.session.current?.item.position == info.position else { return [] }
                return apply(.key(.character("!"), at: instant))
            }
            return [.applyAction(toggleSuspendEvent(position: info.position, at: instant))]
        case .forget:
            if screen == .session {
                banner = .hint("Forget from the browser (b at home) or with recall forget \(card.id)")
                return []
            }
            return [.applyAction(LogEvent(
                time: instant.wallMillis, kind: .forget, cardID: card.id.rawValue, grade: nil, answerMillis: nil))]
        }
    }

    /// Card info for the card at `position`, with the history the runtime read.
    mutating func showCardInfo(position: Int, timeline: CardTimeline) {
        guard library.cards.indices.contains(position) else { return }
        let id = library.cards[position].id.rawValue
        if case .cardInfo(var open) = overlay, open.cardID == id {
            open.refresh(timeline: timeline)
            overlay = .cardInfo(open)
        } else {
            overlay = .cardInfo(CardInfo(position: position, timeline: timeline, cardID: id))
        }
    }

    /// After the decks and log were read again: card info, if open, reads its card's history again.
    func cardInfoReloadEffects() -> [AppEffect] {
        guard case .cardInfo(let info) = overlay, let id = info.cardID,
              let position = library.position(of: CardID(id)) else { return [] }
        return [.loadCardInfo(position: position, cardID: id)]
    }

    /// `suspend` for a card that is not suspended, `unsuspend` for one that is.
    private func toggleSuspendEvent(position: Int, at instant: AppInstant) -> LogEvent {
        let kind: EventKind = replay.cards[position].isSuspended ? .unsuspend : .suspend
        return LogEvent(
            time: instant.wallMillis, kind: kind, cardID: library.cards[position].id.rawValue, grade: nil, answerMillis: nil)
    }
}
