/// The commands that stand for one symbol, with how each is drawn.
enum MathSymbols {
    /// A command name (without the backslash) and what it draws.
    static func symbol(_ name: String) -> (String, AtomClass)? {
        if let text = greek[name] { return (text, .ordinary) }
        if let text = ordinary[name] { return (text, .ordinary) }
        if let text = binary[name] { return (text, .binary) }
        if let text = relations[name] { return (text, .relation) }
        if let text = large[name] { return (text, name.hasPrefix("i") || name == "oint" ? .integral : .largeOperator) }
        if let text = opening[name] { return (text, .open) }
        if let text = closing[name] { return (text, .close) }
        if functions.contains(name) { return (name, .function) }
        if let text = limitFunctions[name] { return (text, .limitFunction) }
        if name == "partial" { return ("∂", .prefix) }
        if name == "nabla" { return ("∇", .prefix) }
        return nil
    }

    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ",
        "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ",
        "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ",
        "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    static let ordinary: [String: String] = [
        "infty": "∞", "forall": "∀", "exists": "∃", "nexists": "∄", "emptyset": "∅", "varnothing": "∅",
        "neg": "¬", "lnot": "¬", "ell": "ℓ", "hbar": "ℏ", "dots": "…", "ldots": "…", "cdots": "⋯",
        "vdots": "⋮", "ddots": "⋱", "prime": "′", "top": "⊤", "intercal": "⊤", "bot": "⊥", "angle": "∠",
        "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ", "dagger": "†", "ddagger": "‡", "checkmark": "✓", "S": "§",
        "vert": "|", "Vert": "‖", "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖", "|": "‖",
        "$": "$", "%": "%", "&": "&", "#": "#", "_": "_", "surd": "√", "degree": "°", "triangle": "△",
        "square": "□", "Box": "□", "clubsuit": "♣", "diamondsuit": "♢", "heartsuit": "♡", "spadesuit": "♠",
        "flat": "♭", "sharp": "♯", "natural": "♮", "wp": "℘", "backslash": "∖", "colon": ":",
    ]

    static let binary: [String: String] = [
        "cdot": "·", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "odot": "⊙", "otimes": "⊗",
        "oplus": "⊕", "ominus": "⊖", "oslash": "⊘", "circ": "∘", "ast": "∗", "star": "⋆", "cup": "∪",
        "cap": "∩", "setminus": "∖", "wedge": "∧", "vee": "∨", "land": "∧", "lor": "∨", "bullet": "•",
        "sqcup": "⊔", "sqcap": "⊓", "uplus": "⊎", "amalg": "⨿", "diamond": "⋄", "bigtriangleup": "△",
        "bigtriangledown": "▽", "wr": "≀", "ltimes": "⋉", "rtimes": "⋊", "circledast": "⊛",
    ]

    static let relations: [String: String] = [
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "equiv": "≡",
        "sim": "∼", "simeq": "≃", "cong": "≅", "propto": "∝", "in": "∈", "notin": "∉", "ni": "∋",
        "subset": "⊂", "supset": "⊃", "subseteq": "⊆", "supseteq": "⊇", "to": "→", "rightarrow": "→",
        "leftarrow": "←", "gets": "←", "Rightarrow": "⇒", "Leftarrow": "⇐", "implies": "⟹", "impliedby": "⟸",
        "Leftrightarrow": "⇔", "leftrightarrow": "↔", "iff": "⟺", "mapsto": "↦", "longrightarrow": "⟶",
        "longleftarrow": "⟵", "Longrightarrow": "⟹", "longmapsto": "⟼", "uparrow": "↑", "downarrow": "↓",
        "ll": "≪", "gg": "≫", "perp": "⊥", "mid": "∣", "nmid": "∤", "parallel": "∥", "models": "⊨",
        "vdash": "⊢", "dashv": "⊣", "triangleq": "≜", "coloneqq": "≔", "doteq": "≐", "prec": "≺",
        "succ": "≻", "preceq": "⪯", "succeq": "⪰", "leqslant": "⩽", "geqslant": "⩾", "lesssim": "≲",
        "gtrsim": "≳", "asymp": "≍", "hookrightarrow": "↪", "rightleftharpoons": "⇌", "nearrow": "↗",
        "searrow": "↘", "sqsubseteq": "⊑", "sqsupseteq": "⊒", "bowtie": "⋈", "smile": "⌣", "frown": "⌢",
    ]

    static let large: [String: String] = [
        "sum": "Σ", "prod": "Π", "coprod": "∐", "int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮",
        "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂", "bigodot": "⨀", "bigvee": "⋁",
        "bigwedge": "⋀", "bigsqcup": "⨆", "biguplus": "⨄",
    ]

    static let opening: [String: String] = [
        "{": "{", "lbrace": "{", "langle": "⟨", "lceil": "⌈", "lfloor": "⌊", "lbrack": "[", "lgroup": "⟮",
    ]

    static let closing: [String: String] = [
        "}": "}", "rbrace": "}", "rangle": "⟩", "rceil": "⌉", "rfloor": "⌋", "rbrack": "]", "rgroup": "⟯",
    ]

    static let functions: Set<String> = [
        "log", "ln", "lg", "exp", "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "coth",
        "arcsin", "arccos", "arctan", "arg", "dim", "ker", "hom", "deg", "sgn", "tr", "Tr", "rank", "diag",
        "softmax", "sigmoid", "relu", "ReLU", "Var", "Cov", "var", "cov", "KL", "erf", "logit",
    ]

    static let limitFunctions: [String: String] = [
        "max": "max", "min": "min", "sup": "sup", "inf": "inf", "lim": "lim", "liminf": "lim inf",
        "limsup": "lim sup", "det": "det", "Pr": "Pr", "gcd": "gcd", "argmax": "argmax", "argmin": "argmin",
    ]

    /// Accent commands and the combining mark each draws.
    static let accents: [String: Unicode.Scalar] = [
        "hat": "\u{0302}", "widehat": "\u{0302}", "bar": "\u{0304}", "overline": "\u{0305}",
        "tilde": "\u{0303}", "widetilde": "\u{0303}", "vec": "\u{20D7}", "overrightarrow": "\u{20D7}",
        "dot": "\u{0307}", "ddot": "\u{0308}", "check": "\u{030C}", "breve": "\u{0306}", "acute": "\u{0301}",
        "grave": "\u{0300}", "underline": "\u{0332}", "mathring": "\u{030A}",
    ]

    /// Commands that change only the size or style of what follows: dropped.
    static let ignored: Set<String> = [
        "limits", "nolimits", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "big", "Big",
        "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm",
        "middle", "nonumber", "notag", "strut", "mathstrut", "label", "tag",
    ]

    /// Spacing commands and how many spaces each draws.
    static let spaces: [String: Int] = [
        ",": 1, ":": 1, ";": 1, " ": 1, "quad": 2, "qquad": 3, "enspace": 1, "thinspace": 1,
        "medspace": 1, "thickspace": 1, "!": 0, "negthinspace": 0,
    ]

    /// A delimiter after `\left`, `\right` or a sizing command, as drawn ("" for `.`).
    static func delimiter(_ name: String) -> String? {
        switch name {
        case ".": return ""
        case "(", ")", "[", "]", "|", "/", "<", ">": return name == "<" ? "⟨" : name == ">" ? "⟩" : name
        case "\\{", "\\lbrace": return "{"
        case "\\}", "\\rbrace": return "}"
        case "\\|", "\\Vert", "\\lVert", "\\rVert": return "‖"
        case "\\vert", "\\lvert", "\\rvert": return "|"
        case "\\langle": return "⟨"
        case "\\rangle": return "⟩"
        case "\\lceil": return "⌈"
        case "\\rceil": return "⌉"
        case "\\lfloor": return "⌊"
        case "\\rfloor": return "⌋"
        case "\\lbrack": return "["
        case "\\rbrack": return "]"
        case "\\uparrow": return "↑"
        case "\\downarrow": return "↓"
        default: return nil
        }
    }
}
