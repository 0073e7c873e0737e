/// A piece of a card's text as it is drawn.
public enum TextSegment: Hashable, Sendable {
    /// Text outside maths (with `\$` as `$`).
    case text(String)
    /// Inline maths on one line, as pieces that may go on separate lines when a line is full
    /// (the drawn text split at its top-level spaces).
    case inline([String])
    /// Display maths: its own line(s).
    case display(DisplayMaths)
}

/// Display maths, ready to draw in two dimensions when that fits a width, else on one line.
public struct DisplayMaths: Hashable, Sendable {
    /// The parsed formula.
    let nodes: [MathNode]
    /// The one-line form, as pieces split at top-level spaces.
    public let chunks: [String]

    /// The one-line form.
    public var oneLine: String { chunks.joined(separator: " ") }

    /// The two-dimensional lines, each exactly as wide as the widest, when the formula has
    /// something two-dimensional (a fraction, limits, a matrix) and fits `width` cells; else nil.
    /// `measure` gives the cells a character takes (combining marks 0, wide characters 2).
    public func lines(fitting width: Int, measure: (Character) -> Int = MathText.cellWidth) -> [String]? {
        withoutActuallyEscaping(measure) { measure in
            let layout = BoxLayout(measure: measure)
            let box = layout.box(nodes)
            guard box.height > 1 else { return nil }
            // Measured again as drawn: pieces joined into one line can merge into one grapheme
            // cluster (a lone combining mark after a character), so every line is padded to the widest.
            let measured = box.lines.map { layout.width($0) }
            let widest = measured.max() ?? 0
            guard widest <= width else { return nil }
            return zip(box.lines, measured).map { $0 + layout.spaces(widest - $1) }
        }
    }
}

/// LaTeX maths in a card's text, drawn as Unicode (DESIGN §12). Pure: no terminal, no Foundation.
///
/// The maths spans are found before anything else reads the text (`$…$`, `\(…\)` inline;
/// `$$…$$`, `\[…\]` display; `\$` is a dollar), each is parsed into a small tree, and drawn on
/// one line, or for display maths in two dimensions when that fits. Text outside maths is never
/// changed. Nothing here fails: what cannot be read is shown as written, and `diagnostics` says
/// what and where.
public enum MathText {
    /// Whether `text` could hold maths at all (a `$` or a backslash): text without either is drawn as it is.
    public static func mayContainMaths(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x24 || $0 == 0x5C }
    }

    /// The text as drawn pieces.
    public static func segments(_ text: String) -> [TextSegment] {
        analyse(text).segments
    }

    /// Every problem in the text's maths, in order of place.
    public static func diagnostics(_ text: String) -> [MathDiagnostic] {
        guard mayContainMaths(text) else { return [] }
        return analyse(text).diagnostics
    }

    /// The text with every maths span drawn on one line (display maths too).
    public static func oneLine(_ text: String) -> String {
        guard mayContainMaths(text) else { return text }
        var result = ""
        for segment in segments(text) {
            switch segment {
            case .text(let plain): result += plain
            case .inline(let chunks): result += chunks.joined(separator: " ")
            case .display(let maths): result += maths.oneLine
            }
        }
        return result
    }

    /// The segments and the diagnostics of `text`.
    public static func analyse(_ text: String) -> (segments: [TextSegment], diagnostics: [MathDiagnostic]) {
        guard mayContainMaths(text) else { return ([.text(text)], []) }
        let (sources, spanProblems) = MathSpans.split(text)
        var diagnostics = spanProblems
        var segments: [TextSegment] = []
        segments.reserveCapacity(sources.count)
        for source in sources {
            switch source {
            case .text(let plain):
                segments.append(.text(plain))
            case .maths(let formula, let display, let offset):
                let (nodes, problems) = MathParser.parse(formula, offset: offset)
                diagnostics.append(contentsOf: problems)
                let chunks = InlineLayout.chunks(nodes)
                segments.append(display ? .display(DisplayMaths(nodes: nodes, chunks: chunks)) : .inline(chunks))
            }
        }
        diagnostics.sort { $0.offset < $1.offset }
        return (segments, diagnostics)
    }

    /// The cells a character takes, as most terminals draw it: 0 for a combining mark or a
    /// control, 2 for East Asian wide characters and emoji, else 1. Screens pass their own measure.
    public static func cellWidth(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            let value = scalar.value
            let category = scalar.properties.generalCategory
            if value < 0x20 || (value >= 0x7F && value < 0xA0) { continue }
            if category == .nonspacingMark || category == .enclosingMark || category == .format { continue }
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
                || (0x1F900...0x1F9FF).contains(value) || (0x20000...0x3FFFD).contains(value)
            width = wide ? 2 : 1
            break
        }
        return width
    }
}
