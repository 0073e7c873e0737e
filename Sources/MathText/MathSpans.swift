/// A piece of a card's text: plain text, or the source of a maths span.
public enum SourceSegment: Hashable, Sendable {
    /// Text outside maths, as drawn (`\$` already turned into `$`).
    case text(String)
    /// The source between the delimiters; `display` for `$$…$$` and `\[…\]`; `offset` is where the
    /// source starts in the text, in Unicode scalars.
    case maths(String, display: Bool, offset: Int)
}

/// Finds the maths spans of a text before anything else reads it.
///
/// - `$…$` and `\(…\)` are inline, `$$…$$` and `\[…\]` display.
/// - `\$` is a dollar sign, inside maths or out.
/// - An inline `$` opens only before a non-space and closes only after a non-space and not before
///   a digit (so `costs $5 and $10` is text); inline maths never runs across a backtick. Text
///   between backticks is code: never maths.
/// - An opener that is never closed is text, with a diagnostic (except `$` before a digit: a price).
/// Every scalar is looked at a bounded number of times: no input is quadratic.
enum MathSpans {
    static func split(_ text: String) -> (segments: [SourceSegment], diagnostics: [MathDiagnostic]) {
        let scalars = Array(text.unicodeScalars)
        let count = scalars.count
        var segments: [SourceSegment] = []
        var diagnostics: [MathDiagnostic] = []
        var plain = String.UnicodeScalarView()
        var index = 0
        // Once a search for a closer from some position finds none, none exists from later positions.
        var noInlineCloser = 0..<0
        var noDisplayCloserFrom = Int.max
        var noParenCloserFrom = Int.max
        var noBracketCloserFrom = Int.max
        var noBacktickFrom = Int.max

        func flushPlain() {
            if !plain.isEmpty {
                segments.append(.text(String(plain)))
                plain = String.UnicodeScalarView()
            }
        }
        // One scalar at a time: `append(contentsOf:)` of a slice copies the view each time.
        func appendPlain(_ range: Range<Int>) {
            for position in range { plain.append(scalars[position]) }
        }
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.properties.isWhitespace
        }
        func isEscaped(_ position: Int) -> Bool {
            var backslashes = 0
            var before = position - 1
            while before >= 0, scalars[before] == "\\" {
                backslashes += 1
                before -= 1
            }
            return backslashes % 2 == 1
        }
        func source(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            for position in range { view.append(scalars[position]) }
            return String(view)
        }

        while index < count {
            let scalar = scalars[index]
            if scalar == "`" {
                var close = -1
                if index + 1 < noBacktickFrom {
                    var search = index + 1
                    while search < count, scalars[search] != "`" { search += 1 }
                    if search < count { close = search } else { noBacktickFrom = index + 1 }
                }
                let end = close >= 0 ? close + 1 : index + 1
                appendPlain(index..<end)
                index = end
                continue
            }
            if scalar == "\\", index + 1 < count {
                let next = scalars[index + 1]
                if next == "$" {
                    plain.append("$")
                    index += 2
                    continue
                }
                if next == "\\" {
                    appendPlain(index..<(index + 2))
                    index += 2
                    continue
                }
                if next == "(" || next == "[" {
                    let closer: Unicode.Scalar = next == "(" ? ")" : "]"
                    var close = -1
                    let from = index + 2
                    if from < (next == "(" ? noParenCloserFrom : noBracketCloserFrom) {
                        var search = from
                        while search + 1 < count {
                            if scalars[search] == "\\" {
                                if scalars[search + 1] == closer { close = search; break }
                                search += 2
                            } else {
                                search += 1
                            }
                        }
                        if close < 0 {
                            if next == "(" { noParenCloserFrom = from } else { noBracketCloserFrom = from }
                        }
                    }
                    if close >= 0 {
                        flushPlain()
                        segments.append(.maths(source(from..<close), display: next == "[", offset: from))
                        index = close + 2
                    } else {
                        diagnostics.append(MathDiagnostic(.unclosedMaths(next == "(" ? "\\(" : "\\["), at: index))
                        appendPlain(index..<(index + 2))
                        index += 2
                    }
                    continue
                }
                plain.append(scalar)
                index += 1
                continue
            }
            if scalar == "$" {
                if index + 1 < count, scalars[index + 1] == "$" {
                    let from = index + 2
                    var close = -1
                    if from < noDisplayCloserFrom {
                        var search = from
                        while search + 1 < count {
                            if scalars[search] == "\\" {
                                search += 2
                            } else if scalars[search] == "$", scalars[search + 1] == "$" {
                                close = search
                                break
                            } else {
                                search += 1
                            }
                        }
                        if close < 0 { noDisplayCloserFrom = from }
                    }
                    if close >= 0 {
                        flushPlain()
                        segments.append(.maths(source(from..<close), display: true, offset: from))
                        index = close + 2
                    } else {
                        diagnostics.append(MathDiagnostic(.unclosedMaths("$$"), at: index))
                        appendPlain(index..<(index + 2))
                        index += 2
                    }
                    continue
                }
                let from = index + 1
                guard from < count, !isSpace(scalars[from]) else {
                    plain.append(scalar)
                    index += 1
                    continue
                }
                var close = -1
                if from < noInlineCloser.lowerBound || from >= noInlineCloser.upperBound {
                    var search = from
                    while search < count {
                        let candidate = scalars[search]
                        if candidate == "\\" {
                            search += 2
                            continue
                        }
                        // Inline maths never runs into code.
                        if candidate == "`" { break }
                        if candidate == "$", !isSpace(scalars[search - 1]),
                           search + 1 >= count || !(scalars[search + 1].properties.numericType != nil && scalars[search + 1].isASCII) {
                            close = search
                            break
                        }
                        search += 1
                    }
                    if close < 0 { noInlineCloser = from..<min(search, count) }
                }
                if close >= 0 {
                    flushPlain()
                    segments.append(.maths(source(from..<close), display: false, offset: from))
                    index = close + 1
                } else {
                    let next = scalars[from]
                    let looksLikePrice = next.isASCII && next.properties.numericType != nil
                    if !looksLikePrice, !isEscaped(index) {
                        diagnostics.append(MathDiagnostic(.unclosedMaths("$"), at: index))
                    }
                    plain.append(scalar)
                    index += 1
                }
                continue
            }
            plain.append(scalar)
            index += 1
        }
        flushPlain()
        return (segments, diagnostics)
    }
}
