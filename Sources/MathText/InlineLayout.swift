/// Draws a formula on one line.
///
/// - Spaces follow the source (a run of spaces is one), except that a binary operator or a
///   relation with a space on one side gets one on both, an operator name gets one before a
///   letter that follows it, and scripts drop their spaces.
/// - Scripts use Unicode's sub/superscript characters when every character of the group has one;
///   otherwise `_` or `^` then the group, in parentheses when it is more than one character:
///   `x_q`, `D_(KL)`, `e^(-x²/2)`.
/// - A fraction is `a/b`; a side gets parentheses when it needs them (see `FractionSides`).
/// - `\sqrt{x}` is `√x`, `√(x+1)`; accents are combining marks on each character.
enum InlineLayout {
    /// A node of a list and whether a space is drawn before it.
    struct Item {
        var node: MathNode
        var spaceBefore: Bool
    }

    /// The nodes of a list with the spaces to draw between them.
    static func items(_ nodes: [MathNode], compact: Bool = false) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(nodes.count)
        var pendingSpace = false
        for node in nodes {
            if node.isSpace {
                pendingSpace = true
                continue
            }
            items.append(Item(node: node, spaceBefore: pendingSpace && !items.isEmpty && !compact))
            pendingSpace = false
        }
        guard !compact, items.count > 1 else { return items }
        for index in items.indices.dropLast() where isBindingPrefix(items[index].node) {
            // `∂ L` is `∂L`: a prefix binds to what follows it.
            let next = leadingClass(items[index + 1].node)
            if next != .binary, next != .relation { items[index + 1].spaceBefore = false }
        }
        for index in items.indices {
            let kind = leadingClass(items[index].node)
            switch kind {
            case .binary?, .relation?:
                let previous = index > 0 ? trailingClass(items[index - 1].node) : nil
                let isUnary = kind == .binary
                    && (index == 0 || [.binary, .relation, .open, .punctuation, .largeOperator].contains(previous))
                if isUnary || index == 0 || index + 1 == items.count { continue }
                if items[index].spaceBefore || items[index + 1].spaceBefore {
                    items[index].spaceBefore = true
                    items[index + 1].spaceBefore = true
                }
            case .function?, .limitFunction?, .largeOperator?, .integral?:
                guard index + 1 < items.count, !items[index + 1].spaceBefore else { continue }
                let next = leadingClass(items[index + 1].node)
                if next == .ordinary || next == .prefix || next == .function || next == .largeOperator
                    || (kind == .largeOperator && next == nil) {
                    items[index + 1].spaceBefore = true
                }
            default:
                continue
            }
        }
        return items
    }

    /// A prefix that binds to what follows: `∂` or `∂²`, but not `∇_θ` (an operator with a subscript).
    static func isBindingPrefix(_ node: MathNode) -> Bool {
        switch node {
        case .atom(_, .prefix): true
        case .scripted(.atom(_, .prefix), nil, _): true
        default: false
        }
    }

    /// The class a node shows on its left (a scripted `Σ` is a large operator).
    static func leadingClass(_ node: MathNode) -> AtomClass? {
        switch node {
        case .atom(_, let atomClass): atomClass
        case .scripted(let base, _, _): leadingClass(base)
        case .accented, .raw: .ordinary
        case .group(let inner): inner.first(where: { !$0.isSpace }).flatMap(leadingClass)
        default: nil
        }
    }

    /// The class a node shows on its right.
    static func trailingClass(_ node: MathNode) -> AtomClass? {
        switch node {
        case .atom(_, let atomClass): atomClass
        case .scripted(let base, _, _): leadingClass(base)
        case .group(let inner): inner.last(where: { !$0.isSpace }).flatMap(trailingClass)
        default: nil
        }
    }

    /// The formula as pieces that may be put on separate lines: the drawn text split at its
    /// top-level spaces. Joined with single spaces they are the one-line form.
    static func chunks(_ nodes: [MathNode]) -> [String] {
        var chunks: [String] = []
        var current = ""
        for item in items(nodes) {
            if item.spaceBefore, !current.isEmpty {
                chunks.append(current)
                current = ""
            }
            draw(item.node, into: &current)
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    /// A list drawn on one line.
    static func draw(_ nodes: [MathNode], compact: Bool = false) -> String {
        var text = ""
        draw(nodes, compact: compact, into: &text)
        return text
    }

    static func draw(_ nodes: [MathNode], compact: Bool = false, into text: inout String) {
        for item in items(nodes, compact: compact) {
            if item.spaceBefore { text.append(" ") }
            draw(item.node, into: &text)
        }
    }

    /// One node drawn on one line, appended to `text`.
    static func draw(_ node: MathNode, into text: inout String) {
        switch node {
        case .atom(let drawn, _), .raw(let drawn):
            text += drawn
        case .space:
            text += " "
        case .group(let inner):
            draw(inner, into: &text)
        case .literalGroup(let inner):
            text += "{"
            draw(inner, into: &text)
            text += "}"
        case .scripted(let base, let sub, let sup):
            draw(base, into: &text)
            if let sub { text += script(sub, superscript: false) }
            if let sup { text += script(sup, superscript: true) }
        case .fraction(let numerator, let denominator):
            let top = draw(numerator)
            let bottom = draw(denominator)
            text += FractionSides.numeratorNeedsParentheses(numerator) ? "(" + top + ")" : top
            text += "/"
            text += FractionSides.denominatorNeedsParentheses(denominator) ? "(" + bottom + ")" : bottom
        case .binomial(let top, let bottom):
            text += "C(" + draw(top) + ", " + draw(bottom) + ")"
        case .root(let radicand, let index):
            text += rootSign(index)
            let inner = draw(radicand)
            text += FractionSides.isSingleAtom(radicand) ? inner : "(" + inner + ")"
        case .accented(let inner, let mark):
            text += accent(draw(inner), mark)
        case .fenced(let open, let inner, let close):
            text += open
            draw(inner, into: &text)
            text += close
        case .matrix(let rows, let open, let close):
            text += open
            for (rowIndex, row) in rows.enumerated() {
                if rowIndex > 0 { text += "; " }
                for (cellIndex, cell) in row.enumerated() {
                    if cellIndex > 0 { text += open.isEmpty && close.isEmpty ? " " : ", " }
                    draw(cell, into: &text)
                }
            }
            text += close
        }
    }

    /// A sub- or superscript group: raised or lowered characters when every one has a form,
    /// else `_x`, `_(xy)`, `^x`, `^(xy)`.
    static func script(_ nodes: [MathNode], superscript: Bool) -> String {
        let drawn = draw(nodes, compact: true)
        if drawn.isEmpty { return "" }
        if let converted = ScriptForms.convert(drawn, superscript: superscript) { return converted }
        let mark = superscript ? "^" : "_"
        return drawn.count == 1 ? mark + drawn : mark + "(" + drawn + ")"
    }

    /// `√`, `∛`, `∜`, or the index raised before `√`.
    static func rootSign(_ index: [MathNode]?) -> String {
        guard let index else { return "√" }
        let drawn = draw(index, compact: true)
        switch drawn {
        case "", "2": return "√"
        case "3": return "∛"
        case "4": return "∜"
        default: return (ScriptForms.convert(drawn, superscript: true) ?? "(" + drawn + ")") + "√"
        }
    }

    /// `text` with `mark` on each character that is not a space or a sub/superscript.
    static func accent(_ text: String, _ mark: Unicode.Scalar) -> String {
        var result = ""
        var marked = false
        for character in text {
            result.append(character)
            let isScript = ScriptForms.isScriptCharacter(character)
            if character != " ", !isScript {
                result.unicodeScalars.append(mark)
                marked = true
            }
        }
        if !marked { result.unicodeScalars.append(mark) }
        return result
    }
}

/// When a fraction's side needs parentheses on one line.
enum FractionSides {
    /// One unit: an atom, a scripted or accented atom, a root, a bracketed group.
    static func isSingleAtom(_ nodes: [MathNode]) -> Bool {
        let solid = nodes.filter { !$0.isSpace }
        guard solid.count == 1, let only = solid.first else { return false }
        return isAtomic(only)
    }

    static func isAtomic(_ node: MathNode) -> Bool {
        switch node {
        case .atom(_, let atomClass): return atomClass == .ordinary
        case .raw, .accented, .root, .fenced, .matrix, .literalGroup, .binomial: return true
        case .scripted(let base, _, _): return isAtomic(base)
        case .group(let inner): return isSingleAtom(inner)
        case .space, .fraction: return false
        }
    }

    /// A numerator may be a product (`QKᵀ/…`) but not a sum, a relation, a list or a fraction.
    static func numeratorNeedsParentheses(_ nodes: [MathNode]) -> Bool {
        let solid = trimmed(nodes)
        var depth = 0
        for (index, node) in solid.enumerated() {
            if case .atom(_, .open) = node { depth += 1 }
            if case .atom(_, .close) = node { depth = max(0, depth - 1) }
            if case .scripted(.atom(_, .close), _, _) = node { depth = max(0, depth - 1) }
            if depth > 0 { continue }
            switch node {
            case .space, .fraction: return true
            case .atom(_, let atomClass):
                if atomClass == .binary, index == 0 { continue }
                if [.binary, .relation, .punctuation, .largeOperator, .integral].contains(atomClass) { return true }
            case .scripted(let base, _, _):
                if case .atom(_, let atomClass) = base, [.largeOperator, .integral].contains(atomClass) { return true }
            case .group(let inner):
                if numeratorNeedsParentheses(inner) { return true }
            default: continue
            }
        }
        return false
    }

    /// A denominator needs them unless it is one unit or a differential (`dx`, `∂w`, `∂x²`).
    static func denominatorNeedsParentheses(_ nodes: [MathNode]) -> Bool {
        if isSingleAtom(nodes) { return false }
        guard let solid = units(nodes) else { return true }
        if solid.count == 2, isDifferentialPrefix(solid[0]), !isAtomic(solid[0]) { return false }
        if solid.count == 1 { return false }
        guard solid.count == 2, isAtomic(solid[1]) else { return true }
        return !isDifferentialPrefix(solid[0])
    }

    /// The list as units, where a bracketed run right after an atom belongs to it (`Q(x)` is one
    /// unit, `f(x)(1-f(x))` too); nil when something at the top level is not a unit (an operator,
    /// a space between units, a fraction).
    static func units(_ nodes: [MathNode]) -> [MathNode]? {
        var result: [MathNode] = []
        var depth = 0
        for node in trimmed(nodes) {
            let opens: Bool
            let closes: Bool
            switch node {
            case .atom(_, .open): opens = true; closes = false
            case .atom(_, .close), .scripted(.atom(_, .close), _, _): opens = false; closes = true
            default: opens = false; closes = false
            }
            if depth > 0 {
                if opens { depth += 1 }
                if closes { depth -= 1 }
                continue
            }
            if opens {
                guard !result.isEmpty else { return nil }
                depth = 1
                continue
            }
            if node.isSpace { return nil }
            guard isAtomic(node) || isDifferentialPrefix(node) else { return nil }
            result.append(node)
        }
        return depth == 0 ? result : nil
    }

    private static func isDifferentialPrefix(_ node: MathNode) -> Bool {
        switch node {
        case .atom(let text, let atomClass): atomClass == .prefix || text == "d" || text == "δ" || text == "Δ"
        case .scripted(let base, _, _): isDifferentialPrefix(base)
        default: false
        }
    }

    /// The list without outer spaces, and without the spaces after a prefix (`∂ L` is `∂L`).
    private static func trimmed(_ nodes: [MathNode]) -> [MathNode] {
        var bound: [MathNode] = []
        bound.reserveCapacity(nodes.count)
        for node in nodes {
            if node.isSpace, let last = bound.last, InlineLayout.isBindingPrefix(last) { continue }
            bound.append(node)
        }
        var slice = bound[...]
        while slice.first?.isSpace == true { slice = slice.dropFirst() }
        while slice.last?.isSpace == true { slice = slice.dropLast() }
        return Array(slice)
    }
}

extension ScriptForms {
    /// Every sub/superscript character this layout draws.
    static let scriptCharacters: Set<Character> = {
        var set = Set(subscripts.values)
        for (key, value) in superscripts where key != value { set.insert(value) }
        return set
    }()

    /// Whether `character` is one of the raised or lowered forms.
    static func isScriptCharacter(_ character: Character) -> Bool { scriptCharacters.contains(character) }
}
