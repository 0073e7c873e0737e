import Deck
import Memory
import ReviewLog
import SM2
import Study
import Testing

/// Memory states from the log, readiness for the interview day, and the plan (DESIGN §9, §10).
@Suite struct InterviewTests {
    let model = FSRS()
    let today = Fixtures.today

    /// Four cards in two phases: A answered long ago, B yesterday, C today, D never.
    func setup() -> (DeckLibrary, [LogEvent]) {
        let library = Fixtures.library([
            Fixtures.card("A-1", phase: "Math"), Fixtures.card("B-1", phase: "Math"),
            Fixtures.card("C-1", phase: "ML"), Fixtures.card("D-1", phase: "ML"),
        ])
        let events = [
            Fixtures.event(.review, "A-1", 4, at: Fixtures.noon(today - 40)),
            Fixtures.event(.review, "A-1", 5, at: Fixtures.noon(today - 30)),
            Fixtures.event(.review, "B-1", 4, at: Fixtures.noon(today - 9)),
            Fixtures.event(.drill, "B-1", 5, at: Fixtures.noon(today - 9, plusMinutes: 5)),
            Fixtures.event(.cram, "B-1", 5, at: Fixtures.noon(today - 1)),
            Fixtures.event(.review, "C-1", 5, at: Fixtures.noon(today)),
            Fixtures.event(.review, "GONE-1", 5, at: Fixtures.noon(today)),
        ]
        return (library, events)
    }

    @Test func theMemoryFoldCountsReviewsDrillsAndCramsOnTheirStudyDays() {
        let (library, events) = setup()
        let memory = MemoryReplay(library: library, log: LogContents(answers: events), days: Fixtures.utcDays)
        var b = MemoryFold()
        b.answer(grade: 4, on: today - 9)
        b.answer(grade: 5, on: today - 9)
        b.answer(grade: 5, on: today - 1)
        #expect(memory.state(at: 1) == b.state)
        #expect(memory.state(at: 3) == nil)
        #expect(memory.recall(at: 3, onDay: today) == nil)
        #expect(memory.recall(at: 2, onDay: today) == 1)
        // An answer at 02:00 counts for the study day before (the day starts at 04:00).
        let early = [Fixtures.event(.review, "A-1", 4, at: Int64(today) * 86_400_000 + 2 * 3_600_000)]
        let shifted = MemoryReplay(library: library, log: LogContents(answers: early), days: Fixtures.utcDays)
        #expect(shifted.state(at: 0)?.lastDay == today - 1)
    }

    @Test func undoAndForgetMarkersAreHandled() {
        #expect(MemoryReplay.effect(of: Fixtures.event(.review, "A-1", 3, at: 0)) == .answer(grade: 3))
        #expect(MemoryReplay.effect(of: LogEvent(time: 0, kind: .undo, cardID: "A-1", grade: nil, answerMillis: nil)) == .none)
    }

    @Test func readinessFollowsTheTargetAndCountsNeverAnsweredAsZero() {
        let (library, events) = setup()
        let memory = MemoryReplay(library: library, log: LogContents(answers: events), days: Fixtures.utcDays)
        let interview = today + 5
        let readiness = Readiness(library: library, memory: memory, interviewDay: interview, target: 0.9, today: today)
        let recalls = (0..<4).map { memory.recall(at: $0, onDay: interview) }
        #expect(readiness.cards.map(\.recall) == recalls)
        #expect(readiness.cards.map(\.isReady) == recalls.map { ($0 ?? 0) >= 0.9 && $0 != nil })
        #expect(readiness.daysLeft == 5)
        let math = readiness.phases[0]
        #expect(math.phase == "Math" && math.cards == 2)
        #expect(abs(math.meanRecall - ((recalls[0] ?? 0) + (recalls[1] ?? 0)) / 2) < 1e-12)
        let ml = readiness.phases[1]
        #expect(abs(ml.meanRecall - (recalls[2] ?? 0) / 2) < 1e-12)
        // Weakest first: never answered, then lowest recall.
        let notReady = readiness.notReady
        #expect(notReady.first?.id == CardID("D-1"))
        #expect(zip(notReady.dropFirst(), notReady.dropFirst(2)).allSatisfy { ($0.recall ?? 0) <= ($1.recall ?? 0) })
        // A suspended card is left out.
        let without = Readiness(library: library, memory: memory, interviewDay: interview, target: 0.9, today: today, excluded: [3])
        #expect(without.cards.count == 3)
        #expect(without.phases[1].cards == 1)
    }

