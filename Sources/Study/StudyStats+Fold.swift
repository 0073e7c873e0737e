import Deck
import Memory
import ReviewLog

extension StudyStats {
    /// The figures of `init(library:replay:answers:days:)`, from `fold` (the fold `replay` was
    /// made from) instead of a walk over every answer: the calendar, counts, streak and time
    /// add up its per-day table, and retention takes the orphans' shares out again.
    ///
    /// The same figures as the walk's for every log without a `forget` (the walk goes on with a
    /// forgotten card's old schedule, the fold starts it again as new). `fold` must track stats.
    public init(library: DeckLibrary, replay: Replay, fold: LogFold) {
        precondition(fold.stats.isTracking, "the fold must be made with tracksStats")
        let today = replay.today
        self.today = today
        (cards, phases) = Self.cardCounts(library: library, replay: replay)
        (forecast, overdue) = Self.forecast(replay: replay)
        (lowestEasiness, mostLapses, leeches, leechCount) = Self.hardest(library: library, replay: replay)
        let table = fold.stats.table
        let firstDay = StatsCalendar.firstDay(today: today)
        var counts = [Int](repeating: 0, count: today - firstDay + 1)
        for row in table.rows(in: firstDay...today) { counts[row.day - firstDay] = row.answers }
        calendar = StatsCalendar(today: today, counts: counts)
        streak = StatsStreak(sortedDays: table.days.map(\.day), today: today)
        let total = table.total
        answerMillis = total.millis

        let orphans = fold.numbers(ofCardIDs: replay.orphanCardIDs)
        var orphanShare = StatsCardTally()
        for number in orphans {
            let tally = fold.stats.tally(ofNumber: number)
            orphanShare.firstReviews += tally.firstReviews
            orphanShare.youngPassed += tally.youngPassed
            orphanShare.youngFailed += tally.youngFailed
            orphanShare.maturePassed += tally.maturePassed
            orphanShare.matureFailed += tally.matureFailed
        }
        var answers = StatsAnswerCounts()
        answers.reviews = total.reviews
        answers.firstReviews = total.firstReviews - Int(orphanShare.firstReviews)
        answers.drills = total.drills
        answers.crams = total.crams
        self.answers = answers

        let recentStart = today - (StatsFold.retentionWindow - 1)
        var recent = StatsDayTable.sum(table.rows(in: recentStart...today))
        if !orphans.isEmpty {
            let orphanSet = Set(orphans.map { Int32(truncatingIfNeeded: $0) })
            for mark in fold.stats.recentReviews where mark.day >= recentStart && mark.day <= today
                && orphanSet.contains(mark.cardNumber) {
                switch (mark.mature, mark.passed) {
                case (false, true): recent.youngPassed -= 1
                case (false, false): recent.youngFailed -= 1
                case (true, true): recent.maturePassed -= 1
                case (true, false): recent.matureFailed -= 1
                }
            }
        }
        func rate(_ passed: Int, _ failed: Int) -> StatsPassRate { StatsPassRate(passed: passed, total: passed + failed) }
        var retention = StatsRetention()
        retention.youngAllTime = rate(
            total.youngPassed - Int(orphanShare.youngPassed), total.youngFailed - Int(orphanShare.youngFailed))
        retention.matureAllTime = rate(
            total.maturePassed - Int(orphanShare.maturePassed), total.matureFailed - Int(orphanShare.matureFailed))
        retention.youngLast30Days = rate(recent.youngPassed, recent.youngFailed)
        retention.matureLast30Days = rate(recent.maturePassed, recent.matureFailed)
        self.retention = retention
    }
}

extension Calibration {
    /// The calibration of `init(library:events:days:)`, from `fold`'s sums (the fold `replay`
    /// was made from); nil when an orphan has a scored answer, since its share of the sums cannot
    /// be taken out to the last bit (the log must then be scored whole).
    public init?(fold: LogFold, replay: Replay) {
        let stats = fold.stats
        guard stats.isTracking else { return nil }
        var orphanScored = false
        for number in fold.numbers(ofCardIDs: replay.orphanCardIDs) where stats.tally(ofNumber: number).scored > 0 {
            orphanScored = true
        }
        guard !orphanScored else { return nil }
        self.init(scoredCount: stats.sm2Calibration.count, sm2: stats.sm2Calibration, fsrs: stats.fsrsCalibration)
    }
}

extension MemoryReplay {
    /// Every card's memory state from `fold` (which folds them as `init(library:log:days:)`
    /// does), by position in `library`; `fold` must track stats.
    public init(library: DeckLibrary, fold: LogFold) {
        precondition(fold.stats.isTracking, "the fold must be made with tracksStats")
        let index = CardIndex(library: library)
        var states = [MemoryState?](repeating: nil, count: library.cards.count)
        for number in fold.cardIDs.indices {
            guard let state = fold.stats.memoryState(ofNumber: number),
                  let position = index.position(of: fold.cardIDs[number]) else { continue }
            states[position] = state
        }
        self.init(model: fold.stats.model, states: states)
    }

    /// States already folded.
    init(model: FSRS, states: [MemoryState?]) {
        self.model = model
        self.states = states
    }
}

extension LogFold {
    /// The numbers of the cards `ids` names (those the fold has met), ascending.
    public func numbers(ofCardIDs ids: [String]) -> [Int] {
        guard !ids.isEmpty else { return [] }
        let wanted = Set(ids)
        return cardIDs.indices.filter { wanted.contains(cardIDs[$0]) }
    }
}
