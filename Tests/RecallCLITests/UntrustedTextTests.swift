import Foundation
import Testing

/// Decks and logs from someone else never reach the terminal as control sequences: every printing
/// command marks controls, escape sequences and bidirectional controls, and JSON keeps the text.
@Suite struct UntrustedTextTests {
    static let now = "2026-11-21T09:00:00Z"
    static let evilDeck = """
        # Shared deck
        ## Phase 1
        - Evil \u{1B}[2J\u{1B}]0;PWNED\u{07} question? :: \u{1B}[31mred\u{1B}[0m answer {#EVIL-1}
        - access\u{202E} \u{2066}level\u{2069} check :: fine {#BIDI-1}

        """

    func run(_ command: [String], decks: String, log: String) throws -> RecallProcess.Outcome {
        try RecallProcess.run(command + ["--decks", decks, "--log", log, "--now", Self.now])
    }

    @Test func dueShowsTheEscapeSequencesAsMarksAndCheckWarnsAtTheirLines() throws {
        let folder = try TemporaryFolder()
        try folder.write("d/evil.md", Self.evilDeck)
        let decks = folder.path("d"), log = folder.path("r.log")

        let due = try run(["due"], decks: decks, log: log)
        #expect(due.status == 0)
        #expect(due.stdout.contains("EVIL-1  Evil ␛[2J␛]0;PWNED␇ question?"))
        #expect(due.stdout.contains("BIDI-1  access<U+202E> <U+2066>level<U+2069> check"))
        #expect(TerminalBytes.problem(in: due.stdout, allowingNewlines: true) == nil)

        let check = try run(["check"], decks: decks, log: log)
        #expect(check.status == 0, "warnings do not fail")
        let lines = check.stdout.split(separator: "\n").map(String.init)
        let file = folder.path("d/evil.md")
        #expect(lines.prefix(6) == [
            "\(file):3: warning: control character U+001B in the question; it is shown as ␛",
            "\(file):3: warning: control character U+0007 in the question; it is shown as ␇",
            "\(file):3: warning: control character U+001B in the answer; it is shown as ␛",
            "\(file):4: warning: bidirectional control U+202E in the question; it is shown as <U+202E>",
            "\(file):4: warning: bidirectional control U+2066 in the question; it is shown as <U+2066>",
            "\(file):4: warning: bidirectional control U+2069 in the question; it is shown as <U+2069>",
        ])
        #expect(TerminalBytes.problem(in: check.stdout, allowingNewlines: true) == nil)

        let json = try run(["stats", "--json"], decks: decks, log: log)
        #expect(TerminalBytes.problem(in: json.stdout, allowingNewlines: true) == nil)
        let cards = try run(["cards", "--json"], decks: decks, log: log)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(cards.stdout.utf8)) as? [[String: Any]])
        #expect(objects.first?["deck"] as? String == "Shared deck")
    }

    @Test func aLogFieldWithControlsIsAMalformedLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("d/evil.md", Self.evilDeck)
        try folder.write("r.log", "2026-11-20T09:00:00.000Z\treview\tEVIL-1\u{1B}]0;x\u{07}\t4\t100\n")
        let check = try run(["check"], decks: folder.path("d"), log: folder.path("r.log"))
        #expect(check.status == 1)
        #expect(check.stdout.contains("r.log:1: error: card ID 'EVIL-1\\u{1b}]0;x\\u{7}' holds control character U+001B"))
        let due = try run(["due"], decks: folder.path("d"), log: folder.path("r.log"))
        #expect(due.stderr.contains("has 1 unreadable line; run 'recall check' for details"))
    }

    @Test func aDeckLinkedFromOutsideTheFolderIsReadAndNamedByTheLinkAndNamesWithControlsAreMarked() throws {
        let folder = try TemporaryFolder()
        let outside = try folder.write("elsewhere/mine.md", "# Mine\n- Q\u{1B}[2J :: A {#MINE-1}\n")
        try folder.write("d/plain.md", "# Plain\n- Q :: A {#PLAIN-1}\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path("d/linked.md"), withDestinationPath: outside)
        try folder.write("d/evil\n\u{1B}]0;PWNED\u{07}\u{202E}name.md", "- Q\u{7F} :: A {#ODD-1}\n")

        let check = try run(["check"], decks: folder.path("d"), log: folder.path("r.log"))
        #expect(check.status == 0)
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(folder.path("d/linked.md")):2: warning: control character U+001B in the question; it is shown as ␛"))
        #expect(lines.contains("\(folder.path("d"))/evil␊␛]0;PWNED␇<U+202E>name.md:1: warning: control character U+007F in the question; it is shown as ␡"))
        #expect(!check.stdout.contains("elsewhere"), "the link's target is never named")
        #expect(TerminalBytes.problem(in: check.stdout, allowingNewlines: true) == nil)
        let cards = try run(["cards"], decks: folder.path("d"), log: folder.path("r.log"))
        #expect(cards.stdout.contains("MINE-1"))
    }

    @Test func anArgumentEchoedInAnErrorIsMarked() throws {
        let folder = try TemporaryFolder()
        let result = try RecallProcess.run(["cards", "--phase", "x\u{1B}]0;PWNED\u{07}", "--decks", RecallProcess.shippedDecks,
                                            "--log", folder.path("r.log")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no phase matches \"x␛]0;PWNED␇\""))
        let unknown = try RecallProcess.run(["\u{1B}[2Jnosuchcommand"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("␛[2Jnosuchcommand"))
        #expect(TerminalBytes.problem(in: unknown.stderr, allowingNewlines: true) == nil)
    }

    /// Random bytes in deck text, file names and log fields: the output of every printing command
    /// holds no control byte but line feeds, no DEL, no C1 control, no bidirectional control, and
    /// its JSON gives back the exact text of the deck.
    @Test func randomBytesNeverReachTheTerminalAndJSONKeepsTheText() throws {
        for seed in UInt64(1)...10 {
            var random = CLIRandom(seed: seed)
            let folder = try TemporaryFolder()
            let title = "T" + random.exactText() + "Z", phase = "P" + random.exactText() + "Z"
            let question = "Q" + random.exactText() + "Z"
            var deck = "# \(title)\n## \(phase)\n### S\(random.exactText())Z\n"
            deck += "- \(question) :: A\(random.exactText())Z {#RND-1}\n"
            deck += "- Q\(random.exactText())Z :: A\(random.exactText())Z {#RND-2}\n"
            deck += "- MATH-001 N\(random.exactText())Z (High, Not Started, Week 1) :: Formula: F\(random.exactText())Z"
                + " :: Interview: I\(random.exactText())Z :: Notes: n\(random.exactText())Z\n"
            deck += "### 01. Topic\(random.exactText())Z\n**Concepts**: C\(random.exactText())Z\n"
            var bytes = Array(deck.utf8)
            for _ in 0..<4 { bytes += Array("- ".utf8) + random.garbage() + Array(" :: x\n".utf8) }
            for _ in 0..<3 { bytes += random.garbage() + [0x0A] }
            try folder.write("d/deck.md", bytes: bytes)
            try folder.write("d/n\(random.exactText().filter { $0 != "/" && $0 != "\u{0}" }).md", bytes: Array("# \(random.exactText())\n- q :: a\n".utf8) + random.garbage())

            var log = "# recall review log v1\n"
            log += "2026-11-10T09:00:00.000Z\treview\tRND-1\t5\t1000\n2026-11-11T09:00:00.000Z\treview\tRND-1\t1\t1000\n"
            var logBytes = Array(log.utf8)
            for field in 0..<5 {
                var fields = ["2026-11-12T09:00:00.000Z", "review", "RND-2", "4", "1000"].map { Array($0.utf8) }
                fields[field] = random.garbage().filter { $0 != 0x09 && $0 != 0x0A }
                logBytes += Array(fields.joined(separator: [0x09])) + [0x0A]
            }
            logBytes += random.garbage()
            try folder.write("r.log", bytes: logBytes)

            let decks = folder.path("d"), logPath = folder.path("r.log")
            for command in [["due"], ["cards"], ["decks"], ["check"], ["stats", "--width", "80"], ["progress"],
                            ["due", "--json"], ["cards", "--json"], ["stats", "--json"]] {
                let result = try run(command, decks: decks, log: logPath)
                #expect(result.status == 0 || result.status == 1, "seed \(seed) \(command): \(result.stderr)")
                #expect(TerminalBytes.problem(in: result.stdout, allowingNewlines: true) == nil, "seed \(seed) \(command)")
                #expect(TerminalBytes.problem(in: result.stderr, allowingNewlines: true) == nil, "seed \(seed) \(command)")
            }

            let cards = try run(["cards", "--json"], decks: decks, log: logPath)
            let objects = try #require(try JSONSerialization.jsonObject(with: Data(cards.stdout.utf8)) as? [[String: Any]])
            let ours = objects.filter { ["RND-1", "RND-2", "MATH-001/formula"].contains($0["id"] as? String ?? "") }
            #expect(ours.count == 3, "seed \(seed)")
            for object in ours {
                #expect(object["deck"] as? String == title, "seed \(seed)")
                #expect(object["phase"] as? String == phase, "seed \(seed)")
            }
            let stats = try run(["stats", "--json"], decks: decks, log: logPath)
            let figures = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
            let hardest = try #require(figures["mostLapses"] as? [[String: Any]])
            #expect(hardest.first { $0["id"] as? String == "RND-1" }?["front"] as? String == question, "seed \(seed)")
        }
    }
}

/// What a terminal would act on in text about to be written to it.
enum TerminalBytes {
    /// The first byte or sequence a terminal would act on (a C0 control other than a line feed
    /// when `allowingNewlines`, DEL, a C1 control, a bidirectional or format control), or nil.
    static func problem(in text: String, allowingNewlines: Bool) -> String? {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte < 0x20, !(allowingNewlines && byte == 0x0A) { return "byte \(byte) at \(index)" }
            if byte == 0x7F { return "DEL at \(index)" }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            if byte == 0xC2, (0x80...0x9F).contains(next) { return "C1 control at \(index)" }
            if byte == 0xD8, next == 0x9C { return "U+061C at \(index)" }
            if byte == 0xE2, next == 0x80, [0x8E, 0x8F, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE].contains(third) {
                return "bidirectional control or separator at \(index)"
            }
            if byte == 0xE2, next == 0x81, (0xA6...0xAF).contains(third) { return "isolate or format control at \(index)" }
        }
        return nil
    }
}

