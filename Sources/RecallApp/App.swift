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
        // A new card (or the same card asked again) is shown from its top.
        if next.run?.session.current?.cardID != model.run?.session.current?.cardID
            || next.run?.session.answers.count != model.run?.session.answers.count || next.screen != .session {
            next.cardScroll = 0
        }
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
            return cardInfoReloadEffects()
        case .reloadFailed(let reason), .editorFailed(let reason), .actionFailed(let reason):
            banner = .error(reason)
            return []
        case .cardInfoLoaded(let position, let timeline):
            showCardInfo(position: position, timeline: timeline)
            return []
        case .figuresLoaded(let stats, let memory):
            self.stats = stats
            self.memory = memory
            let recall = predictedRecall
            if browser != nil { browser?.predictedRecall = recall }
            return []
        }
    }

    /// Where keys are read now: the screen under any box, the box, or the "too small" note.
    public var keyContext: KeyContext {
        if size.width < App.minimumSize.width || size.height < App.minimumSize.height { return .tooSmall }
        switch overlay {
        case .phasePicker: return .phasePicker
        case .help, .statsUnavailable: return .note
        case .cardInfo: return .cardInfo
        case nil: return screenKeyContext
        }
    }

    /// The context of the screen under any box (what `?` lists the keys of).
    public var screenKeyContext: KeyContext {
        switch screen {
        case .home: return .home
        case .session: return run?.revealed == true ? .revealed : .front
        case .summary: return .summary
        case .stats: return .stats
        case .browser: return .browser
        }
    }

    private mutating func press(_ key: Key, at instant: AppInstant) -> [AppEffect] {
        let hadBanner = banner
        banner = nil
        let context = keyContext
        if overlay != nil, key == .ctrl("c"), context != .tooSmall {
            // Ctrl-C acts on the screen below: it ends a session, or quits at home.
            overlay = nil
            return press(key, at: instant)
        }
        guard let action = keymap.action(for: key, in: context) else { return [] }
        switch context {
        case .tooSmall:
            // The screen cannot be seen: only quitting acts, as it would on the screen below.
            overlay = nil
            return quitFromAnyScreen(key, at: instant)
        case .note:
            overlay = nil
            return []
        case .phasePicker:
            guard case .phasePicker(let selected) = overlay else { return [] }
            return pressInPhasePicker(action, selected: selected, at: instant)
        case .home: return pressAtHome(action, at: instant)
        case .front, .revealed: return pressInSession(action, at: instant, previousBanner: hadBanner)
        case .summary: return pressAtSummary(action, key: key, at: instant)
        case .stats:
            guard case .stats(let scroll) = screen else { return [] }
            return pressInStats(action, scroll: scroll)
        case .browser: return pressInBrowser(key, at: instant)
        case .cardInfo:
            guard case .cardInfo(let info) = overlay else { return [] }
            return pressInCardInfo(info, key: key, at: instant)
        }
    }

    /// What `q` does on the screen under the "too small" note.
    private mutating func quitFromAnyScreen(_ key: Key, at instant: AppInstant) -> [AppEffect] {
        switch screen {
        case .home: return [.quit]
        case .session:
            // Ctrl-C and q end the session as they would on the card.
            run?.state = .left
            screen = .summary
            return [.endSession]
        case .summary: return pressAtSummary(.leave, key: key, at: instant)
        case .stats, .browser:
            screen = .home
            return []
        }
    }

    // MARK: Home

    private mutating func pressAtHome(_ action: KeyAction, at instant: AppInstant) -> [AppEffect] {
        switch action {
        case .quit:
            return [.quit]
        case .review where noDecksText != nil, .cram where noDecksText != nil:
            // No deck at all: say where recall looked and how to add one.
            banner = noDecksText.map { .hint($0) }
            return []
        case .review:
            let started = SessionRun.review(
                library: library, replay: replay, limits: limits, at: instant, outlook: interviewOutlook)
            if started.wasEmpty {
                banner = .hint(AppModel.nothingDueText(run: started))
                return []
            }
            run = started
            screen = .session
            return [.beginSession]
        case .cram:
            if home.phases.isEmpty {
                banner = .hint("No phases to cram: the decks have no ## headings")
            } else {
                overlay = .phasePicker(selected: 0)
            }
            return []
        case .stats:
            if stats != nil { screen = .stats(scroll: 0) } else { overlay = .statsUnavailable }
            return []
        case .help:
            overlay = .help
            return []
        case .browse:
            openBrowser()
            return []
        case .lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom:
            scrollHome(action)
            return []
        default:
            return []
        }
    }

    /// Scrolls the card within its ends (see `App.cardContent`).
    private mutating func scrollCard(_ action: KeyAction, card: Card, revealed: Bool) {
        let rows = max(1, size.height - 5)
        let total = App.cardContent(card, revealed: revealed, width: max(1, size.width - 2)).height
        let last = max(0, total - rows)
        let target: Int
        switch action {
        case .lineDown: target = cardScroll + 1
        case .lineUp: target = cardScroll - 1
        case .pageDown: target = cardScroll + max(1, rows - 1)
        default: target = cardScroll - max(1, rows - 1)
        }
        cardScroll = min(max(0, target), last)
    }

    /// The phase rows the home screen has room for at the current size.
    var homePhaseRows: Int {
        max(0, size.height - homeListTop - 3)
    }

    /// The home screen's row of the phase list's heading: below the counts, the deck errors'
    /// line, the siblings' note and the interview countdown, one row each from row 3, then a
    /// blank row.
    var homeListTop: Int {
        let notes = (home.deckErrors > 0 ? 1 : 0) + (home.heldBackNote == nil ? 0 : 1)
            + (App.interviewLine(interviewOutlook) == nil ? 0 : 1)
        return 4 + notes
    }

    /// Scrolls the home screen's phase list, within its ends.
    private mutating func scrollHome(_ action: KeyAction) {
        let rows = max(1, homePhaseRows)
        let last = max(0, home.phases.count - rows)
        let target: Int
        switch action {
        case .lineDown: target = homeScroll + 1
        case .lineUp: target = homeScroll - 1
        case .pageDown: target = homeScroll + rows
        case .pageUp: target = homeScroll - rows
        case .top: target = 0
        default: target = last
        }
        homeScroll = min(max(0, target), last)
    }

    private mutating func pressInPhasePicker(_ action: KeyAction, selected: Int, at instant: AppInstant) -> [AppEffect] {
        let count = home.phases.count
        switch action {
        case .lineUp: overlay = .phasePicker(selected: max(0, selected - 1))
        case .lineDown: overlay = .phasePicker(selected: min(count - 1, selected + 1))
        case .top: overlay = .phasePicker(selected: 0)
        case .bottom: overlay = .phasePicker(selected: max(0, count - 1))
        case .choose:
            guard home.phases.indices.contains(selected) else { return [] }
            overlay = nil
            run = SessionRun.cram(
                library: library, replay: replay, phase: home.phases[selected].name, order: .weakestFirst, at: instant)
            screen = .session
            return [.beginSession]
        case .back: overlay = nil
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    // MARK: Session

    private mutating func pressInSession(_ action: KeyAction, at instant: AppInstant, previousBanner: Banner?) -> [AppEffect] {
        guard var run, let current = run.session.current, let shownAt = run.state.shownAt else {
            screen = .summary
            return [.endSession]
        }
        switch action {
        case .quit:
            run.state = .left
            self.run = run
            screen = .summary
            return [.endSession]
        case .help:
            overlay = .help
            banner = previousBanner
            return []
        case .reveal:
            run.state = .revealed(shownAt: shownAt)
            self.run = run
            return []
        case .lineDown, .lineUp, .pageDown, .pageUp:
            scrollCard(action, card: current.card, revealed: run.revealed)
            return []
        case .undo:
            guard run.session.canUndo else {
                // Nothing of this session's own: the runtime may take back the log's latest answer.
                return [.undoEarlierAnswer(cramPhase: run.cramPhase)]
            }
            let before = run.session
            guard let event = run.session.undo(at: instant.wallMillis) else { return [] }
            run.state = .saving(before: before, shownAt: instant.monotonicMillis)
            self.run = run
            return [.append(event)]
        case .edit:
            let location = current.card.location
            return [.openEditor(file: location.file, line: max(1, location.line))]
        case .gradeTooEarly:
            banner = .hint("Reveal the answer first: Space")
            return []
        case .sayGradeKeys:
            banner = .hint("Grade with " + keymap.gradeKeys.meaning)
            return []
        case .bury, .suspend:
            let before = run.session
            guard let event = run.session.setAside(action == .bury ? .bury : .suspend, at: instant.wallMillis) else { return [] }
            run.state = .saving(before: before, shownAt: instant.monotonicMillis)
            self.run = run
            return [.append(event)]
        case .info:
            return [.loadCardInfo(position: current.item.position, cardID: current.cardID.rawValue)]
        case .grade(let grade):
            let before = run.session
            let millis = Int(clamping: max(0, instant.monotonicMillis - shownAt))
            guard let event = run.session.answer(grade, at: instant.wallMillis, answerMillis: millis) else { return [] }
            run.state = .saving(before: before, shownAt: instant.monotonicMillis)
            self.run = run
            return [.append(event)]
        default:
            return []
        }
    }

    private mutating func saved() -> [AppEffect] {
        guard var run, case .saving(_, let shownAt) = run.state else { return [] }
        if run.session.isFinished {
            // The session stays open on the summary, so its last answer can still be undone.
            run.state = .finished
            self.run = run
            if screen == .session { screen = .summary }
            return []
        }
        run.state = .asking(shownAt: shownAt)
        self.run = run
        return []
    }

    private mutating func rollBack(reason: String) {
        guard var run, case .saving(let before, let shownAt) = run.state else {
            banner = .error("not saved: \(reason)")
            return
        }
        let wasAnswer = before.answers.count < run.session.answers.count
        let wasSetAside = before.answers.count == run.session.answers.count
            && run.session.progress.remaining < before.progress.remaining
        run.session = before
        // An undo from the summary that could not be saved leaves the session finished.
        if before.isFinished {
            run.state = .finished
        } else {
            run.state = wasAnswer ? .revealed(shownAt: shownAt) : .asking(shownAt: shownAt)
        }
        self.run = run
        screen = before.isFinished ? .summary : .session
        banner = .error(wasAnswer
            ? "not saved: \(reason) — the answer was not recorded"
            : wasSetAside ? "not saved: \(reason) — the card was not set aside"
            : "not saved: \(reason) — the undo was not recorded")
    }

    // MARK: Summary

    /// On the summary `u` takes the last answer back and shows its card again (while the session
    /// is still open, that is after the last card rather than after `q`); any other key ends the
    /// session and goes home, or quits.
    private mutating func pressAtSummary(_ action: KeyAction, key: Key, at instant: AppInstant) -> [AppEffect] {
        if action == .undo, let run {
            // "Nothing due today" after a restart: the session is open, and an answer from before
            // the restart can still be taken back.
            if run.wasEmpty, run.session.answers.isEmpty, noDecksText == nil {
                return [.undoEarlierAnswer(cramPhase: run.cramPhase)]
            }
            if run.completed, run.session.canUndo {
                var run = run
                let before = run.session
                guard let event = run.session.undo(at: instant.wallMillis) else { return [] }
                run.state = .saving(before: before, shownAt: instant.monotonicMillis)
                self.run = run
                screen = .session
                return [.append(event)]
            }
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
            run.plan, library: library, replay: replay, limits: limits, at: instant, restart: run.restarted,
            outlook: interviewOutlook)
        let front = planned.session.upcoming.first { $0.cardID == card }
        let rest = run.session.upcoming.compactMap { item -> QueueItem? in
            guard item.cardID != card, let position = library.position(of: item.cardID) else { return nil }
            return QueueItem(cardID: item.cardID, position: position, reason: item.reason, dueDay: item.dueDay)
        }
        run.session = StudySession(
            library: library, replay: replay, queue: (front.map { [$0] } ?? []) + rest, mode: run.session.mode)
        if front == nil { banner = .hint(AppModel.waitsText(card)) }
        run.carried = run.carried.removing(undone)
        run.state = run.session.isFinished ? .finished : .asking(shownAt: instant.monotonicMillis)
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
            plan, library: library, replay: replay, limits: limits, at: instant, first: first,
            restart: run?.restarted ?? false, outlook: interviewOutlook)
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
        if let fresh = snapshot.stats { stats = fresh }
        if let fresh = snapshot.interviewOutlook { interviewOutlook = fresh }
        if let fresh = snapshot.memory { memory = fresh }
        home = HomeFigures(library: library, replay: replay, limits: limits)
        refreshBrowser()
        guard screen == .session, var run else { return }
        let previousCard = run.session.current?.cardID
        let items = run.session.upcoming.compactMap { item -> QueueItem? in
            guard let position = library.position(of: item.cardID) else { return nil }
            return QueueItem(cardID: item.cardID, position: position, reason: item.reason, dueDay: item.dueDay)
        }
        run.carried = run.figures
        run.session = StudySession(library: library, replay: replay, queue: items, mode: run.session.mode)
        if run.session.isFinished {
            run.state = .finished
            screen = .summary
        } else if run.revealed, run.session.current?.cardID == previousCard {
            run.state = .revealed(shownAt: instant.monotonicMillis)
        } else {
            run.state = .asking(shownAt: instant.monotonicMillis)
        }
        self.run = run
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
