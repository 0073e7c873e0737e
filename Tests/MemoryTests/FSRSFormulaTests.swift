import Memory
import Testing

/// The published FSRS-6 figures for its default parameters, one formula at a time.
@Suite struct FSRSFormulaTests {
    let model = FSRS()

    @Test func theCurveIsNinetyPercentAfterStabilityDays() {
        #expect(abs(model.parameters.factor - 0.98035) < 1e-5)
        for stability in [0.5, 3.0, 10.0, 400.0] {
            let state = MemoryState(stability: stability, difficulty: 5, lastDay: 100)
            #expect(abs(model.recall(state, onDay: 100 + Int(stability)) - 0.9) < 1e-9 || stability != stability.rounded())
        }
        let state = MemoryState(stability: 10, difficulty: 5, lastDay: 100)
        #expect(abs(model.recall(state, onDay: 110) - 0.9) < 1e-12)
        #expect(model.recall(state, onDay: 100) == 1)
        #expect(model.recall(state, onDay: 90) == 1)
    }

    @Test func firstAnswersSetTheInitialStabilityAndDifficulty() {
        let expected: [(Rating, Double, Double)] = [
            (.again, 0.2120, 6.4133), (.hard, 1.2931, 5.1122), (.good, 2.3065, 2.1181), (.easy, 8.2956, 1.0),
        ]
        for (rating, stability, difficulty) in expected {
            let state = model.firstState(rating, on: 7)
            #expect(abs(state.stability - stability) < 1e-4)
            #expect(abs(state.difficulty - difficulty) < 1e-4)
            #expect(state.lastDay == 7)
        }
    }

    @Test func reviewsTenDaysLaterFollowTheRecallAndForgetFormulas() {
        let state = MemoryState(stability: 10, difficulty: 5, lastDay: 0)
        let expected: [(Rating, Double, Double)] = [
            (.again, 1.3920, 8.3418), (.hard, 23.2469, 6.6660), (.good, 32.0267, 4.9902), (.easy, 51.2539, 3.3145),
        ]
        for (rating, stability, difficulty) in expected {
            let next = model.nextState(state, rating, on: 10)
            #expect(abs(next.stability - stability) < 1e-3, "\(rating)")
            #expect(abs(next.difficulty - difficulty) < 1e-3, "\(rating)")
        }
    }

    @Test func sameDayAnswersUseTheShortTermFormula() {
        let state = model.firstState(.good, on: 3)
        let expected: [(Rating, Double)] = [(.again, 0.7751), (.hard, 2.3065), (.good, 2.3065), (.easy, 3.9461)]
        for (rating, stability) in expected {
            #expect(abs(model.nextState(state, rating, on: 3).stability - stability) < 1e-4, "\(rating)")
        }
    }

    @Test func meanReversionPullsTowardsTheUnclampedEasyDifficulty() {
        // With the clamped D0(Easy) = 1 instead of −4.7716, Good from D = 5 would give 5.0040.
        let next = model.nextState(MemoryState(stability: 10, difficulty: 5, lastDay: 0), .good, on: 10)
        #expect(abs(next.difficulty - 4.9902) < 1e-4)
    }

    @Test func gradesMapToRatings() {
        #expect((0...5).map { Rating(grade: $0) } == [.again, .again, .again, .hard, .good, .easy])
    }

    @Test func stabilityNeverFallsBelowItsFloor() {
        var fold = MemoryFold()
        for _ in 0..<200 { fold.answer(grade: 0, on: 1) }
        #expect(fold.state?.stability == FSRS.minimumStability)
    }

    @Test func forgetClearsTheState() {
        var fold = MemoryFold()
        fold.answer(grade: 4, on: 1)
        #expect(fold.recall(onDay: 5) != nil)
        fold.forget()
        #expect(fold.state == nil)
        #expect(fold.recall(onDay: 5) == nil)
        fold.answer(grade: 5, on: 9)
        #expect(fold.state == model.firstState(.easy, on: 9))
    }

    @Test func latestDayThatKeepsATargetMatchesTheCurve() {
        #expect(abs(model.daysUntilRecall(falls: 0.9, stability: 10) - 10) < 1e-9)
        #expect(abs(model.daysUntilRecall(falls: 0.8, stability: 10) - 33.2) < 0.05)
        #expect(abs(model.daysUntilRecall(falls: 0.95, stability: 10) - 4.03) < 0.01)
    }
}