/// Seeded random text for the property test (SplitMix64).
struct CLIRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    static let pieces: [String] = [
        "\u{1B}[2J", "\u{1B}]0;PWNED\u{07}", "\u{1B}[31m", "\u{1B}[41;1m", "\u{1B}]52;c;aGk=\u{1B}\\", "\u{1B}[6n",
        "\u{9B}2J", "\u{9D}0;t\u{9C}", "\u{85}", "\u{202E}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200F}",
        "\u{061C}", "\u{2028}", "\u{206A}", "\u{FFF9}", "\r", "\t", "\u{08}", "\u{7F}", "\u{0}", "e\u{301}", "学",
        "👩‍💻", "∇", " ", "ok",
    ]

    /// Valid text without line feeds and without the deck syntax's `:`, `#`, `{`, `}`, `*`, so a
    /// card made of it keeps exactly this text.
    mutating func exactText() -> String {
        var text = ""
        for _ in 0..<(1 + below(6)) {
            if below(3) == 0 {
                let scalar = Unicode.Scalar(UInt32(below(0xA0)))!
                if scalar != "\n", !":#{}*".unicodeScalars.contains(scalar) { text.unicodeScalars.append(scalar) }
            } else {
                text += Self.pieces[below(Self.pieces.count)]
            }
        }
        return text
    }

    /// Raw bytes: pieces, bytes that are not UTF-8, line feeds, anything.
    mutating func garbage() -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<below(24) {
            if below(3) == 0 {
                bytes += Array(Self.pieces[below(Self.pieces.count)].utf8)
            } else {
                bytes.append(UInt8(below(256)))
            }
        }
        return bytes
    }
}
