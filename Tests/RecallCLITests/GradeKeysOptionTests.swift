import Foundation
import Testing

/// `--grade-keys` is read by every command and refuses anything but its two values.
@Suite struct GradeKeysOptionTests {
    @Test func gradeKeysTakesZeroToFiveOrAnkiAndNothingElse() throws {
        let folder = try TemporaryFolder()
        let base = ["due", "--decks", RecallProcess.shippedDecks, "--log", folder.path("reviews.log"), "--now", "2026-11-21T09:00:00Z"]
        #expect(try RecallProcess.run(base + ["--grade-keys", "anki"]).status == 0)
        #expect(try RecallProcess.run(base + ["--grade-keys", "0-5"]).status == 0)
        let bad = try RecallProcess.run(base + ["--grade-keys", "qwerty"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("grade-keys"))
        #expect(bad.stderr.contains("anki"))
    }
}

/// `recall due` on a folder without any deck says so rather than "Nothing left for today".
@Suite struct DueWithoutDecksTests {
    @Test func dueOnAnEmptyFolderSaysNoDeckWasFound() throws {
        let folder = try TemporaryFolder()
        let decks = folder.path("decks")
        try FileManager.default.createDirectory(atPath: decks, withIntermediateDirectories: true)
        let result = try RecallProcess.run(
            ["due", "--decks", decks, "--log", folder.path("reviews.log"), "--now", "2026-11-21T09:00:00Z"])
        #expect(result.stdout.contains("No deck found in \(decks)"))
        #expect(!result.stdout.contains("Nothing left for today"))
    }
}
