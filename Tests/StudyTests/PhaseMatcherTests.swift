import Deck
import Study
import Testing

@Suite struct PhaseMatcherTests {
    let matcher = PhaseMatcher(phases: [
        "Math", "Deep Learning",
        "Phase 1: Mathematical Foundations (Topics 1-5)",
        "Phase 2: Deep Learning Fundamentals (Topics 6-12)",
        "Phase 3: Advanced Deep Learning Concepts (Topics 13-17)",
        "Phase 4: Practical Machine Learning (Topics 18-20)",
        "Phase 10: Extra",
        "Math", // the same name in a second deck is one phase
    ])

    @Test func repeatedNamesAreOnePhase() {
        #expect(matcher.phases.count == 7)
        #expect(matcher.phases.filter { $0 == "Math" }.count == 1)
    }

    @Test func anExactNameWinsCaseInsensitively() throws {
        #expect(try matcher.match("math") == "Math")
        #expect(try matcher.match("  DEEP learning ") == "Deep Learning")
    }

    @Test func phaseNumbersMatchWithOrWithoutTheWord() throws {
        #expect(try matcher.match("Phase 1") == "Phase 1: Mathematical Foundations (Topics 1-5)")
        #expect(try matcher.match("1") == "Phase 1: Mathematical Foundations (Topics 1-5)")
        #expect(try matcher.match("phase 2") == "Phase 2: Deep Learning Fundamentals (Topics 6-12)")
        #expect(try matcher.match("PHASE10") == "Phase 10: Extra")
        #expect(try matcher.match("10") == "Phase 10: Extra")
    }

    @Test func aUniquePrefixThenAUniquePartOfAName() throws {
        // "deep" is a prefix of one phase only, though part of three.
        #expect(try matcher.match("deep") == "Deep Learning")
        #expect(try matcher.match("practical") == "Phase 4: Practical Machine Learning (Topics 18-20)")
        #expect(try matcher.match("ADVANCED") == "Phase 3: Advanced Deep Learning Concepts (Topics 13-17)")
    }

    @Test func severalMatchesAreAnErrorListingThem() {
        #expect(throws: PhaseMatchError.ambiguous(query: "learning", candidates: [
            "Deep Learning",
            "Phase 2: Deep Learning Fundamentals (Topics 6-12)",
            "Phase 3: Advanced Deep Learning Concepts (Topics 13-17)",
            "Phase 4: Practical Machine Learning (Topics 18-20)",
        ])) { try matcher.match("learning") }
        do {
            _ = try matcher.match("phase")
            Issue.record("\"phase\" should be ambiguous")
        } catch {
            #expect(error.description.contains("\"phase\" matches several phases"))
            #expect(error.description.contains("\"Phase 10: Extra\""))
            #expect(!error.description.contains("\"Math\""))
        }
    }

    @Test func noMatchIsAnErrorListingEveryPhase() {
        #expect(throws: PhaseMatchError.notFound(query: "biology", phases: matcher.phases)) { try matcher.match("biology") }
        #expect(throws: PhaseMatchError.notFound(query: "Phase 7", phases: matcher.phases)) { try matcher.match("Phase 7") }
        #expect(throws: PhaseMatchError.notFound(query: " ", phases: matcher.phases)) { try matcher.match(" ") }
        let message = PhaseMatchError.notFound(query: "x", phases: ["Math", "Deep Learning"]).description
        #expect(message == "no phase matches \"x\"; phases: \"Math\", \"Deep Learning\"")
    }

    @Test func theLibrarysPhasesAreThoseWithCardsInEveryDeck() throws {
        let library = Fixtures.library([
            (file: "a.md", cards: [Fixtures.card("A/formula", phase: "Math")]),
            (file: "b.md", cards: [Fixtures.card("B/formula", phase: "Math"), Fixtures.card("C/why", phase: "Phase 1: Foundations")]),
        ])
        let matcher = PhaseMatcher(library: library)
        #expect(matcher.phases == ["Math", "Phase 1: Foundations"])
        #expect(try matcher.match("1") == "Phase 1: Foundations")
    }

    @Test func headingsWithoutCardsAreNoPhaseToCram() throws {
        let deck = "# D\n## Success Tips\nprose\n## Classical ML\n- Q one? :: A\n## Complementary Prep\ntext\n"
        let library = DeckLibrary(parsed: [DeckParser.parse(deck, file: "d.md")])
        let matcher = PhaseMatcher(library: library)
        #expect(matcher.phases == ["Classical ML"])
        #expect(try matcher.match("c") == "Classical ML", "no clash with a heading over prose")
        #expect(throws: PhaseMatchError.notFound(query: "success", phases: ["Classical ML"])) {
            try matcher.match("success")
        }
    }
}

/// A name that picks one phase but matches others in part says which were left out.
@Suite struct PhaseLeftOutTests {
    let matcher = PhaseMatcher(phases: [
        "Math", "Deep Learning", "Phase 2: Deep Learning Fundamentals (Topics 6-12)",
        "Phase 3: Advanced Deep Learning Concepts (Topics 13-17)",
    ])

    @Test func anExactNameNamesTheOtherPhasesItMatchesInPart() throws {
        let chosen = try matcher.match("deep learning")
        #expect(chosen == "Deep Learning")
        #expect(matcher.alsoMatching("deep learning", chosen: chosen) == [
            "Phase 2: Deep Learning Fundamentals (Topics 6-12)", "Phase 3: Advanced Deep Learning Concepts (Topics 13-17)",
        ])
        let note = try #require(matcher.leftOutNote("deep learning", chosen: chosen))
        #expect(note.contains("\"Phase 2: Deep Learning Fundamentals (Topics 6-12)\""))
        #expect(note.hasPrefix("\"deep learning\" is the phase \"Deep Learning\""))
    }

    @Test func aMatchWithNoOtherCandidateSaysNothing() throws {
        #expect(matcher.leftOutNote("math", chosen: try matcher.match("math")) == nil)
        #expect(matcher.leftOutNote("phase 2", chosen: try matcher.match("phase 2")) == nil)
    }
}
