import Deck
import RecallApp
import ReviewLog
import Study

extension Runtime {
    /// The decks and the log, read afresh.
    struct Loaded {
        var library: DeckLibrary
        var log: LogContents
    }

    /// Reads the decks and the log.
    func loadAll() throws(RuntimeFailure) -> Loaded {
        let library: DeckLibrary
        do {
            library = try decks.load()
        } catch {
            throw RuntimeFailure("cannot reload the decks: \(error.message)")
        }
        do {
            return Loaded(library: library, log: try log.read())
        } catch {
            throw RuntimeFailure("cannot reload the log: \(error.message)")
        }
    }

    /// The snapshot of `loaded` for the study day of `instant`, with the stats page's figures
    /// when `withStats`.
    func snapshot(_ loaded: Loaded, at instant: AppInstant, withStats: Bool) -> LibrarySnapshot {
        let today = days.day(atMillis: instant.wallMillis)
        let (replay, fold) = replayAndFold(library: loaded.library, log: loaded.log, today: today)
        var stats = withStats ? studyStats(library: loaded.library, replay: replay, fold: fold, log: loaded.log) : nil
        stats?.todayQueue = DailyQueue(library: loaded.library, replay: replay, limits: limits).counts
        var snapshot = LibrarySnapshot(library: loaded.library, replay: replay, stats: stats)
        let memory = withStats || interview != nil ? MemoryReplay(library: loaded.library, fold: fold) : nil
        if withStats { snapshot.memory = memory }
        snapshot.interviewOutlook = interview.flatMap { target in
            memory.map {
                InterviewOutlook(
                    library: loaded.library, replay: replay, memory: $0, interviewDay: target.day, target: target.recall)
            }
        }
        return snapshot
    }

    /// Appends `event`: `.saved`, or `.saveFailed` saying why.
    func append(_ event: LogEvent) -> AppMessage {
        guard log.isOpenForAppending else {
            return .saveFailed(reason: "cannot write to \(log.path): the log is not open")
        }
        do {
            try log.append(event)
            return .saved
        } catch {
            return .saveFailed(reason: error.message)
        }
    }

    /// Takes the lock, opens the log and plans the session from the decks and log read under
    /// it: `.sessionBegan`, or `.sessionRefused` (with the lock let go).
    func beginSession() -> AppMessage {
        do {
            try log.lock()
            try log.openForAppending()
            let loaded = try loadAll()
            let instant = clock.now()
            return .sessionBegan(snapshot(loaded, at: instant, withStats: false), at: instant)
        } catch {
            // No session on a plan the log under the lock could not confirm.
            endSession()
            return .sessionRefused(reason: error.message)
        }
    }

    /// Reads the decks and the log again, for the study day it is now (a screen left open past
    /// the day's start plans the new day).
    func reload() -> AppMessage {
        do {
            let loaded = try loadAll()
            let instant = clock.now()
            return .reloaded(snapshot(loaded, at: instant, withStats: true), at: instant)
        } catch {
            return .reloadFailed(reason: error.message)
        }
    }

    /// Takes back the log's latest answer when `EarlierAnswerUndo` allows it, then reads the
    /// log again so the session can ask that card first. The log as it is now (under the
    /// lock) is the truth: this session's own answers and undos count.
    func undoEarlierAnswer(cramPhase: String?) -> AppMessage {
        guard log.isOpenForAppending else { return .nothingToUndo }
        let loaded: Loaded
        let own: LogContents
        do {
            loaded = try loadAll()
            own = try log.readOwn()
        } catch {
            return .reloadFailed(reason: error.message)
        }
        let instant = clock.now()
        // In a log folder, only this device's own file: an `undo` takes back an answer of its file.
        guard let latest = EarlierAnswerUndo.answerToTakeBack(
            answers: own.answers, library: loaded.library, days: days,
            today: days.day(atMillis: instant.wallMillis), cramPhase: cramPhase)
        else { return .nothingToUndo }
        let undo = LogEvent(time: instant.wallMillis, kind: .undo, cardID: latest.cardID, grade: nil, answerMillis: nil)
        do {
            try log.append(undo)
        } catch {
            return .saveFailed(reason: error.message)
        }
        let after: LogContents
        let ownAfter: LogContents
        do {
            after = try log.read()
            ownAfter = try log.readOwn()
        } catch {
            return .reloadFailed(reason: "cannot reload the log: \(error.message)")
        }
        guard ownAfter.undoneCount == own.undoneCount + 1 else {
            return .reloadFailed(reason: "the log did not take the undo of \(latest.cardID); run 'recall check'")
        }
        let fresh = snapshot(Loaded(library: loaded.library, log: after), at: instant, withStats: false)
        return .earlierAnswerUndone(fresh, answer: latest, at: instant)
    }
}
