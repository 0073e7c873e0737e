import Testing
@testable import Deck

@Suite struct ShippedDecksTests {
    static let decksFolder: String = {
        var components = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)  // Tests/DeckTests/ShippedDecksTests.swift
        return components.joined(separator: "/") + "/Decks"
    }()

    let library: DeckLibrary

    init() throws {
        library = try DeckFolder(path: Self.decksFolder).load()
    }

    func deck(_ fileSuffix: String) -> Deck? { library.decks.first { $0.file.hasSuffix(fileSuffix) } }

    @Test func loadWithoutProblems() {
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics.map(\.description))")
        #expect(library.decks.map(\.name) == [
            "Concepts Tracker (ML Fundamentals)", "Machine Learning Interview Preparation - DeepMind",
        ])
        #expect(library.cards.count == 142)
    }

    @Test func trackerHas82CardsInSixCategoriesWithCards() throws {
        let tracker = try #require(deck("01-concepts-tracker.md"))
        #expect(tracker.cards.count == 82)
        #expect(tracker.phases == ["Math", "Classical ML", "Deep Learning", "Transformer", "NLP", "RecSys", "ML Systems"])
        var phasesWithCards: [String] = []
        for card in tracker.cards where phasesWithCards.last != card.phase {
            phasesWithCards.append(card.phase ?? "-")
        }
        #expect(phasesWithCards == ["Math", "Classical ML", "Deep Learning", "Transformer", "RecSys", "ML Systems"])
        #expect(tracker.cards.allSatisfy { $0.week != nil && $0.priority != nil && $0.status == "Not Started" })
        let adam = library.card(CardID("DL-011/formula"))
        #expect(adam?.sections == ["Optimization"])
        #expect(adam?.phase == "Deep Learning")
        #expect(library.card(CardID("TRANS-001/interview"))?.sections == [])
    }

    @Test func everyTrackerFormulaAndQuestionMatchesTheSeed() throws {
        #expect(trackerConcepts.count == 41)
        for concept in trackerConcepts {
            let formula = try #require(library.card(CardID(concept.id + "/formula")))
            #expect(formula.back.first == CardField(label: "Formula", value: concept.formula))
            let interview = try #require(library.card(CardID(concept.id + "/interview")))
            #expect(interview.front == concept.interview)
        }
        #expect(library.card(CardID("MATH-012/formula"))?.back.first?.value == "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]")
        #expect(library.card(CardID("MATH-012/formula"))?.front == "Gradient: formula?")
    }

    @Test func curriculumHas60CardsInFourPhases() throws {
        let curriculum = try #require(deck("02-ml-interview-curriculum.md"))
        #expect(curriculum.cards.count == 60)
        var counts: [String: Int] = [:]
        for card in curriculum.cards { counts[card.phase ?? "-", default: 0] += 1 }
        let phaseCounts = curriculum.phases.compactMap { phase in counts[phase].map { (phase, $0) } }
        #expect(phaseCounts.map(\.0) == [
            "Phase 1: Mathematical Foundations (Topics 1-5)",
            "Phase 2: Deep Learning Fundamentals (Topics 6-12)",
            "Phase 3: Advanced Deep Learning Concepts (Topics 13-17)",
            "Phase 4: Practical Machine Learning (Topics 18-20)",
        ])
        #expect(phaseCounts.map(\.1) == [15, 21, 15, 9])
        let topicIDs = Set(curriculum.cards.map(\.noteID))
        #expect(topicIDs == Set((1...20).map { $0 < 10 ? "TOPIC-0\($0)" : "TOPIC-\($0)" }))
        let attention = library.card(CardID("TOPIC-16/why"))
        #expect(attention?.front == "Why does Attention Mechanisms matter?")
        #expect(attention?.backLines == ["Why Important: Foundation for modern architectures"])
        #expect(attention?.sections == ["16. Attention Mechanisms"])
    }
}
