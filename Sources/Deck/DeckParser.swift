/// Reads one deck file's bytes into a deck and its diagnostics. Pure: no disk, no clock.
///
/// The rules (see the README's "Decks" section):
/// - UTF-8 with or without a byte-order mark; lines end in LF or CRLF, the last one maybe in nothing.
///   A line that is not valid UTF-8 is reported and skipped; the rest of the file still loads.
/// - `# Title` names the deck (the first one; else the file name without `.md`).
///   `## Phase` starts a phase; `###` and deeper headings are sections, which form each card's breadcrumb.
/// - Lines inside fenced code blocks (```` ``` ```` or `~~~`) are never cards.
/// - Concept lines, topic blocks and question lines give cards; everything else is prose.
public enum DeckParser {
    /// Parses a whole file. `file` is the path reported in diagnostics and kept in `Deck.file`.
    public static func parse(_ bytes: [UInt8], file: String) -> DeckParseResult {
        var state = DeckParseState(file: file)
        bytes.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                lineStart = 3
            }
            var lineNumber = 0
            let count = bytes.count
            while lineStart < count {
                var lineEnd = lineStart
                while lineEnd < count, bytes[lineEnd] != ASCII.lineFeed { lineEnd += 1 }
                let next = lineEnd + 1
                if lineEnd > lineStart, bytes[lineEnd - 1] == ASCII.carriageReturn { lineEnd -= 1 }
                lineNumber += 1
                state.consume(line: bytes[lineStart..<lineEnd], number: lineNumber)
                lineStart = next
            }
        }
        return state.finish()
    }

    /// Parses text already in memory, as if it were the bytes of `file`.
    public static func parse(_ text: String, file: String) -> DeckParseResult {
        parse(Array(text.utf8), file: file)
    }
}
