import SafeText

/// How many terminal cells text takes, worked out in pure Swift (no libc `wcwidth`).
///
/// Rules, per Unicode scalar: East Asian Wide and Fullwidth characters (CJK, Hangul syllables,
/// fullwidth forms, emoji with emoji presentation) take 2 cells; combining marks (Mn, Me),
/// format characters (Cf: zero-width space and joiner) and variation selectors take 0; everything else, including East Asian Ambiguous characters such as
/// `∂` or `θ`, takes 1. A grapheme cluster (a Swift `Character`) is measured whole: it takes the
/// width of its first scalar whose width is not zero, so `é` written as `e` + U+0301 is 1 and an
/// emoji joined with U+200D (`👩‍💻`) or with a skin tone (`👍🏽`) is 2; a flag (two regional
/// indicators, `🇫🇷`) and a character asking for emoji presentation with U+FE0F (`❤️`) are 2.
/// A cluster never takes more than 2 cells, except a marked one.
///
/// Controls, DEL, C1 controls and the bidirectional and format characters that `VisibleText`
/// marks are never written to the terminal: they take the cells of their mark (1 for `␛` and the
/// other Control Pictures, 1 for a tab shown as a space, 8 for `<U+202E>`), so that text is
/// measured as it is drawn.
public enum DisplayWidth {
    /// The width in cells of one Unicode scalar: 0, 1 or 2, or the width of its mark (1 or 8)
    /// for a scalar `VisibleText` marks.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return 1 }  // a control is drawn as its one-cell Control Picture
        if value < 0xA0 { return value == 0x7F ? 1 : 8 }  // DEL is `␡`, a C1 control `<U+0085>`
        if value == 0xAD { return 1 }  // soft hyphen: shown as a hyphen by terminals
        if value < 0x300 { return 1 }
        return ofNonLatin(scalar)
    }

    /// The width in cells of one grapheme cluster: 0, 1 or 2, or the width of its marks for a
    /// cluster `VisibleText` marks.
    @inlinable
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            if ascii >= 0x20 && ascii < 0x7F { return 1 }
            return VisibleText.markedWidth(of: character) ?? 1
        }
        if let marked = VisibleText.markedWidth(of: character) { return marked }
        var first = 0
        var regionalIndicators = 0
        let emojiBase = character.unicodeScalars.first?.properties.isEmoji ?? false
        for scalar in character.unicodeScalars {
            // An emoji variation selector asks for the wide, emoji presentation (`❤️`).
            if scalar.value == 0xFE0F, first > 0 { return 2 }
            // A skin tone (`☝🏿`) or a joiner (`🏳‍🌈`) after a base makes an emoji sequence.
            if emojiBase, first > 0, (0x1F3FB...0x1F3FF).contains(scalar.value) || scalar.value == 0x200D { return 2 }
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { regionalIndicators += 1 }
            if first == 0 { first = of(scalar) }
        }
        // Two regional indicators make a flag (`🇫🇷`), drawn as one wide emoji.
        return regionalIndicators >= 2 ? 2 : first
    }

    /// The width in cells of a string: the sum of its grapheme clusters' widths.
    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII, most of what is measured, is one cell a byte: no need to find the
        // grapheme clusters (the costly part).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    @usableFromInline
    static func ofNonLatin(_ scalar: Unicode.Scalar) -> Int {
        if VisibleText.kind(of: scalar) != nil { return 8 }  // shown as `<U+202E>`
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            return isWide(scalar.value) ? 2 : 1
        }
    }

    /// Whether a code point is East Asian Wide or Fullwidth (binary search of `wideRanges`).
    static func isWide(_ value: UInt32) -> Bool {
        if value < wideRanges[0].lowerBound { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

extension Character {
    /// The width of this grapheme cluster in terminal cells (see `DisplayWidth`).
    @inlinable
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// The width of this text in terminal cells (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
