import Settings
import Testing

/// Reading `config.toml`: values, their lines, and every kind of bad file.
@Suite struct SettingsFileTests {
    static func parse(_ text: String) -> SettingsFile {
        SettingsFile.parse(Array(text.utf8), path: "config.toml")
    }

    @Test func readsEveryKeyWithItsLine() throws {
        let file = Self.parse("""
            # comment
            decks = "~/decks"
            log = 'logs'

            device = "laptop"
            new_per_day = 5
            reviews_per_day = 100
            day_starts_at = 3
            interview = 2027-01-15
            target_recall = 0.85
            editor = "nano -w"
            grade_keys = "anki"
            """)
        #expect(file.problems.isEmpty)
        #expect(file.entries[.decks] == FileEntry(value: .string("~/decks"), line: 2))
        #expect(file.entries[.log]?.line == 3)
        #expect(file.entries[.newPerDay] == FileEntry(value: .integer(5), line: 6))
        #expect(file.entries[.interview] == FileEntry(value: .date(year: 2027, month: 1, day: 15), line: 9))
        #expect(file.entries[.targetRecall] == FileEntry(value: .float(0.85), line: 10))
        #expect(file.entries[.gradeKeys]?.line == 12)
        #expect(file.entries.count == 10)
    }

    @Test func findsKeyLinesPastMultilineStringsAndQuotedKeys() {
        let file = Self.parse("""
            editor = \"\"\"
            new_per_day = 1
            \"\"\"
            "new_per_day" = 7
            """)
        #expect(file.entries[.newPerDay] == FileEntry(value: .integer(7), line: 4))
        #expect(file.entries[.editor]?.line == 1)
    }

    @Test func unknownKeysAndTablesAreWarningsWithTheirLineAndANearKey() {
        let file = Self.parse("""
            new_per_day = 5
            new_per_dya = 6
            colour = "blue"

            [review]
            new_per_day = 9
            """)
        #expect(file.entries[.newPerDay]?.value == .integer(5), "a key inside a table is not the top-level key")
        #expect(file.problems.map(\.description) == [
            "config.toml:2: warning: unknown key 'new_per_dya'; it is ignored (did you mean 'new_per_day'?)",
            "config.toml:3: warning: unknown key 'colour'; it is ignored; known keys: decks, log, device, "
                + "new_per_day, reviews_per_day, day_starts_at, interview, target_recall, editor, grade_keys",
            "config.toml:5: warning: unknown table [review]; it is ignored; known keys: decks, log, device, "
                + "new_per_day, reviews_per_day, day_starts_at, interview, target_recall, editor, grade_keys",
        ])
        #expect(file.problems.allSatisfy { $0.severity == .warning })
    }

    @Test func invalidTOMLIsAnErrorAtItsLine() {
        let file = Self.parse("new_per_day = 5\nlog = \"unterminated\nday_starts_at = 4\n")
        #expect(file.entries.isEmpty)
        #expect(file.problems.count == 1)
        #expect(file.problems.first?.severity == .error)
        #expect(file.problems.first?.description.hasPrefix("config.toml:2: not valid TOML: ") == true)
    }

    @Test func aRepeatedKeyIsInvalidTOML() {
        let file = Self.parse("new_per_day = 5\nnew_per_day = 6\n")
        #expect(file.problems.first?.description.hasPrefix("config.toml:2: not valid TOML: ") == true)
    }

    @Test func aDateThatDoesNotExistIsAnErrorAtItsLine() {
        let file = Self.parse("new_per_day = 5\ninterview = 2027-02-30\n")
        #expect(file.problems.first?.description.hasPrefix("config.toml:2: not valid TOML: ") == true)
    }

    @Test func bytesThatAreNotUTF8AreAnErrorAtTheirLineAndColumn() {
        var bytes = Array("new_per_day = 5\neditor = \"".utf8)
        bytes += [0xFF] + Array("\"\n".utf8)
        let file = SettingsFile.parse(bytes, path: "config.toml")
        #expect(file.problems.map(\.description) == [
            "config.toml:2: not UTF-8 text (or a NUL byte) at byte column 11; the file is not used",
        ])
    }

    @Test func anEmptyFileSetsNothing() {
        let file = Self.parse("")
        #expect(file.entries.isEmpty && file.problems.isEmpty)
    }
}
