import Deck
import ReviewLog
import SM2
import Study
import TerminalUI

/// The app's two pure functions, in the Elm style: `update` turns a message into a new model
/// and the effects the runtime must perform; `view` draws a model into a screen buffer.
public enum App {
    /// The smallest screen the layout needs; below it a "too small" note is shown.
    public static let minimumSize = Size(width: 40, height: 10)

    /// The model after `message`, and the effects to perform in order before the next frame.
    public static func update(_ model: AppModel, _ message: AppMessage) -> (AppModel, [AppEffect]) {
        var next = model
        let effects = next.apply(message)
        return (next, effects)
    }
}

extension AppModel {
    /// Applies `message` in place; returns the effects.
    mutating func apply(_ message: AppMessage) -> [AppEffect] {
        switch message {
        case .key(let key, let instant):
            return press(key, at: instant)
        case .resize(let size):
            self.size = size
            return []
        case .saved:
            return saved()
        case .saveFailed(let reason):
            rollBack(reason: reason)
            return []
        case .sessionRefused(let reason):
            run = nil
            screen = .home
            banner = .error(reason)
            return []
        case .sessionBegan(let snapshot, let instant):
            return replan(snapshot, at: instant)
        case .earlierAnswerUndone(let snapshot, let answer, let instant):
            return resume(snapshot, undone: answer, at: instant)
        case .nothingToUndo:
            banner = .hint("Nothing to undo")
            return []
        case .reloaded(let snapshot, let instant):
            reload(snapshot, at: instant)
            return []
        case .reloadFailed(let reason):
            banner = .error(reason)
            return []
        }
    }

    private mutating func press(_ key: Key, at instant: AppInstant) -> [AppEffect] {
        let hadBanner = banner
        banner = nil
        if overlay != nil, key == .ctrl("c") {
            // Ctrl-C acts on the screen below: it ends a session, or quits at home.
            overlay = nil
        } else if let overlay {
            return pressInOverlay(overlay, key: key, at: instant)
        }
        switch screen {
        case .home: return pressAtHome(key, at: instant)
        case .session: return pressInSession(key, at: instant, previousBanner: hadBanner)
        case .summary: return pressAtSummary(key, at: instant)
        case .stats(let scroll): return pressInStats(key, scroll: scroll)
        }
    }

    // MARK: Home

    private mutating func pressAtHome(_ key: Key, at instant: AppInstant) -> [AppEffect] {
        switch key {
        case .character("q"), .ctrl("c"):
            return [.quit]
        case .enter, .character(" "), .character("r"):
            let started = SessionRun.review(
                library: library, replay: replay, limits: limits, at: instant, outlook: interviewOutlook)
            if started.wasEmpty {
                banner = .hint(AppModel.nothingDueText(run: started))
                return []
            }
            run = started
            screen = .session
            return [.beginSession]
        case .character("c"):
            if home.phases.isEmpty {
                banner = .hint("No phases to cram: the decks have no ## headings")
            } else {
                overlay = .phasePicker(selected: 0)
            }
            return []
        case .character("s"):
            if stats != nil { screen = .stats(scroll: 0) } else { overlay = .statsUnavailable }
            return []
        case .character("?"):
            overlay = .help
            return []
        default:
            return []
        }
    }

    private mutating func pressInOverlay(_ overlay: AppOverlay, key: Key, at instant: AppInstant) -> [AppEffect] {
        guard case .phasePicker(let selected) = overlay else {
            self.overlay = nil
            return []
        }
        let count = home.phases.count
        switch key {
        case .up, .character("k"):
            self.overlay = .phasePicker(selected: max(0, selected - 1))
        case .down, .character("j"):
            self.overlay = .phasePicker(selected: min(count - 1, selected + 1))
        case .home:
            self.overlay = .phasePicker(selected: 0)
        case .end:
            self.overlay = .phasePicker(selected: max(0, count - 1))
        case .enter, .character(" "):
            guard home.phases.indices.contains(selected) else { return [] }
            self.overlay = nil
            let started = SessionRun.cram(
                library: library, replay: replay, phase: home.phases[selected].name, order: .weakestFirst, at: instant)
            run = started
            screen = .session
            return [.beginSession]
        case .escape, .character("q"), .character("c"):
            self.overlay = nil
        default:
            break
        }
        return []
    }

    // MARK: Session

