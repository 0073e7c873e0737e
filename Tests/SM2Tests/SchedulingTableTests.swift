import SM2
import Testing

/// The worked sequences of DESIGN.md §2: a new card answered on its due day each time.
struct SchedulingTableTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let grades: [Int]
        let intervals: [Int]
        let easiness: [String]
        var testDescription: String { grades.map(String.init).joined(separator: " ") }
    }

    static let rows: [Row] = [
        Row(grades: [5, 5, 5, 5], intervals: [1, 6, 17, 48], easiness: ["2.60", "2.70", "2.80", "2.90"]),
        Row(grades: [4, 4, 4, 4], intervals: [1, 6, 15, 38], easiness: ["2.50", "2.50", "2.50", "2.50"]),
        Row(grades: [3, 3, 3, 3], intervals: [1, 6, 14, 30], easiness: ["2.36", "2.22", "2.08", "1.94"]),
        Row(grades: [5, 5, 5, 1, 4, 4], intervals: [1, 6, 17, 1, 6, 17],
            easiness: ["2.60", "2.70", "2.80", "2.80", "2.80", "2.80"]),
        Row(grades: [0, 0, 4, 5, 5], intervals: [1, 1, 6, 15, 39], easiness: ["2.50", "2.50", "2.50", "2.60", "2.70"]),
    ]

    @Test("each grade sequence gives the intervals and EF of the table", arguments: rows)
    func sequence(_ row: Row) throws {
        var schedule = CardSchedule.new
        var day = 100
        var intervals: [Int] = []
        var easiness: [String] = []
        for value in row.grades {
            let grade = try #require(Grade(value))
            schedule = schedule.reviewed(grade, on: day)
            intervals.append(schedule.interval)
            easiness.append(schedule.easiness.description)
            #expect(schedule.dueDay == day + schedule.interval)
            day += schedule.interval
        }
        #expect(intervals == row.intervals)
        #expect(easiness == row.easiness)
    }

    @Test func aFailRestartsTheRunAtRepetitionOneAndKeepsEasiness() throws {
        var schedule = CardSchedule.new
        for grade in [Grade.easy, .easy, .easy] { schedule = schedule.reviewed(grade, on: 0) }
        let failed = schedule.reviewed(.wrong, on: 30)
        #expect(failed.repetitions == 1)
        #expect(failed.interval == 1)
        #expect(failed.easiness == schedule.easiness)
        #expect(failed.lapses == 1)
        #expect(failed.dueDay == 31)
    }

    @Test func failuresBeforeAnyPassAreNotLapses() {
        let schedule = CardSchedule.new.reviewed(.blackout, on: 0).reviewed(.almost, on: 1)
        #expect(schedule.lapses == 0)
        #expect(schedule.reviews == 2)
    }

    @Test func lateReviewsGrowFromTheScheduledInterval() {
        let onTime = CardSchedule.new.reviewed(.good, on: 0).reviewed(.good, on: 1)
        let late = onTime.reviewed(.good, on: onTime.dueDay.map { $0 + 40 } ?? 0)
        #expect(late.interval == 15)
        #expect(late.dueDay == 7 + 40 + 15)
    }

    @Test func intervalsStopAtOneHundredYears() {
        var schedule = CardSchedule.new
        for day in 0..<40 { schedule = schedule.reviewed(.easy, on: day) }
        #expect(schedule.interval == CardSchedule.maximumInterval)
    }

    @Test func easinessNeverFallsBelowTheFloor() {
        var schedule = CardSchedule.new
        for day in 0..<20 { schedule = schedule.reviewed(.hard, on: day) }
        #expect(schedule.easiness == .minimum)
        #expect(schedule.easiness.description == "1.30")
    }

    @Test func gradesOutsideZeroToFiveDoNotExist() {
        #expect(Grade(-1) == nil)
        #expect(Grade(6) == nil)
        #expect(Grade.all.map(\.value) == [0, 1, 2, 3, 4, 5])
    }
}
