import SM2
import Testing

struct GradePreviewTests {
    /// DESIGN.md §2: a card at n = 2, I = 6, EF = 2.50 shows
    /// "0–2 → 1d", "3 → 15d, EF 2.36", "4 → 15d", "5 → 15d, EF 2.60".
    @Test func previewOfACardAtSecondRepetition() {
        let schedule = CardSchedule.new.reviewed(.good, on: 0).reviewed(.good, on: 1)
        #expect(schedule.repetitions == 2 && schedule.interval == 6)
        let preview = GradePreview(for: schedule, on: 7)
        #expect(preview.failInterval == 1)
        #expect(preview.passInterval == 15)
        #expect(preview.easinessChange(for: .hard)?.description == "2.36")
        #expect(preview.easinessChange(for: .good) == nil)
        #expect(preview.easinessChange(for: .easy)?.description == "2.60")
        #expect(preview.easinessChange(for: .almost) == nil)
    }

    @Test func previewOfANewCard() {
        let preview = GradePreview(for: .new, on: 0)
        #expect(preview.failInterval == 1)
        #expect(preview.passInterval == 1)
    }

    @Test func previewAgreesWithReviewingForEveryGrade() {
        let schedule = CardSchedule.new.reviewed(.easy, on: 0).reviewed(.hard, on: 1).reviewed(.good, on: 7)
        for outcome in schedule.preview(on: 30) {
            #expect(outcome.schedule == schedule.reviewed(outcome.grade, on: 30))
        }
    }
}
