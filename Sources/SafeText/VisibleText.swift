/// How text Recall did not write itself (deck text, log fields, file names) reaches a terminal:
/// as data, never as instructions.
///
/// Every character that a terminal would act on instead of drawing, or that changes how the rest
/// of a line reads, is replaced by a visible mark:
///
/// | characters | shown as |
/// |---|---|
/// | C0 controls U+0000–U+001F (ESC, BEL, CR, BS, …) | the Control Picture U+2400–U+241F: `␛`, `␇`, `␍`, `␈` |
/// | line feed U+000A | kept where the text may span lines (`lines`), else `␊` (`line`) |
/// | tab U+0009 | a space (a tab is whitespace in the deck format) |
/// | DEL U+007F | `␡` |
/// | C1 controls U+0080–U+009F (CSI, OSC, NEL, …) | `<U+009B>`: the code point in angle brackets |
/// | bidirectional controls U+202A–U+202E, U+2066–U+2069, marks U+200E, U+200F, U+061C | `<U+202E>` |
/// | invisible format characters U+2028, U+2029, U+206A–U+206F, U+FFF9–U+FFFB | `<U+2028>` |
///
/// So an escape sequence such as `ESC [ 2 J` is shown as `␛[2J` and never clears a screen. Every
/// mark is made of characters one cell wide: a Control Picture takes 1 cell, an angle-bracket
/// mark 8. Marks are themselves safe, so marking twice changes nothing. Every character marked
/// here is a grapheme cluster of its own (Unicode's rules always break around controls), except
/// CR LF, which is two.
///
/// Pure: no Foundation, no terminal.
public enum VisibleText {
    /// What a marked character is, for messages.
    public enum Kind: Hashable, Sendable {
        /// A C0 control, DEL or a C1 control.
        case control
        /// A bidirectional embedding, override, isolate or mark.
        case bidirectional
        /// Another invisible format character that changes how a line reads (a line or paragraph
        /// separator, a deprecated shaping control, an interlinear annotation).
        case format

        /// The words for this kind in a message: "control character", "bidirectional control",
        /// "invisible format character".
        public var noun: String {
            switch self {
            case .control: "control character"
            case .bidirectional: "bidirectional control"
            case .format: "invisible format character"
            }
        }
    }

    /// `text` safe to write on one line of a terminal: every character in the table above is
    /// replaced by its mark, line feeds included, and a tab by a space.
    public static func line(_ text: some StringProtocol) -> String {
        marked(text, keepingNewlines: false) ?? String(text)
    }

    /// `text` safe to write to a terminal as lines: like `line`, but line feeds are kept.
    public static func lines(_ text: some StringProtocol) -> String {
        marked(text, keepingNewlines: true) ?? String(text)
    }

    /// The marked text, or nil when `text` holds nothing to mark (the common case, found without
    /// building a new string).
    @inlinable
    public static func marked(_ text: some StringProtocol, keepingNewlines: Bool) -> String? {
        let look = text.utf8.withContiguousStorageIfAvailable { mayNeedMarks(in: $0, keepingNewlines: keepingNewlines) }
        guard look ?? mayNeedMarks(text.utf8, keepingNewlines: keepingNewlines) else { return nil }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var changed = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", keepingNewlines {
                out.unicodeScalars.append(scalar)
            } else if scalar == "\t" {
                out += " "
                changed = true
            } else if let mark = mark(for: scalar) {
                out += mark
                changed = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return changed ? out : nil
    }

    /// Whether `text` is written exactly as it is by `line` (or by `lines`, when `keepingNewlines`).
    public static func isSafe(_ text: some StringProtocol, keepingNewlines: Bool = false) -> Bool {
        marked(text, keepingNewlines: keepingNewlines) == nil
    }

    /// Whether UTF-8 `bytes` may hold a character `line` marks (or a tab); false is certain, true
    /// means "look at the scalars". Invalid UTF-8 is not looked at.
    @inlinable
    public static func mayHoldMarks(utf8 bytes: some Sequence<UInt8>) -> Bool {
        mayNeedMarks(bytes, keepingNewlines: false)
    }

    /// `mayHoldMarks(utf8:)` for bytes in memory, eight at a time (see `mayNeedMarks(in:)`).
    public static func mayHoldMarks(utf8 buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        mayNeedMarks(in: buffer, keepingNewlines: false)
    }

    /// The first scalar of `text` that `line` marks, with its kind, or nil when there is none.
    public static func firstMarked(in text: some StringProtocol) -> (scalar: Unicode.Scalar, kind: Kind)? {
        guard mayNeedMarks(text.utf8, keepingNewlines: false) else { return nil }
        for scalar in text.unicodeScalars {
            if let kind = kind(of: scalar) { return (scalar, kind) }
        }
        return nil
    }

    /// Every distinct scalar of `text` that `line` marks, in order of first appearance.
    public static func markedScalars(in text: some StringProtocol) -> [Unicode.Scalar] {
        guard mayNeedMarks(text.utf8, keepingNewlines: false) else { return [] }
        var found: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where kind(of: scalar) != nil && !found.contains(scalar) {
            found.append(scalar)
        }
        return found
    }

    /// `U+001B`: how a message names a code point.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// What kind of character `scalar` is, or nil when it is drawn as it is. Tab is nil (it is
    /// whitespace); line feed is a control (it is marked on a single line).
    @inlinable
    public static func kind(of scalar: Unicode.Scalar) -> Kind? {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 ? nil : .control }
        if value < 0x7F { return nil }
        if value < 0xA0 { return .control }  // DEL and the C1 controls
        if value < 0x061C { return nil }
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidirectional
        case 0x2028, 0x2029, 0x206A...0x206F, 0xFFF9...0xFFFB: return .format
        default: return nil
        }
    }

    /// The visible mark that stands for `scalar`, or nil when `scalar` is drawn as it is (a tab,
    /// which `line` and `lines` turn into a space, is nil too).
    public static func mark(for scalar: Unicode.Scalar) -> String? {
        guard kind(of: scalar) != nil else { return nil }
        let value = scalar.value
        if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) { return String(Character(picture)) }
        if value == 0x7F { return "\u{2421}" }
        return "<" + codePoint(scalar) + ">"
    }

    /// The cells `character` takes on one line once marked, or nil when it is drawn as it is.
    /// A Control Picture and `␡` take 1 cell, an angle-bracket mark 8, a tab (a space) 1.
    @inlinable
    public static func markedWidth(of character: Character) -> Int? {
        var width = 0
        for scalar in character.unicodeScalars {
            if scalar == "\t" {
                width += 1
            } else if let kind = kind(of: scalar) {
                width += kind == .control && (scalar.value < 0x20 || scalar.value == 0x7F) ? 1 : 8
            } else {
                return width > 0 ? width : nil
            }
        }
        return width > 0 ? width : nil
    }
}
