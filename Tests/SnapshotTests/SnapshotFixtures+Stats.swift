import Deck
import ReviewLog
import Snapshot
import Study
import Testing

extension SnapshotFixtures {
    /// Checks that the figures `recall stats` and the home screen show are the same from either
    /// state as from a walk over the whole log: every stats figure, the calibration (when a
    /// fold can give it), and every card's memory state (by position, and by card ID).
    static func expectSameFigures(
        _ first: LoadedLogState, _ second: LoadedLogState, whole: LogContents, library: DeckLibrary,
        days: LocalDays, today: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let wholeReplay = Replay(library: library, log: whole, days: days, today: today)
        let walked = StudyStats(library: library, replay: wholeReplay, answers: whole.answers, days: days)
        let calibration = Calibration(library: library, events: whole.answers, days: days)
        let memory = MemoryReplay(library: library, log: whole, days: days)
        var calibrations: [Calibration?] = []
        var foldedStats: [StudyStats] = []
        // With a `forget` the walk counts a forgotten card's reviews by its old schedule and the
        // fold does not: `recall stats` and the home screen then read the whole log, so only the
        // two folds are compared (with the snapshot and without).
        let hasForget = whole.actions.contains { $0.event.kind == .forget }
        for state in [first, second] {
            let replay = Replay(library: library, fold: state.fold, today: today)
            let folded = StudyStats(library: library, replay: replay, fold: state.fold)
            if !hasForget { #expect(folded == walked, sourceLocation: sourceLocation) }
            foldedStats.append(folded)
            let fromFold = Calibration(fold: state.fold, replay: replay)
            if let fromFold, !hasForget {
                #expect(fromFold.scoredCount == calibration.scoredCount, sourceLocation: sourceLocation)
                #expect(fromFold.sm2 == calibration.sm2, sourceLocation: sourceLocation)
                #expect(fromFold.fsrs == calibration.fsrs, sourceLocation: sourceLocation)
            } else if fromFold == nil {
                // Only an orphan's scored answer keeps the fold from giving the calibration.
                #expect(!replay.orphanCardIDs.isEmpty, sourceLocation: sourceLocation)
            }
            calibrations.append(fromFold)
            #expect(MemoryReplay(library: library, fold: state.fold).states == memory.states, sourceLocation: sourceLocation)
        }
        #expect((calibrations[0] == nil) == (calibrations[1] == nil), sourceLocation: sourceLocation)
        #expect(foldedStats[0] == foldedStats[1], sourceLocation: sourceLocation)
        if let one = calibrations[0], let other = calibrations[1] {
            #expect(one.scoredCount == other.scoredCount && one.sm2 == other.sm2 && one.fsrs == other.fsrs, sourceLocation: sourceLocation)
        }
        let firstMemory = Dictionary(
            first.fold.cardIDs.indices.map { (first.fold.cardIDs[$0], first.fold.stats.memoryState(ofNumber: $0)) },
            uniquingKeysWith: { a, _ in a })
        for number in second.fold.cardIDs.indices {
            let id = second.fold.cardIDs[number]
            #expect((firstMemory[id] ?? nil) == second.fold.stats.memoryState(ofNumber: number), "\(id)", sourceLocation: sourceLocation)
        }
    }
}