    private mutating func pressInSession(_ key: Key, at instant: AppInstant, previousBanner: Banner?) -> [AppEffect] {
        guard var run, let current = run.session.current else {
            screen = .summary
            return [.endSession]
        }
        switch key {
        case .character("q"), .ctrl("c"):
            screen = .summary
            return [.endSession]
        case .character("?"):
            overlay = .help
            banner = previousBanner
            return []
        case .character(" "), .enter:
            run.revealed = true
            self.run = run
            return []
        case .character("u"):
            guard run.session.canUndo else {
                // Nothing of this session's own: the runtime may take back the log's latest answer.
                return [.undoEarlierAnswer(cramPhase: run.cramPhase)]
            }
            let before = run.session
            guard let event = run.session.undo(at: instant.wallMillis) else { return [] }
            run.unsaved = before
            run.revealed = false
            run.shownAtMillis = instant.monotonicMillis
            self.run = run
            return [.append(event)]
        case .character("e"):
            let location = current.card.location
            return [.openEditor(file: location.file, line: max(1, location.line))]
        case .character(let character):
            guard let digit = character.wholeNumberValue, character.isASCII, let grade = Grade(digit) else {
                return []
            }
            guard run.revealed else {
                banner = .hint("Reveal the answer first: Space")
                return []
            }
            let before = run.session
            let millis = Int(clamping: max(0, instant.monotonicMillis - run.shownAtMillis))
            guard let event = run.session.answer(grade, at: instant.wallMillis, answerMillis: millis) else { return [] }
            run.unsaved = before
            run.revealed = false
            run.shownAtMillis = instant.monotonicMillis
            self.run = run
            return [.append(event)]
        default:
            return []
        }
    }

    private mutating func saved() -> [AppEffect] {
        guard var run else { return [] }
        run.unsaved = nil
        if screen == .session, run.session.isFinished {
            // The session stays open on the summary, so its last answer can still be undone.
            run.completed = true
            self.run = run
            screen = .summary
            return []
        }
        self.run = run
        return []
    }

    private mutating func rollBack(reason: String) {
        guard var run, let before = run.unsaved else {
            banner = .error("not saved: \(reason)")
            return
        }
        let wasAnswer = before.answers.count < run.session.answers.count
        run.session = before
        run.unsaved = nil
        run.revealed = wasAnswer
        // An undo from the summary that could not be saved leaves the session finished.
        run.completed = before.isFinished
        self.run = run
        screen = before.isFinished ? .summary : .session
        banner = .error(wasAnswer
            ? "not saved: \(reason) — the answer was not recorded"
            : "not saved: \(reason) — the undo was not recorded")
    }

    // MARK: Summary

    /// On the summary `u` takes the last answer back and shows its card again (while the session
    /// is still open, that is after the last card rather than after `q`); any other key ends the
    /// session and goes home, or quits.
    private mutating func pressAtSummary(_ key: Key, at instant: AppInstant) -> [AppEffect] {
        // "Nothing due today" after a restart: the session is open, and an answer from before
        // the restart can still be taken back.
        if key == .character("u"), let run, run.wasEmpty, run.session.answers.isEmpty {
            return [.undoEarlierAnswer(cramPhase: run.cramPhase)]
        }
        if key == .character("u"), var run, run.completed, run.session.canUndo {
            let before = run.session
            guard let event = run.session.undo(at: instant.wallMillis) else { return [] }
            run.unsaved = before
            run.revealed = false
            run.completed = false
            run.shownAtMillis = instant.monotonicMillis
            self.run = run
            screen = .session
            return [.append(event)]
        }
        let ending: [AppEffect] = run?.completed == true ? [.endSession] : []
        if startedAtHome, key != .ctrl("c") {
            screen = .home
            run = nil
            return ending
        }
        return ending + [.quit]
    }

    // MARK: Session start

