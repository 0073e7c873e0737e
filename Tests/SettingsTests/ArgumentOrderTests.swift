import Settings
import Testing

/// The command line as users type it.
@Suite struct ArgumentOrderTests {
    static let commands = ["home", "review", "cram", "due", "cards", "decks", "config", "init", "help"]
    static let globals: Set<String> = ["--decks", "--log", "--now", "--new-per-day"]

    static func normalise(_ words: [String]) -> ArgumentOrder {
        ArgumentOrder.normalise(words, commands: commands, globalValueOptions: globals)
    }

    @Test func optionsBeforeTheCommandMoveAfterIt() {
        #expect(Self.normalise(["--log", "x.log", "review"]) == .arguments(["review", "--log", "x.log"]))
        #expect(Self.normalise(["--now=2026-11-21T09:00:00Z", "--decks", "d", "due", "--json"])
            == .arguments(["due", "--now=2026-11-21T09:00:00Z", "--decks", "d", "--json"]))
    }

    @Test func aValueThatIsACommandNameStaysAValue() {
        #expect(Self.normalise(["--log", "review", "due"]) == .arguments(["due", "--log", "review"]))
    }

    @Test func withoutACommandTheLineIsLeftForTheHomeScreen() {
        #expect(Self.normalise(["--log", "x.log"]) == .arguments(["--log", "x.log"]))
        #expect(Self.normalise([]) == .arguments([]))
        #expect(Self.normalise(["--version"]) == .arguments(["--version"]))
    }

    @Test func aNegativeNumberAfterAnOptionIsItsValue() {
        #expect(Self.normalise(["due", "--new-per-day", "-1"]) == .arguments(["due", "--new-per-day=-1"]))
        #expect(Self.normalise(["--new-per-day", "-1", "due"]) == .arguments(["due", "--new-per-day=-1"]))
        #expect(Self.normalise(["due", "--", "--x", "-1"]) == .arguments(["due", "--", "--x", "-1"]))
    }

    @Test func aMistypedCommandGetsTheNearestOne() {
        #expect(Self.normalise(["revew"]) == .unknownCommand("revew", nearest: "review"))
        #expect(Self.normalise(["--log", "x", "crma"]) == .unknownCommand("crma", nearest: "cram"))
        #expect(Self.normalise(["frobnicate"]) == .unknownCommand("frobnicate", nearest: nil))
    }

    @Test func editDistanceCountsEdits() {
        #expect(EditDistance.between("revew", "review") == 1)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("kitten", "sitting") == 3)
    }
}
