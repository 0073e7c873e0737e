/// Reads the LaTeX subset of DESIGN §12 into `MathNode`s. Never fails: what it cannot read is
/// kept as written, with a diagnostic. Nesting deeper than `maxDepth` is not followed (the inner
/// part is kept as source text), so neither the parser nor the layouts can overflow the stack, and
/// every scalar is read a bounded number of times.
struct MathParser {
    /// How deep groups, fractions, scripts and environments may nest before the rest is kept as written.
    static let maxDepth = 32

    private let source: [Unicode.Scalar]
    private let base: Int
    private var position = 0
    private(set) var diagnostics: [MathDiagnostic] = []
    private var reportedDepth = false

    /// A parser of `source`, whose first scalar is at `offset` in the card's text.
    init(_ source: String, offset: Int = 0) {
        self.source = Array(source.unicodeScalars)
        self.base = offset
    }

    /// Parses the whole source.
    static func parse(_ source: String, offset: Int = 0) -> (nodes: [MathNode], diagnostics: [MathDiagnostic]) {
        var parser = MathParser(source, offset: offset)
        var nodes: [MathNode] = []
        while parser.position < parser.source.count {
            let stop = parser.parseList(into: &nodes, stops: [], depth: 0)
            switch stop {
            case .closeBrace:
                parser.report(.unbalancedBrace, at: parser.position - 1)
                nodes.append(.atom("}", .close))
            case .right:
                parser.report(.unbalancedLeftRight, at: parser.position - 6)
                if let delimiter = parser.readDelimiter(), !delimiter.isEmpty { nodes.append(.atom(delimiter, .close)) }
            case .end:
                parser.report(.environment("\\end without \\begin"), at: parser.position - 4)
                _ = parser.readBraced()
            case .endOfInput, .cell, .row, .closeBracket:
                break
            }
        }
        return (nodes, parser.diagnostics)
    }

    /// Why a list stopped.
    enum Stop: Hashable {
        case endOfInput, closeBrace, closeBracket, right, end, cell, row
    }

    /// What ends the list being read, besides the end of the input.
    struct Stops: OptionSet {
        let rawValue: Int
        static let brace = Stops(rawValue: 1)
        static let bracket = Stops(rawValue: 2)
        static let right = Stops(rawValue: 4)
        static let environment = Stops(rawValue: 8)
    }

    private mutating func report(_ problem: MathDiagnostic.Problem, at offset: Int) {
        diagnostics.append(MathDiagnostic(problem, at: base + max(0, offset)))
    }

