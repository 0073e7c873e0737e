import Foundation
import Testing

/// `recall progress` on the shipped decks: the curriculum's tracker worked out from the log.
@Suite struct ProgressCommandTests {
    @Test func theShippedCurriculumStartsAtZeroInItsOwnShape() throws {
        let folder = try TemporaryFolder()
        let outcome = try RecallProcess.run(
            ["progress", "--decks", RecallProcess.shippedDecks, "--log", folder.path("none.log")])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(5)) == [
            "## Progress Tracker", "", "**Total Progress: 0/20 topics completed**", "", "- **Phase 1**: 0/5 completed",
        ])
        #expect(lines.filter { $0.hasPrefix("- **Phase") } == [
            "- **Phase 1**: 0/5 completed", "- **Phase 2**: 0/7 completed",
            "- **Phase 3**: 0/5 completed", "- **Phase 4**: 0/3 completed",
        ])
        #expect(lines.contains("  - 01. Derivatives & Gradients: ⬜ Not Started"))
        #expect(lines.contains("**Total Progress: 0/41 concepts mastered**"))
        #expect(lines.contains("  - MATH-011 Chain Rule: ⬜ Not Started"))
    }

    @Test func aReviewStartsATopicAndMatureCardsCompleteIt() throws {
        let folder = try TemporaryFolder()
        // 5 5 5 5 gives intervals 1 6 17 48: all three cards of topic 01 end mature.
        var log = "# recall review log v1\n"
        for card in ["concepts", "why", "skills"] {
            for date in ["2026-09-01", "2026-09-02", "2026-09-08", "2026-09-25"] {
                log += "\(date)T12:00:00.000Z\treview\tTOPIC-01/\(card)\t5\t1000\n"
            }
        }
        log += "2026-11-20T12:00:00.000Z\treview\tTOPIC-02/why\t4\t1000\n"
        log += "2026-11-20T12:00:00.000Z\tcram\tTOPIC-03/why\t5\t1000\n"
        let path = try folder.write("reviews.log", log)
        let outcome = try RecallProcess.run(
            ["progress", "--decks", RecallProcess.shippedDecks, "--log", path, "--now", "2026-11-21T10:00:00Z"])
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("**Total Progress: 1/20 topics completed**"))
        #expect(lines.contains("- **Phase 1**: 1/5 completed"))
        #expect(lines.contains("  - 01. Derivatives & Gradients: ✅ Completed"))
        #expect(lines.contains(
            "  - 02. Chain Rule & Backpropagation Mathematics: 🟡 In Progress (1/3 cards reviewed, 0/3 mature)"))
        #expect(lines.contains("  - 03. Partial Derivatives & Jacobians: ⬜ Not Started"))
    }
}
