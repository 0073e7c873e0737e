import Deck
import Foundation
import Memory
import ReviewLog
import SM2
import Study
import Testing

/// Calibration figures (DESIGN §11) on a seeded generated log, against a computation written
/// here from the definitions alone: per card histories, then the formulas.
@Suite struct CalibrationTests {
    func seededLog(cards: Int, seed: UInt64) -> (DeckLibrary, [LogEvent]) {
        var generator = SplitMix64(seed: seed)
        let library = Fixtures.library((0..<cards).map { Fixtures.card("K-\($0)") })
        var events: [LogEvent] = []
        var millis = Fixtures.noon(Fixtures.today - 200)
        let kinds: [EventKind] = [.review, .review, .review, .drill, .cram]
        for _ in 0..<3000 {
            millis += Int64(generator.next() % 3) == 0 ? Int64(generator.next() % 4) * 86_400_000 : Int64(generator.next() % 7_200_000)
            let card = "K-\(generator.next() % UInt64(cards))"
            let grade = [0, 1, 2, 3, 4, 4, 4, 5, 5][Int(generator.next() % 9)]
            events.append(Fixtures.event(kinds[Int(generator.next() % 5)], card, grade, at: millis))
        }
        return (library, events)
    }

    @Test func figuresMatchAnIndependentComputation() throws {
        let (library, events) = seededLog(cards: 25, seed: 99)
        let calibration = Calibration(library: library, events: events, days: Fixtures.utcDays)

        // Independent: group each card's answers, then walk them.
        let factor = pow(0.9, 1 / -0.1542) - 1
        var ys: [Double] = []
        var sm2: [Double] = []
        var fsrs: [Double] = []
        for card in library.cards {
            let mine = events.filter { $0.cardID == card.id.rawValue }
            var schedule = CardSchedule.new
            var fold = MemoryFold()
            var lastDay: Int?
            for event in mine {
                let day = Int((event.time / 1000 - 4 * 3600) / 86_400)
                if let last = lastDay, day > last, schedule.interval >= 1, let state = fold.state {
                    let t = Double(day - last)
                    ys.append((event.grade?.value ?? 0) >= 3 ? 1 : 0)
                    sm2.append(pow(0.9, t / Double(schedule.interval)))
                    fsrs.append(pow(1 + factor * t / state.stability, -0.1542))
                }
                fold.answer(grade: event.grade?.value ?? 0, on: day)
                if event.kind == .review, let grade = event.grade { schedule = schedule.reviewed(grade, on: day) }
                lastDay = day
            }
        }
        func logLoss(_ ps: [Double]) -> Double {
            -zip(ps, ys).map { p, y in
                let c = min(max(p, 1e-6), 1 - 1e-6)
                return y * log(c) + (1 - y) * log(1 - c)
            }.reduce(0, +) / Double(ys.count)
        }
        func rmse(_ ps: [Double]) -> Double {
            var total = 0.0
            for b in 0..<10 {
                let members = zip(ps, ys).filter { min(9, Int($0.0 * 10)) == b }
                guard !members.isEmpty else { continue }
                let n = Double(members.count)
                let pMean = members.map(\.0).reduce(0, +) / n
                let yMean = members.map(\.1).reduce(0, +) / n
                total += n * (pMean - yMean) * (pMean - yMean)
            }
            return (total / Double(ys.count)).squareRoot()
        }
        #expect(ys.count > 500)
        #expect(calibration.answers.count == ys.count)
        #expect(calibration.isEnough)
        let ours = try #require(calibration.sm2)
        let theirs = try #require(calibration.fsrs)
        #expect(abs(ours.logLoss - logLoss(sm2)) < 1e-9)
        #expect(abs(ours.rmseBins - rmse(sm2)) < 1e-9)
        #expect(abs(theirs.logLoss - logLoss(fsrs)) < 1e-9)
        #expect(abs(theirs.rmseBins - rmse(fsrs)) < 1e-9)
    }

    @Test func aLogWithNothingToScoreHasNoFigures() {
        let library = Fixtures.library([Fixtures.card("K-1")])
        let events = [
            Fixtures.event(.review, "K-1", 4, at: Fixtures.noon(Fixtures.today)),
            Fixtures.event(.drill, "K-1", 4, at: Fixtures.noon(Fixtures.today, plusMinutes: 3)),
        ]
        let calibration = Calibration(library: library, events: events, days: Fixtures.utcDays)
        #expect(calibration.answers.isEmpty)
        #expect(calibration.sm2 == nil && calibration.fsrs == nil)
        #expect(!calibration.isEnough)
    }
}
