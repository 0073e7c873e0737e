import Deck
import ReviewLog
import SM2

extension StudyStats {
    /// The figures of `answers` (the log's review, drill and cram events in file order, undone
    /// ones removed) for `library`, whose replay as of `replay.today` is `replay`.
    ///
    /// Card states, the forecast and the hardest cards come from the replay; the calendar,
    /// retention, answer counts, streak and time come from one more walk over `answers`.
    public init(library: DeckLibrary, replay: Replay, answers: [LogEvent], days: LocalDays) {
        let today = replay.today
        self.today = today
        (cards, phases) = Self.cardCounts(library: library, replay: replay)
        (forecast, overdue) = Self.forecast(replay: replay)
        (lowestEasiness, mostLapses, leeches, leechCount) = Self.hardest(library: library, replay: replay)
        let walk = AnswerWalk(library: library, answers: answers, days: days, today: today)
        calendar = StatsCalendar(today: today, counts: walk.calendarCounts)
        retention = walk.retention
        self.answers = walk.counts
        streak = StatsStreak(sortedDays: walk.studyDays, today: today)
        answerMillis = walk.millis
    }

    static func cardCounts(library: DeckLibrary, replay: Replay) -> (StatsCardCounts, [StatsPhaseCounts]) {
        var total = StatsCardCounts()
        var phases: [StatsPhaseCounts] = []
        var phaseIndex: [PhaseKey: Int] = [:]
        // Cards come in deck order, a phase's cards mostly together: the phase of the card
        // before is checked first, and the table only when it changes.
        var previous: (key: PhaseKey, index: Int)?
        for position in library.cards.indices {
            let schedule = replay.cards[position].schedule
            let suspended = replay.cards[position].isSuspended
            total.add(isNew: schedule.isNew, interval: schedule.interval, suspended: suspended)
            let key = PhaseKey(deck: library.cards[position].deck, phase: library.cards[position].phase)
            let index: Int
            if let previous, previous.key == key {
                index = previous.index
            } else if let found = phaseIndex[key] {
                index = found
            } else {
                index = phases.count
                phaseIndex[key] = index
                phases.append(StatsPhaseCounts(deck: key.deck, phase: key.phase, counts: StatsCardCounts()))
            }
            previous = (key, index)
            phases[index].counts.add(isNew: schedule.isNew, interval: schedule.interval, suspended: suspended)
        }
        return (total, phases)
    }

    private struct PhaseKey: Hashable {
        let deck: String
        let phase: String?
    }

    static func forecast(replay: Replay) -> ([Int], Int) {
        var forecast = [Int](repeating: 0, count: forecastDays)
        var overdue = 0
        for history in replay.cards where !history.isSuspended {
            guard let due = history.schedule.dueDay else { continue }
            let offset = due - replay.today
            if offset < 0 { overdue += 1 }
            let bucket = max(0, offset)
            if bucket < forecastDays { forecast[bucket] += 1 }
        }
        return (forecast, overdue)
    }

    static func hardest(
        library: DeckLibrary, replay: Replay
    ) -> ([StatsHardCard], [StatsHardCard], [StatsHardCard], Int) {
        var lowEasiness: [Int] = []
        var lapsed: [Int] = []
        var leechCount = 0
        for position in replay.cards.indices {
            let schedule = replay.cards[position].schedule
            guard !schedule.isNew else { continue }
            if schedule.easiness < .initial { lowEasiness.append(position) }
            if schedule.lapses > 0 { lapsed.append(position) }
            if schedule.lapses >= StatsHardCard.leechLapses { leechCount += 1 }
        }
        func schedule(_ position: Int) -> CardSchedule { replay.cards[position].schedule }
        // Only the first ten of each order are shown: they are picked, not the whole list sorted
        // (the position breaks every tie, so the result is the sorted list's first ten).
        let byEasiness = Self.first(hardestCount, of: lowEasiness) {
            (schedule($0).easiness.hundredths, -schedule($0).lapses, $0)
                < (schedule($1).easiness.hundredths, -schedule($1).lapses, $1)
        }
        let byLapses = Self.first(hardestCount, of: lapsed) {
            (-schedule($0).lapses, schedule($0).easiness.hundredths, $0)
                < (-schedule($1).lapses, schedule($1).easiness.hundredths, $1)
        }
        func hardCard(_ position: Int) -> StatsHardCard {
            let card = library.cards[position]
            let state = schedule(position)
            return StatsHardCard(
                id: card.id, front: card.front, easiness: state.easiness, lapses: state.lapses, reviews: state.reviews)
        }
        let leeches = byLapses.prefix { schedule($0).lapses >= StatsHardCard.leechLapses }
        return (
            byEasiness.prefix(hardestCount).map(hardCard),
            byLapses.prefix(hardestCount).map(hardCard),
            leeches.prefix(hardestCount).map(hardCard),
            leechCount
        )
    }
}

