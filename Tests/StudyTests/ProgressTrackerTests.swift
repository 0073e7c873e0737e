import Deck
import ReviewLog
import SM2
import Study
import Testing

/// The progress tracker: topic and concept status from card states, and its Markdown.
@Suite struct ProgressTrackerTests {
    let today = Fixtures.today

    func topicCard(_ number: String, _ kind: CardKind, phase: String, title: String) -> Card {
        Card(
            id: CardID("TOPIC-\(number)/\(kind.rawValue)"), noteID: "TOPIC-\(number)", kind: kind,
            deck: "Curriculum", phase: phase, sections: ["\(number). \(title)"], front: "\(title)?",
            back: [CardField(label: "Concepts", value: title)], location: SourceLocation(file: "c.md", line: 1))
    }

    var library: DeckLibrary {
        let one = "Phase 1: Mathematical Foundations (Topics 1-2)"
        let two = "Phase 2: Deep Learning Fundamentals (Topics 3)"
        let concept = [
            Card(id: CardID("MATH-011/formula"), noteID: "MATH-011", kind: .formula, deck: "Tracker", phase: "Math",
                 sections: ["Calculus"], front: "Chain Rule: formula?", back: [],
                 location: SourceLocation(file: "t.md", line: 1)),
            Card(id: CardID("MATH-011/interview"), noteID: "MATH-011", kind: .interview, deck: "Tracker", phase: "Math",
                 sections: ["Calculus"], front: "How is chain rule used in backprop?", back: [],
                 location: SourceLocation(file: "t.md", line: 1)),
        ]
        return Fixtures.library([
            (file: "01-tracker.md", cards: concept),
            (file: "02-curriculum.md", cards: [
                topicCard("01", .concepts, phase: one, title: "Derivatives & Gradients"),
                topicCard("01", .why, phase: one, title: "Derivatives & Gradients"),
                topicCard("02", .concepts, phase: one, title: "Chain Rule"),
                topicCard("03", .concepts, phase: two, title: "Neural Networks"),
            ]),
        ])
    }

    func tracker(_ events: [LogEvent]) -> ProgressTracker {
        ProgressTracker(library: library, replay: Fixtures.replay(library, events))
    }

    /// 5 5 5 5 on these days gives intervals 1 6 17 48: mature after the fourth.
    func matured(_ id: String, from start: Int) -> [LogEvent] {
        [0, 1, 7, 24].map { Fixtures.event(.review, id, 5, at: Fixtures.noon(start + $0)) }
    }

    @Test func nothingReviewedMeansNothingStarted() {
        let progress = tracker([])
        #expect(progress.completedTopics == 0)
        #expect(progress.topicCount == 3)
        #expect(progress.conceptCount == 1)
        #expect(progress.markdown == """
            ## Progress Tracker

            **Total Progress: 0/3 topics completed**

            - **Phase 1**: 0/2 completed
              - 01. Derivatives & Gradients: ⬜ Not Started
              - 02. Chain Rule: ⬜ Not Started
            - **Phase 2**: 0/1 completed
              - 03. Neural Networks: ⬜ Not Started

            ## Concepts Tracker

            **Total Progress: 0/1 concepts mastered**

            - **Math**: 0/1 mastered
              - MATH-011 Chain Rule: ⬜ Not Started

            """)
    }

    @Test func topicsMoveFromNotStartedToInProgressToCompleted() {
        let t = today
        // One review of one card: in progress. Crams and drills alone do not start a topic.
        var events = [
            Fixtures.event(.review, "TOPIC-01/concepts", 4, at: Fixtures.noon(t - 40)),
            Fixtures.event(.cram, "TOPIC-02/concepts", 5, at: Fixtures.noon(t - 40)),
            Fixtures.event(.drill, "TOPIC-03/concepts", 5, at: Fixtures.noon(t - 40)),
        ]
        var statuses = tracker(events).topicPhases.flatMap(\.notes).map(\.status)
        #expect(statuses == [.inProgress, .notStarted, .notStarted])

        // Both cards of topic 01 mature (interval 48 ≥ 21): completed. Topic 02 reviewed but young.
        events = matured("TOPIC-01/concepts", from: t - 60) + matured("TOPIC-01/why", from: t - 59)
            + [Fixtures.event(.review, "TOPIC-02/concepts", 5, at: Fixtures.noon(t - 1))]
            + matured("MATH-011/formula", from: t - 50)
        let progress = tracker(events)
        statuses = progress.topicPhases.flatMap(\.notes).map(\.status)
        #expect(statuses == [.completed, .inProgress, .notStarted])
        #expect(progress.completedTopics == 1)
        #expect(progress.conceptCategories.first?.notes.first?.status == .inProgress)
        let lines = progress.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("**Total Progress: 1/3 topics completed**"))
        #expect(lines.contains("- **Phase 1**: 1/2 completed"))
        #expect(lines.contains("  - 01. Derivatives & Gradients: ✅ Completed"))
        #expect(lines.contains("  - 02. Chain Rule: 🟡 In Progress (1/1 cards reviewed, 0/1 mature)"))
        #expect(lines.contains("  - MATH-011 Chain Rule: 🟡 In Progress (1/2 cards reviewed, 1/2 mature)"))

        // One mature card of two is not enough; the second one makes the concept mastered.
        let mastered = tracker(events + matured("MATH-011/interview", from: t - 50))
        #expect(mastered.masteredConcepts == 1)
        #expect(mastered.markdown.contains("  - MATH-011 Chain Rule: ✅ Mastered\n"))
    }

    @Test func aLapseTakesACompletedTopicBackToInProgress() {
        let t = today
        let events = matured("TOPIC-03/concepts", from: t - 40)
        #expect(tracker(events).topicPhases[1].notes[0].status == .completed)
        let lapsed = events + [Fixtures.event(.review, "TOPIC-03/concepts", 1, at: Fixtures.noon(t))]
        #expect(tracker(lapsed).topicPhases[1].notes[0].status == .inProgress)
    }

    @Test func phaseLabelsAreTheNameUpToTheColon() {
        #expect(ProgressTracker.Group(deck: "d", phase: "Phase 1: Maths", notes: []).label == "Phase 1")
        #expect(ProgressTracker.Group(deck: "d", phase: "Math", notes: []).label == "Math")
        #expect(ProgressTracker.Group(deck: "d", phase: nil, notes: []).label == "(no phase)")
    }
}
