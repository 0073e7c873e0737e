/// Unicode's subscript and superscript characters, and the letter fonts (`\mathbb`, `\mathcal`, …).
///
/// Only characters with wide font support are used: the Unicode 14 superscripts (`𐞥`, `ꟲ`–`ꟴ`)
/// are left out, so `x^q` falls back instead of drawing a box in most terminals.
enum ScriptForms {
    static let superscripts: [Character: Character] = {
        var table: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
            "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾",
            "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ", "j": "ʲ",
            "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ",
            "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ",
            "A": "ᴬ", "B": "ᴮ", "D": "ᴰ", "E": "ᴱ", "G": "ᴳ", "H": "ᴴ", "I": "ᴵ", "J": "ᴶ", "K": "ᴷ", "L": "ᴸ",
            "M": "ᴹ", "N": "ᴺ", "O": "ᴼ", "P": "ᴾ", "R": "ᴿ", "T": "ᵀ", "U": "ᵁ", "V": "ⱽ", "W": "ᵂ",
            "α": "ᵅ", "β": "ᵝ", "γ": "ᵞ", "δ": "ᵟ", "ε": "ᵋ", "ϵ": "ᵋ", "θ": "ᶿ", "ι": "ᶥ", "ϕ": "ᵠ", "φ": "ᵠ",
            "χ": "ᵡ", "⊤": "ᵀ", "∘": "°",
        ]
        // Already raised: drawn as they are (x*, f′, A†).
        for mark: Character in ["*", "′", "″", "‴", "†", "‡", "°", "∗"] { table[mark] = mark }
        return table
    }()

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎",
        "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ",
        "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ", "ə": "ₔ",
        "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "φ": "ᵩ", "ϕ": "ᵩ", "χ": "ᵪ",
    ]

    /// `text` with every character raised (or lowered), or nil when one has no such form.
    static func convert(_ text: String, superscript: Bool) -> String? {
        let table = superscript ? superscripts : subscripts
        var result = ""
        for character in text {
            guard let mapped = table[character] else { return nil }
            result.append(mapped)
        }
        return result.isEmpty ? nil : result
    }

    /// The letter fonts of `\mathbb`, `\mathcal`, `\mathfrak`, `\mathbf`.
    enum Font: Hashable, Sendable {
        case doubleStruck, script, fraktur, bold
    }

    /// `character` in `font`, or the character itself when the font has no form for it.
    static func styled(_ character: Character, _ font: Font) -> Character {
        guard let ascii = character.asciiValue else { return character }
        let isUpper = ascii >= 65 && ascii <= 90
        let isLower = ascii >= 97 && ascii <= 122
        let isDigit = ascii >= 48 && ascii <= 57
        let offset = UInt32(isUpper ? ascii - 65 : isLower ? ascii - 97 : isDigit ? ascii - 48 : 0)
        func scalar(_ value: UInt32) -> Character {
            Unicode.Scalar(value).map(Character.init) ?? character
        }
        switch font {
        case .doubleStruck:
            if let special = doubleStruckHoles[character] { return special }
            if isUpper { return scalar(0x1D538 + offset) }
            if isLower { return scalar(0x1D552 + offset) }
            if isDigit { return scalar(0x1D7D8 + offset) }
        case .script:
            if let special = scriptHoles[character] { return special }
            if isUpper { return scalar(0x1D49C + offset) }
            if isLower { return scalar(0x1D4B6 + offset) }
        case .fraktur:
            if let special = frakturHoles[character] { return special }
            if isUpper { return scalar(0x1D504 + offset) }
            if isLower { return scalar(0x1D51E + offset) }
        case .bold:
            if isUpper { return scalar(0x1D400 + offset) }
            if isLower { return scalar(0x1D41A + offset) }
            if isDigit { return scalar(0x1D7CE + offset) }
        }
        return character
    }

    // The letters Unicode encodes in the Letterlike Symbols block instead of the mathematical one.
    static let doubleStruckHoles: [Character: Character] = [
        "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ",
    ]
    static let scriptHoles: [Character: Character] = [
        "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
        "e": "ℯ", "g": "ℊ", "o": "ℴ",
    ]
    static let frakturHoles: [Character: Character] = [
        "C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ",
    ]
}
