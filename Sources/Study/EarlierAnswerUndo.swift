import Deck
import ReviewLog

/// Which answer from the log a session may take back when it has none of its own left (after
/// a restart, or after the decks were reloaded): the log's latest answer, when it was given
/// today, in the same kind of session, to a card this session could ask.
///
/// A review may take back a review or a drill; a cram only a cram answer to a card of the
/// crammed phase. Anything else (an answer from yesterday, a cram answer seen from a review,
/// a card no deck has any more) is left alone: `u` then says there is nothing to undo.
public enum EarlierAnswerUndo {
    /// The answer to take back, or nil when there is none this session may take back.
    /// `answers` are the log's answers in file order with undone ones removed (as
    /// `LogContents.answers`); `today` is the study day under `days`; `cramPhase` is the crammed
    /// phase, nil in a review.
    public static func answerToTakeBack(
        answers: [LogEvent], library: DeckLibrary, days: LocalDays, today: Int, cramPhase: String?
    ) -> LogEvent? {
        guard let latest = answers.last,
              days.day(atMillis: latest.time) == today,
              let card = library.card(CardID(latest.cardID)) else { return nil }
        if let cramPhase {
            guard latest.kind == .cram, card.phase == cramPhase else { return nil }
        } else {
            guard latest.kind != .cram else { return nil }
        }
        return latest
    }
}