extension StudyStats {
    /// The first `count` of `items` in the order `before` (a strict total order), in that order:
    /// `items.sorted(by: before).prefix(count)`, without sorting them all.
    static func first(_ count: Int, of items: [Int], by before: (Int, Int) -> Bool) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(count + 1)
        for item in items {
            if kept.count == count, let last = kept.last, !before(item, last) { continue }
            var at = kept.count
            while at > 0, before(item, kept[at - 1]) { at -= 1 }
            kept.insert(item, at: at)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }
}

/// One walk over the answers for the figures that need each answer's day: the calendar,
/// retention (which replays SM-2 to know each review's interval before it), the counts by
/// kind, the days studied and the time spent.
private struct AnswerWalk {
    var calendarCounts: [Int]
    var retention = StatsRetention()
    var counts = StatsAnswerCounts()
    var studyDays: [Int] = []
    var millis: Int64 = 0

    init(library: DeckLibrary, answers: [LogEvent], days: LocalDays, today: Int) {
        let firstDay = StatsCalendar.firstDay(today: today)
        calendarCounts = [Int](repeating: 0, count: today - firstDay + 1)
        let recentStart = today - 29
        // Look every review's card up first, in a tight loop whose lookups the processor can
        // overlap; then read the events by index, so that no event (and its ID) is copied.
        let index = CardIndex(library: library)
        let positions = answers.map { event in
            event.kind == .review ? Int32(truncatingIfNeeded: index.position(of: event.cardID) ?? -1) : -1
        }
        var schedules = [CardSchedule](repeating: .new, count: library.cards.count)
        var span = days.offsetSpan(atSeconds: 0)
        var lastDay = Int.min
        var daysInOrder = true
        for eventIndex in answers.indices {
            let seconds = LocalDays.seconds(ofMillis: answers[eventIndex].time)
            if !span.contains(seconds) { span = days.offsetSpan(atSeconds: seconds) }
            let day = days.day(atSeconds: seconds, offset: span.offset)
            if day != lastDay {
                if day < lastDay { daysInOrder = false }
                studyDays.append(day)
                lastDay = day
            }
            let calendarIndex = day - firstDay
            if calendarIndex >= 0, calendarIndex < calendarCounts.count { calendarCounts[calendarIndex] += 1 }
            millis += Int64(answers[eventIndex].answerMillis ?? 0)
            switch answers[eventIndex].kind {
            case .review:
                counts.reviews += 1
                let position = Int(positions[eventIndex])
                guard position >= 0, let grade = answers[eventIndex].grade else { continue }
                let before = schedules[position]
                if before.isNew {
                    counts.firstReviews += 1
                } else {
                    let mature = before.interval >= StatsCardCounts.matureInterval
                    let recent = day >= recentStart && day <= today
                    if mature {
                        retention.matureAllTime.add(passed: grade.isPass)
                        if recent { retention.matureLast30Days.add(passed: grade.isPass) }
                    } else {
                        retention.youngAllTime.add(passed: grade.isPass)
                        if recent { retention.youngLast30Days.add(passed: grade.isPass) }
                    }
                }
                schedules[position] = before.reviewed(grade, on: day)
            case .drill: counts.drills += 1
            case .cram: counts.crams += 1
            case .undo, .suspend, .unsuspend, .bury, .forget: break
            }
        }
        if !daysInOrder {
            studyDays = Array(Set(studyDays)).sorted()
        }
    }
}