    private var current: Unicode.Scalar? { position < source.count ? source[position] : nil }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// Whether `scalar` joins the grapheme cluster before it (a combining mark, a joiner, a
    /// variation selector).
    private static func extendsCluster(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value)
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "~" || scalar.properties.isWhitespace
    }

    private mutating func skipSpaces() {
        while let scalar = current, Self.isSpace(scalar), scalar != "~" { position += 1 }
    }

    /// Reads a command name after a backslash at `position`: letters, or one other scalar.
    private mutating func readCommandName() -> String {
        var name = String.UnicodeScalarView()
        if let first = current, !Self.isLetter(first) {
            name.append(first)
            position += 1
            return String(name)
        }
        while let scalar = current, Self.isLetter(scalar) {
            name.append(scalar)
            position += 1
        }
        if current == "*", ["operatorname", "align", "text"].contains(String(name)) {
            position += 1
            name.append("*")
        }
        return String(name)
    }

    // MARK: Lists

    /// Reads nodes into `nodes` until a stop in `stops` (consumed) or the end of the input.
    /// A stop not in `stops` is also returned, so that the caller reports it.
    @discardableResult
    mutating func parseList(into nodes: inout [MathNode], stops: Stops, depth: Int) -> Stop {
        while let scalar = current {
            switch scalar {
            case "}":
                position += 1
                if stops.contains(.brace) { return .closeBrace }
                if depth == 0 { return .closeBrace }
                report(.unbalancedBrace, at: position - 1)
                nodes.append(.atom("}", .close))
            case "]" where stops.contains(.bracket):
                position += 1
                return .closeBracket
            case "&" where stops.contains(.environment):
                position += 1
                return .cell
            case "\\":
                let start = position
                position += 1
                guard current != nil else {
                    nodes.append(.atom("\\", .ordinary))
                    continue
                }
                let name = readCommandName()
                if name == "\\", stops.contains(.environment) { return .row }
                if name == "right" {
                    if stops.contains(.right) { return .right }
                    if depth == 0 { return .right }
                    report(.unbalancedLeftRight, at: start)
                    if let delimiter = readDelimiter(), !delimiter.isEmpty { nodes.append(.atom(delimiter, .close)) }
                    continue
                }
                if name == "end" {
                    if stops.contains(.environment) { return .end }
                    if depth == 0 { return .end }
                    report(.environment("\\end without \\begin"), at: start)
                    _ = readBraced()
                    continue
                }
                command(name, start: start, into: &nodes, depth: depth)
            default:
                element(into: &nodes, depth: depth)
            }
        }
        return .endOfInput
    }

    /// Reads one thing that is not a backslash command or a closer.
    private mutating func element(into nodes: inout [MathNode], depth: Int) {
        guard let scalar = current else { return }
        let start = position
        position += 1
        switch scalar {
        case "{":
            nodes.append(.group(group(openedAt: start, depth: depth)))
        case "^", "_":
            attachScript(superscript: scalar == "^", into: &nodes, depth: depth)
        case "'":
            var primes = "′"
            while current == "'" {
                position += 1
                primes += "′"
            }
            nodes.append(.atom(primes, .ordinary))
        case "0"..."9":
            var number = String.UnicodeScalarView([scalar])
            while let next = current {
                if Self.isDigit(next) {
                    number.append(next)
                    position += 1
                } else if next == ".", position + 1 < source.count, Self.isDigit(source[position + 1]) {
                    number.append(next)
                    position += 1
                } else {
                    break
                }
            }
            nodes.append(.atom(String(number), .ordinary))
        case "+", "-", "*", "−", "×", "·", "±", "∓":
            nodes.append(.atom(String(scalar), .binary))
        case "=", "<", ">", "≤", "≥", "≠", "≈", "→", "∈", "≡", "∼", "←":
            nodes.append(.atom(String(scalar), .relation))
        case ",", ";":
            nodes.append(.atom(String(scalar), .punctuation))
        case "(", "[":
            nodes.append(.atom(String(scalar), .open))
        case ")", "]":
            nodes.append(.atom(String(scalar), .close))
        case "∂", "∇":
            nodes.append(.atom(String(scalar), .prefix))
        case "Σ", "∑", "Π", "∏":
            nodes.append(.atom(String(scalar), .largeOperator))
        default:
            if Self.isSpace(scalar) {
                if case .space? = nodes.last {} else { nodes.append(.space) }
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                // Control characters are not drawn.
            } else if Self.extendsCluster(scalar), case .atom(let text, let atomClass)? = nodes.last {
                // A combining mark belongs to the character before it: one cluster, one atom.
                nodes[nodes.count - 1] = .atom(text + String(scalar), atomClass)
            } else {
                nodes.append(.atom(String(scalar), .ordinary))
            }
        }
    }

    /// The nodes of a `{…}` group whose `{` (at `openedAt`) was just read.
    private mutating func group(openedAt start: Int, depth: Int) -> [MathNode] {
        guard depth < Self.maxDepth else { return [.atom(skipNested(from: start), .ordinary)] }
        var inner: [MathNode] = []
        while true {
            let stop = parseList(into: &inner, stops: .brace, depth: depth + 1)
            switch stop {
            case .closeBrace:
                return inner
            case .endOfInput:
                report(.unbalancedBrace, at: start)
                return inner
            case .right:
                report(.unbalancedLeftRight, at: position - 6)
            case .end:
                report(.environment("\\end without \\begin"), at: position - 4)
                _ = readBraced()
            case .cell, .row, .closeBracket:
                break
            }
        }
    }

    /// Past a group nested too deeply: its source, as written, from its `{` at `start` to the
    /// matching `}` (or the end).
    private mutating func skipNested(from start: Int) -> String {
        if !reportedDepth {
            reportedDepth = true
            report(.nestedTooDeeply, at: start)
        }
        var level = 1
        while let scalar = current, level > 0 {
            if scalar == "\\" {
                position += 2
                continue
            }
            if scalar == "{" { level += 1 }
            if scalar == "}" { level -= 1 }
            position += 1
        }
        position = min(position, source.count)
        var view = String.UnicodeScalarView()
        for index in start..<position { view.append(source[index]) }
        return String(view)
    }

    /// One argument: a `{…}` group's nodes, one command, or one scalar.
    private mutating func argument(depth: Int) -> [MathNode] {
        skipSpaces()
        guard let scalar = current else { return [] }
        if scalar == "{" {
            position += 1
            return group(openedAt: position - 1, depth: depth)
        }
        if depth >= Self.maxDepth {
            let start = position
            position += 1
            return [.atom(skipNestedScalar(start), .ordinary)]
        }
        var nodes: [MathNode] = []
        if scalar == "\\" {
            let start = position
            position += 1
            guard current != nil else { return [.atom("\\", .ordinary)] }
            let name = readCommandName()
            if name == "right" || name == "end" || name == "\\" {
                // Not an argument: leave it for the list.
                position = start
                return []
            }
            command(name, start: start, into: &nodes, depth: depth + 1)
        } else if scalar == "}" || scalar == "&" || scalar == "^" || scalar == "_" {
            return []
        } else {
            position += 1
            nodes.append(Self.single(scalar))
        }
        return nodes
    }

    private mutating func skipNestedScalar(_ start: Int) -> String {
        if !reportedDepth {
            reportedDepth = true
            report(.nestedTooDeeply, at: start)
        }
        return String(source[start])
    }

    /// One scalar read as an argument (`x^2`, `\frac12`).
    private static func single(_ scalar: Unicode.Scalar) -> MathNode {
        switch scalar {
        case "+", "-", "*", "−": .atom(String(scalar), .binary)
        case "=", "<", ">": .atom(String(scalar), .relation)
        case "'": .atom("′", .ordinary)
        default: .atom(String(scalar), .ordinary)
        }
    }

    private mutating func attachScript(superscript: Bool, into nodes: inout [MathNode], depth: Int) {
        let script = argument(depth: depth)
        var baseNode: MathNode = .atom("", .ordinary)
        if let last = nodes.last, !last.isSpace {
            baseNode = last
            nodes.removeLast()
        }
        if case .scripted(let inner, let sub, let sup) = baseNode {
            if superscript, sup == nil {
                nodes.append(.scripted(inner, sub: sub, sup: script))
                return
            }
            if !superscript, sub == nil {
                nodes.append(.scripted(inner, sub: script, sup: sup))
                return
            }
            // A second superscript (`x^a^b`) follows the first, never nests: trees stay shallow.
            nodes.append(baseNode)
            baseNode = .atom("", .ordinary)
        }
        nodes.append(.scripted(baseNode, sub: superscript ? nil : script, sup: superscript ? script : nil))
    }

    // MARK: Commands

    /// The text of a `{…}` argument read as plain text (for `\text`, `\operatorname`, `\begin`), or
    /// one scalar when there are no braces. Escapes such as `\{` and `\$` become their character.
    mutating func readBraced() -> String {
        skipSpaces()
        guard let first = current else { return "" }
        guard first == "{" else {
            position += 1
            return String(first)
        }
        let start = position
        position += 1
        var level = 1
        var text = String.UnicodeScalarView()
        while let scalar = current {
            if scalar == "\\", position + 1 < source.count {
                let next = source[position + 1]
                if "{}$%&#_ ".unicodeScalars.contains(next) {
                    text.append(next)
                    position += 2
                    continue
                }
                if next == "\\" {
                    text.append(" ")
                    position += 2
                    continue
                }
            }
            if scalar == "{" { level += 1 }
            if scalar == "}" {
                level -= 1
                if level == 0 {
                    position += 1
                    return String(text)
                }
            }
            if scalar.value >= 0x20 { text.append(scalar) }
            position += 1
        }
        report(.unbalancedBrace, at: start)
        return String(text)
    }

    /// The delimiter after `\left`, `\right` or `\bigl` and friends, as drawn; nil at the end.
    mutating func readDelimiter() -> String? {
        skipSpaces()
        guard let scalar = current else { return nil }
        position += 1
        if scalar == "\\" {
            let name = "\\" + readCommandName()
            if let drawn = MathSymbols.delimiter(name) { return drawn }
            if let (text, _) = MathSymbols.symbol(String(name.dropFirst())) { return text }
            return name
        }
        return MathSymbols.delimiter(String(scalar)) ?? String(scalar)
    }

    private mutating func command(_ name: String, start: Int, into nodes: inout [MathNode], depth: Int) {
        if let (text, atomClass) = MathSymbols.symbol(name) {
            if atomClass == .limitFunction, text == "max" || text == "min",
               case .atom("arg", .function)? = nodes.last {
                nodes.removeLast()
                nodes.append(.atom("arg" + text, .limitFunction))
            } else {
                nodes.append(.atom(text, atomClass))
            }
            return
        }
        if let count = MathSymbols.spaces[name] {
            if count > 0, !(nodes.last?.isSpace ?? false) { nodes.append(.space) }
            return
        }
        if MathSymbols.ignored.contains(name) {
            if name.hasPrefix("big") || name.hasPrefix("Big") || name == "middle" {
                if let delimiter = readDelimiter(), !delimiter.isEmpty {
                    let atomClass: AtomClass = name.hasSuffix("l") ? .open : name.hasSuffix("r") ? .close : .ordinary
                    nodes.append(.atom(delimiter, atomClass))
                }
            } else if name == "label" || name == "tag" {
                _ = readBraced()
            }
            return
        }
        if let mark = MathSymbols.accents[name] {
            nodes.append(.accented(argument(depth: depth), mark))
            return
        }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = argument(depth: depth)
            let denominator = argument(depth: depth)
            nodes.append(.fraction(numerator, denominator))
        case "binom", "dbinom", "tbinom":
            let top = argument(depth: depth)
            let bottom = argument(depth: depth)
            nodes.append(.binomial(top, bottom))
        case "sqrt":
            skipSpaces()
            var index: [MathNode]?
            if current == "[" {
                let open = position
                position += 1
                var inner: [MathNode] = []
                if depth < Self.maxDepth {
                    let stop = parseList(into: &inner, stops: [.bracket, .brace], depth: depth + 1)
                    if stop != .closeBracket { report(.unbalancedBrace, at: open) }
                } else {
                    inner = [.atom(skipNestedScalar(open), .ordinary)]
                }
                index = inner
            }
            nodes.append(.root(argument(depth: depth), index: index))
        case "left":
            nodes.append(fenced(start: start, depth: depth))
        case "text", "textrm", "textnormal", "mbox", "textit", "textbf", "textsf", "texttt", "hbox", "text*":
            nodes.append(.atom(readBraced(), .ordinary))
        case "operatorname", "operatorname*":
            let text = readBraced()
            nodes.append(.atom(text, name.hasSuffix("*") ? .limitFunction : .function))
        case "mathrm", "mathit", "mathsf", "mathtt", "mathnormal", "rm", "it", "boxed", "mathop", "displaylimits",
             "overbrace", "underbrace", "mathstrut":
            nodes.append(.group(argument(depth: depth)))
        case "mathbb", "Bbb", "mathbbm":
            nodes.append(.group(Self.styled(argument(depth: depth), .doubleStruck)))
        case "mathcal", "mathscr", "cal":
            nodes.append(.group(Self.styled(argument(depth: depth), .script)))
        case "mathfrak":
            nodes.append(.group(Self.styled(argument(depth: depth), .fraktur)))
        case "mathbf", "boldsymbol", "bm", "bf", "pmb":
            nodes.append(.group(Self.styled(argument(depth: depth), .bold)))
        case "color":
            _ = readBraced()
        case "textcolor", "colorbox":
            _ = readBraced()
            nodes.append(.group(argument(depth: depth)))
        case "phantom", "hphantom", "vphantom":
            _ = argument(depth: depth)
            nodes.append(.space)
        case "overset", "stackrel":
            let over = argument(depth: depth)
            let base = argument(depth: depth)
            nodes.append(.scripted(.group(base), sub: nil, sup: over))
        case "underset":
            let under = argument(depth: depth)
            let base = argument(depth: depth)
            nodes.append(.scripted(.group(base), sub: under, sup: nil))
        case "not":
            var negated: [MathNode] = []
            let argumentNodes = argument(depth: depth)
            negated = argumentNodes
            if case .atom(let text, let atomClass)? = negated.first, negated.count == 1 {
                let drawn = text == "=" ? "≠" : text == "∈" ? "∉" : text == "≡" ? "≢" : text + "\u{0338}"
                nodes.append(.atom(drawn, atomClass))
            } else {
                nodes.append(.atom("¬", .ordinary))
                nodes.append(contentsOf: negated)
            }
        case "begin":
            nodes.append(environment(start: start, depth: depth))
        case "\\":
            if !(nodes.last?.isSpace ?? false) { nodes.append(.space) }
        case "{":
            nodes.append(.atom("{", .open))
        case "}":
            nodes.append(.atom("}", .close))
        default:
            report(.unknownCommand("\\" + name), at: start)
            nodes.append(.raw("\\" + name))
            if current == "{" {
                let open = position
                position += 1
                nodes.append(.literalGroup(group(openedAt: open, depth: depth)))
            }
        }
    }

    /// `\left` was read: the delimiters and what they enclose.
    private mutating func fenced(start: Int, depth: Int) -> MathNode {
        let open = readDelimiter() ?? ""
        guard depth < Self.maxDepth else { return .atom(open, .open) }
        var inner: [MathNode] = []
        while true {
            let stop = parseList(into: &inner, stops: .right, depth: depth + 1)
            switch stop {
            case .right:
                return .fenced(open, inner, readDelimiter() ?? "")
            case .endOfInput:
                report(.unbalancedLeftRight, at: start)
                return .fenced(open, inner, "")
            case .closeBrace:
                report(.unbalancedBrace, at: position - 1)
                inner.append(.atom("}", .close))
            case .end:
                report(.environment("\\end without \\begin"), at: position - 4)
                _ = readBraced()
            case .cell, .row, .closeBracket:
                break
            }
        }
    }

    /// `\begin` was read: a matrix, cases or aligned environment.
    private mutating func environment(start: Int, depth: Int) -> MathNode {
        let name = readBraced()
        let delimiters: (String, String)
        switch name {
        case "pmatrix", "smallmatrix*": delimiters = ("(", ")")
        case "bmatrix": delimiters = ("[", "]")
        case "Bmatrix": delimiters = ("{", "}")
        case "vmatrix": delimiters = ("|", "|")
        case "Vmatrix": delimiters = ("‖", "‖")
        case "cases", "dcases": delimiters = ("{", "")
        case "matrix", "smallmatrix", "array", "aligned", "align", "align*", "gathered", "split", "equation",
             "equation*", "gather", "gather*", "alignat", "eqnarray":
            delimiters = ("", "")
        default:
            report(.environment("unknown environment '\(name)', read as a matrix"), at: start)
            delimiters = ("", "")
        }
        if name == "array" || name == "alignat" { _ = readBraced() }
        guard depth < Self.maxDepth else {
            return .atom("\\begin{" + name + "}" + skipNested(from: position), .ordinary)
        }
        var rows: [[[MathNode]]] = []
        var row: [[MathNode]] = []
        var cell: [MathNode] = []
        while true {
            let stop = parseList(into: &cell, stops: .environment, depth: depth + 1)
            switch stop {
            case .cell:
                row.append(cell)
                cell = []
            case .row:
                row.append(cell)
                rows.append(row)
                row = []
                cell = []
            case .end:
                let closing = readBraced()
                if closing != name { report(.environment("\\begin{\(name)} ended by \\end{\(closing)}"), at: start) }
                fallthrough
            case .endOfInput:
                if stop == .endOfInput { report(.environment("\\begin{\(name)} is never ended"), at: start) }
                let trailingEmpty = cell.allSatisfy(\.isSpace) && row.isEmpty
                if !trailingEmpty {
                    row.append(cell)
                    rows.append(row)
                }
                return .matrix(rows, open: delimiters.0, close: delimiters.1)
            case .closeBrace:
                report(.unbalancedBrace, at: position - 1)
                cell.append(.atom("}", .close))
            case .right:
                report(.unbalancedLeftRight, at: position - 6)
            case .closeBracket:
                break
            }
        }
    }

    /// The letters and digits of `nodes` in `font`.
    private static func styled(_ nodes: [MathNode], _ font: ScriptForms.Font) -> [MathNode] {
        nodes.map { node in
            switch node {
            case .atom(let text, .ordinary):
                return .atom(String(text.map { ScriptForms.styled($0, font) }), .ordinary)
            case .group(let inner):
                return .group(styled(inner, font))
            case .scripted(let base, let sub, let sup):
                return .scripted(styled([base], font).first ?? base, sub: sub, sup: sup)
            default:
                return node
            }
        }
    }
}