    /// After the runtime took back `undone` (an answer from before a restart or an edit), the
    /// session asks its card first. A session that has answered nothing in this process is
    /// planned anew from the log; one whose answers were carried over an edit keeps its queue and
    /// its figures, with the card in front and the undone answer taken out of the figures.
    private mutating func resume(_ snapshot: LibrarySnapshot, undone: LogEvent, at instant: AppInstant) -> [AppEffect] {
        let card = CardID(undone.cardID)
        guard var run, run.carried.answers > 0 else { return replan(snapshot, at: instant, first: card) }
        library = snapshot.library
        replay = snapshot.replay
        home = HomeFigures(library: library, replay: replay, limits: limits)
        let planned = SessionRun.planned(
            run.plan, library: library, replay: replay, limits: limits, at: instant, outlook: interviewOutlook)
        let front = planned.session.upcoming.first { $0.cardID == card }
        let rest = run.session.upcoming.compactMap { item -> QueueItem? in
            guard item.cardID != card, let position = library.position(of: item.cardID) else { return nil }
            return QueueItem(cardID: item.cardID, position: position, reason: item.reason, dueDay: item.dueDay)
        }
        run.session = StudySession(
            library: library, replay: replay, queue: (front.map { [$0] } ?? []) + rest, mode: run.session.mode)
        if front == nil { banner = .hint(AppModel.waitsText(card)) }
        run.carried = run.carried.removing(undone)
        run.unsaved = nil
        run.revealed = false
        run.completed = false
        run.shownAtMillis = instant.monotonicMillis
        self.run = run
        screen = run.session.isFinished ? .summary : .session
        return []
    }

    /// Plans the session again from the decks and log read under the lock; a session whose
    /// cards were all answered meanwhile (in another window) ends at once with a note. With
    /// `first`, that card (whose answer was just taken back) is asked first.
    private mutating func replan(_ snapshot: LibrarySnapshot, at instant: AppInstant, first: CardID? = nil) -> [AppEffect] {
        library = snapshot.library
        replay = snapshot.replay
        home = HomeFigures(library: library, replay: replay, limits: limits)
        guard let plan = run?.plan, run?.session.answers.isEmpty == true else { return [] }
        let fresh = SessionRun.planned(
            plan, library: library, replay: replay, limits: limits, at: instant, first: first, outlook: interviewOutlook)
        let waits = first.map { card in fresh.session.current?.item.cardID != card } ?? false
        guard !fresh.wasEmpty else {
            if startedAtHome {
                run = nil
                screen = .home
                banner = .hint(AppModel.nothingDueText(run: fresh))
                return [.endSession]
            }
            // `recall review` has no home screen: it stays on its summary.
            run = fresh
            screen = .summary
            banner = first.flatMap { waits ? .hint(AppModel.waitsText($0)) : nil }
            return []
        }
        run = fresh
        screen = .session
        if let first, waits { banner = .hint(AppModel.waitsText(first)) }
        return []
    }

    // MARK: Reload

    private mutating func reload(_ snapshot: LibrarySnapshot, at instant: AppInstant) {
        library = snapshot.library
        replay = snapshot.replay
        home = HomeFigures(library: library, replay: replay, limits: limits)
        guard screen == .session, var run else { return }
        let previousCard = run.session.current?.cardID
        let items = run.session.upcoming.compactMap { item -> QueueItem? in
            guard let position = library.position(of: item.cardID) else { return nil }
            return QueueItem(cardID: item.cardID, position: position, reason: item.reason, dueDay: item.dueDay)
        }
        run.carried = run.figures
        run.session = StudySession(library: library, replay: replay, queue: items, mode: run.session.mode)
        run.unsaved = nil
        if run.session.current?.cardID != previousCard {
            run.revealed = false
        }
        run.shownAtMillis = instant.monotonicMillis
        self.run = run
        if run.session.isFinished {
            self.run?.completed = true
            screen = .summary
        }
    }

    /// The note for an answer taken back whose card today's limits leave for a later day.
    static func waitsText(_ card: CardID) -> String {
        "Answer to \(card) taken back; the card is not in today's queue (daily limits)"
    }

    /// "Nothing due today — tomorrow: 3 reviews and 20 new cards."
    static func nothingDueText(run: SessionRun) -> String {
        let due = run.session.summary.dueTomorrow
        let fresh = run.newTomorrow
        if due == 0, fresh == 0 { return "Nothing due today, and nothing tomorrow either." }
        var parts: [String] = []
        if due > 0 { parts.append(due == 1 ? "1 review" : "\(due) reviews") }
        if fresh > 0 { parts.append(fresh == 1 ? "1 new card" : "\(fresh) new cards") }
        return "Nothing due today — tomorrow: " + parts.joined(separator: " and ") + "."
    }
}

extension SessionCard {
    /// The card's ID.
    var cardID: CardID { item.cardID }
}
