/// How an atom of a formula behaves when it is laid out: where spaces go, whether it takes
/// limits, whether a fraction side made of it needs parentheses.
public enum AtomClass: Hashable, Sendable {
    /// A letter, a digit group, a symbol such as `∞`.
    case ordinary
    /// A binary operator such as `+` or `×`: spaced like its neighbours, never at a break's start.
    case binary
    /// A relation such as `=` or `≤`.
    case relation
    /// An opening bracket.
    case open
    /// A closing bracket.
    case close
    /// A comma or semicolon.
    case punctuation
    /// An operator name such as `log`: a space before a letter that follows it.
    case function
    /// An operator name that takes limits below it in display maths (`max`, `lim`, `argmax`).
    case limitFunction
    /// A large operator (`Σ`, `Π`): limits below and above it in display maths.
    case largeOperator
    /// An integral: scripts stay to its right.
    case integral
    /// A prefix such as `∂` or `∇` that binds to the atom after it (`∂w` is one unit).
    case prefix
}

/// A formula as a small tree. Built by `MathParser`, drawn by `InlineLayout` and `BoxLayout`.
public indirect enum MathNode: Hashable, Sendable {
    /// Drawn text with its class.
    case atom(String, AtomClass)
    /// Whitespace in the source (one or more), kept as one space.
    case space
    /// A brace group `{…}`, drawn without the braces.
    case group([MathNode])
    /// A brace group drawn with its braces (after an unknown command, whose arguments are shown as written).
    case literalGroup([MathNode])
    /// A base with a subscript, a superscript or both.
    case scripted(MathNode, sub: [MathNode]?, sup: [MathNode]?)
    /// `\frac{numerator}{denominator}`.
    case fraction([MathNode], [MathNode])
    /// `\binom{n}{k}`.
    case binomial([MathNode], [MathNode])
    /// `\sqrt[index]{radicand}`.
    case root([MathNode], index: [MathNode]?)
    /// An accent drawn as a combining mark on each character of its argument.
    case accented([MathNode], Unicode.Scalar)
    /// `\left( … \right)`: the delimiters as drawn (empty for `.`).
    case fenced(String, [MathNode], String)
    /// A matrix or cases environment: rows of cells, with its delimiters (empty when none).
    case matrix([[[MathNode]]], open: String, close: String)
    /// An unknown command, shown as written.
    case raw(String)
}

extension MathNode {
    /// Whether this node is source whitespace.
    var isSpace: Bool {
        if case .space = self { return true }
        return false
    }

    /// The atom's class, nil when this node is not an atom.
    var atomClass: AtomClass? {
        if case .atom(_, let atomClass) = self { return atomClass }
        return nil
    }
}
