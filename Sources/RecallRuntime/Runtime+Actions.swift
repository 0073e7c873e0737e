import RecallApp
import ReviewLog
import Study

extension Runtime {
    /// Appends an action from the browser or card info. A session of this process already holds
    /// the lock and has the log open; otherwise the lock is taken for this one line (refused while
    /// another session runs) and let go after it. Then the decks and the log are read again.
    func applyAction(_ event: LogEvent) -> AppMessage {
        let ownsSession = log.isLocked
        do {
            if !ownsSession {
                try log.lock()
                try log.openForAppending()
            }
            try log.append(event)
        } catch {
            if !ownsSession { log.release() }
            return .actionFailed(reason: "\(event.kind.rawValue) of \(event.cardID) not written: \(error.message)")
        }
        if !ownsSession { log.release() }
        return reload()
    }

    /// Reads the log for the history of the card `cardID`, shown by card info.
    func loadCardInfo(position: Int, cardID: String) -> AppMessage {
        do {
            let contents = try log.read()
            return .cardInfoLoaded(position: position, timeline: CardTimeline(cardID: cardID, log: contents, days: days))
        } catch {
            return .reloadFailed(reason: "cannot read the log: \(error.message)")
        }
    }
}