    @Test func thePlanBringsEachCardBackInsideItsWindowAndMakesItReady() {
        // Thirty cards answered on assorted days, an interview in 20 days.
        var cards: [Card] = []
        var events: [LogEvent] = []
        var generator = SplitMix64(seed: 7)
        for number in 0..<30 {
            let id = "P-\(number)"
            cards.append(Fixtures.card(id, phase: "Math"))
            var day = today - 60 + Int(generator.next() % 20)
            for _ in 0..<Int(generator.next() % 5) {
                events.append(Fixtures.event(.review, id, Int(generator.next() % 6), at: Fixtures.noon(day)))
                day += 1 + Int(generator.next() % 15)
                if day >= today { break }
            }
        }
        events.sort { $0.time < $1.time }
        let library = Fixtures.library(cards)
        let replay = Fixtures.replay(library, events)
        let memory = MemoryReplay(library: library, log: LogContents(answers: events), days: Fixtures.utcDays)
        let interview = today + 20
        let outlook = InterviewOutlook(library: library, replay: replay, memory: memory, interviewDay: interview, target: 0.9)
        let plan = outlook.plan
        #expect(plan.days.map(\.day) == Array(today..<interview))
        let notReady = Set(outlook.readiness.notReady.map(\.position))
        let planned = plan.days.flatMap(\.cards)
        #expect(Set(planned).count == planned.count)
        #expect(Set(planned).isSubset(of: notReady))
        #expect(planned.count + plan.leftToSchedule + plan.outOfTime == notReady.count)
        for day in plan.days {
            for position in day.cards {
                // One good answer on its planned day leaves the card ready on the interview day,
                // or it is on the last day, where nothing later could help more.
                let after = memory.state(at: position).map { model.nextState($0, .good, on: day.day) }
                    ?? model.firstState(.good, on: day.day)
                #expect(model.recall(after, onDay: interview) >= 0.9 || day.day == interview - 1)
                // And not a day later would be useless: the day before did not suffice or it is as late as allowed.
            }
        }
        // No day carries more than the lowest ceiling needs: the plan's busiest day is at most
        // the all-on-the-last-day load, and loads never exceed the ceiling the dues force.
        let maxLoad = plan.days.map(\.load).max() ?? 0
        #expect(maxLoad <= max(plan.days.map(\.due).max() ?? 0, planned.count))
        #expect(maxLoad < planned.count + (plan.days.last?.due ?? 0) || planned.count <= 1)
    }

    @Test func onAndAfterTheInterviewDayThereIsNoPlan() {
        let (library, events) = setup()
        let replay = Fixtures.replay(library, events)
        let memory = MemoryReplay(library: library, log: LogContents(answers: events), days: Fixtures.utcDays)
        for interview in [today, today - 3] {
            let outlook = InterviewOutlook(library: library, replay: replay, memory: memory, interviewDay: interview, target: 0.9)
            #expect(outlook.plan.days.isEmpty)
            #expect(outlook.cardsToBringBack == 0)
            #expect(outlook.todaysItems(library: library, replay: replay).isEmpty)
        }
    }

    @Test func todaysPlanCardsAreCramsAfterTheDueOnesAndNeverMoveTheSchedule() {
        let (library, events) = setup()
        let replay = Fixtures.replay(library, events)
        let memory = MemoryReplay(library: library, log: LogContents(answers: events), days: Fixtures.utcDays)
        let outlook = InterviewOutlook(library: library, replay: replay, memory: memory, interviewDay: today + 1, target: 0.9)
        let items = outlook.todaysItems(library: library, replay: replay)
        // C-1 was answered today, so it waits; the others not ready are all for today.
        #expect(!items.map(\.cardID).contains(CardID("C-1")))
        #expect(items.allSatisfy { $0.reason == .cram })
        #expect(!items.isEmpty)
        var session = StudySession(library: library, replay: replay, queue: items, mode: .review)
        let card = session.current
        #expect(card?.changesSchedule == false)
        let event = session.answer(.good, at: Fixtures.noon(today, plusMinutes: 30), answerMillis: 800)
        #expect(event?.kind == .cram)
        if let position = card?.item.position {
            #expect(session.schedule(at: position) == replay.cards[position].schedule)
        }
    }
}
