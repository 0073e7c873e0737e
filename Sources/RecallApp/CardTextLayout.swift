import MathText
import TerminalUI

/// A card's text as a screen draws it: LaTeX maths drawn as Unicode (DESIGN §12), then broken
/// into lines. Every view that shows a card's front or back (review, cram, `recall show`, a
/// browser) goes through `lines(_:width:)`.
///
/// - Inline maths sits in the text; a line breaks only at the text's spaces and at the spaces
///   between a formula's top-level terms (`α + β` may break before `+`, never inside `xᵢ²` or
///   `(a+b)/c`). A piece wider than the line is cut between grapheme clusters, never inside one.
/// - Display maths takes lines of its own: in two dimensions (stacked fractions, limits, matrices)
///   when that fits the width, its lines padded to one width so that centring keeps them aligned;
///   else its one-line form, wrapped like inline maths.
/// - Widths are the cells drawn (`DisplayWidth`): combining accents take none.
public enum CardTextLayout {
    /// The lines of `text` at `width` cells; one empty line for empty text, none for `width` < 1.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width >= 1 else { return [] }
        var breaker = LineBreaker(width: width)
        for segment in MathText.segments(text) {
            switch segment {
            case .text(let plain):
                breaker.addText(plain)
            case .inline(let chunks):
                breaker.addChunks(chunks)
            case .display(let maths):
                breaker.endParagraph(keepingEmpty: false)
                if let block = maths.lines(fitting: width, measure: DisplayWidth.of) {
                    breaker.addBlock(block)
                } else {
                    breaker.addChunks(maths.chunks)
                    breaker.endParagraph(keepingEmpty: false)
                }
                breaker.skipLeadingSpace = true
            }
        }
        return breaker.finish()
    }

    /// The text as drawn without wrapping, lines joined by newlines: inline maths on one line,
    /// display maths in two dimensions when it fits `width` (each of its lines then on a line of
    /// its own, trailing spaces removed). This is the `front` and `back` of `recall show --json`.
    public static func drawn(_ text: String, width: Int) -> String {
        guard MathText.mayContainMaths(text) else { return text }
        var result = ""
        var startsLine = true
        for segment in MathText.segments(text) {
            switch segment {
            case .text(let plain):
                var piece = Substring(plain)
                if startsLine, !result.isEmpty { piece = piece.drop { $0 == " " } }
                result += piece
                startsLine = false
            case .inline(let chunks):
                result += chunks.joined(separator: " ")
                startsLine = false
            case .display(let maths):
                while result.last == " " { result.removeLast() }
                if !result.isEmpty, result.last != "\n" { result += "\n" }
                if let block = maths.lines(fitting: width, measure: DisplayWidth.of) {
                    result += block.map { trimmedTrailing($0) }.joined(separator: "\n")
                } else {
                    result += maths.oneLine
                }
                result += "\n"
                startsLine = true
            }
        }
        while result.last == "\n" { result.removeLast() }
        return result
    }

    /// `line` without its trailing spaces.
    public static func trimmedTrailing(_ line: String) -> String {
        var trimmed = Substring(line)
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}

/// Greedy line breaking over words (unbreakable runs) separated by gaps (spaces where a line may break).
struct LineBreaker {
    let width: Int
    private(set) var lines: [String] = []
    private var line = ""
    private var lineWidth = 0
    private var word = ""
    private var wordWidth = 0
    private var gap = 0
    private var paragraphHasContent = false
    /// Whether spaces at the start of the next text are dropped (after display maths).
    var skipLeadingSpace = false

    init(width: Int) {
        self.width = width
    }

    mutating func addText(_ text: String) {
        for character in text {
            switch character {
            case "\n", "\r\n", "\r":
                if skipLeadingSpace { continue }
                endParagraph(keepingEmpty: true)
            case " ", "\t":
                if skipLeadingSpace { continue }
                finishWord()
                gap += 1
            default:
                skipLeadingSpace = false
                word.append(character)
                wordWidth += character.displayWidth
            }
        }
    }

    /// A formula's pieces: the first joins the word before it when no space separates them.
    mutating func addChunks(_ chunks: [String]) {
        skipLeadingSpace = false
        for (index, chunk) in chunks.enumerated() {
            if index > 0 {
                finishWord()
                gap = max(gap, 1)
            }
            word += chunk
            wordWidth += chunk.displayWidth
        }
    }

    /// Lines of display maths, each on a line of its own.
    mutating func addBlock(_ block: [String]) {
        lines.append(contentsOf: block)
        paragraphHasContent = false
    }

    mutating func finishWord() {
        guard !word.isEmpty else { return }
        paragraphHasContent = true
        if line.isEmpty {
            place(word, width: wordWidth)
        } else if lineWidth + gap + wordWidth <= width {
            line += String(repeating: " ", count: gap)
            line += word
            lineWidth += gap + wordWidth
        } else {
            flushLine()
            place(word, width: wordWidth)
        }
        word = ""
        wordWidth = 0
        gap = 0
    }

    private mutating func place(_ text: String, width textWidth: Int) {
        if textWidth <= width {
            line = text
            lineWidth = textWidth
            return
        }
        for character in text {
            let characterWidth = character.displayWidth
            if lineWidth + characterWidth > width, !line.isEmpty { flushLine() }
            line.append(character)
            lineWidth += characterWidth
        }
    }

    private mutating func flushLine() {
        lines.append(line)
        line = ""
        lineWidth = 0
    }

    /// Ends the paragraph; an empty one gives an empty line when `keepingEmpty`.
    mutating func endParagraph(keepingEmpty: Bool) {
        finishWord()
        if !line.isEmpty || (keepingEmpty && !paragraphHasContent) { flushLine() }
        paragraphHasContent = false
        gap = 0
    }

    mutating func finish() -> [String] {
        finishWord()
        if !line.isEmpty { flushLine() }
        if lines.isEmpty { lines.append("") }
        return lines
    }
}
