/// The line of each top-level key and table header in a TOML text that has already parsed.
///
/// TOMLKit gives no positions for values, so this scans the text: a line that starts (after
/// blanks) with a bare, "quoted" or 'literal' key followed by `=` or `.` (a dotted key) names
/// that key; `[name]` and `[[name]]` headers name a table, and the keys after them belong to
/// it. Lines inside multi-line strings are skipped. Only the first line of a name counts.
struct KeyLines {
    private var lineOf: [String: Int] = [:]

    init(text: String) {
        var insideMultiline: String?  // the delimiter of the multi-line string being read
        var topLevel = true
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = Substring(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            if let delimiter = insideMultiline {
                if Self.occurrences(of: delimiter, in: line) % 2 == 1 { insideMultiline = nil }
                continue
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("[") {
                topLevel = false
                let name = Self.leadingKey(trimmed.drop { $0 == "[" || $0 == " " || $0 == "\t" })
                if let name, lineOf[name] == nil { lineOf[name] = number }
                continue
            }
            if topLevel, let name = Self.leadingKey(trimmed), lineOf[name] == nil {
                lineOf[name] = number
            }
            for delimiter in ["\"\"\"", "'''"] where Self.occurrences(of: delimiter, in: line) % 2 == 1 {
                insideMultiline = delimiter
                break
            }
        }
    }

    /// The line of `key` (a top-level key or table), 1 when it cannot be found.
    func line(of key: String) -> Int { lineOf[key] ?? 1 }

    /// The key a line starts with, when it is followed by `=`, `.` or `]`.
    private static func leadingKey(_ text: Substring) -> String? {
        var rest = text
        let name: String
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            guard let end = rest.firstIndex(of: quote) else { return nil }
            name = String(rest[..<end])
            rest = rest[rest.index(after: end)...]
        } else {
            let bare = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            guard !bare.isEmpty else { return nil }
            name = String(bare)
            rest = rest.dropFirst(bare.count)
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard let next = rest.first, next == "=" || next == "." || next == "]" else { return nil }
        return name
    }

    private static func occurrences(of delimiter: String, in line: Substring) -> Int {
        var count = 0
        var rest = line[...]
        while let range = rest.firstRange(of: delimiter) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
