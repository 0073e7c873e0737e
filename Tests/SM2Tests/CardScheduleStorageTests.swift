import SM2
import Testing

@Suite struct CardScheduleStorageTests {
    @Test func everyFieldReadsBackAsSetAndNoDayIsNotDayZero() {
        var schedule = CardSchedule.new
        #expect(schedule.dueDay == nil && schedule.lastReviewDay == nil)
        schedule.dueDay = 0
        schedule.lastReviewDay = -3
        #expect(schedule.dueDay == 0 && schedule.lastReviewDay == -3)
        schedule = schedule.reviewed(Grade(5)!, on: 20_000)
        #expect(schedule.dueDay == 20_001 && schedule.lastReviewDay == 20_000 && schedule.reviews == 1)
        #expect(schedule.easiness == Easiness(hundredths: 260))
        schedule.dueDay = nil
        #expect(schedule.dueDay == nil)
    }

    @Test func valuesBeyondThirtyTwoBitsAreHeldAtTheEdgeNotWrapped() {
        var schedule = CardSchedule.new
        schedule.reviews = Int.max
        schedule.dueDay = Int.min
        schedule.lapses = -5
        #expect(schedule.reviews == Int(Int32.max))
        #expect(schedule.dueDay == Int(Int32.min) + 1)
        #expect(schedule.lapses == -5)
        #expect(schedule != CardSchedule.new)
    }
}
