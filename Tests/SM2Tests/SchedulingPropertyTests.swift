import SM2
import Testing

/// A small seeded generator so property runs are the same every time.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct SchedulingPropertyTests {
    @Test func invariantsHoldOverThousandsOfRandomSequences() throws {
        var random = SplitMix64(state: 20_261_121)
        for _ in 0..<5_000 {
            var schedule = CardSchedule.new
            var day = 0
            var passesInARow = 0
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                let grade = try #require(Grade(Int.random(in: 0...5, using: &random)))
                let before = schedule
                schedule = schedule.reviewed(grade, on: day)
                #expect(schedule.easiness >= .minimum)
                #expect(schedule.interval >= 1 && schedule.interval <= CardSchedule.maximumInterval)
                if grade.isPass {
                    passesInARow += 1
                    #expect(schedule.repetitions == before.repetitions + 1)
                    #expect(schedule.interval >= before.interval || schedule.repetitions <= 2)
                } else {
                    passesInARow = 0
                    #expect(schedule.interval == 1)
                    #expect(schedule.repetitions == 1)
                    #expect(schedule.easiness == before.easiness)
                }
                #expect(schedule.dueDay == day + schedule.interval)
                day += Int.random(in: 0...schedule.interval * 2, using: &random)
            }
        }
    }
}
