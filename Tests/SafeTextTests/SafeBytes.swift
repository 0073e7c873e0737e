/// Checks on bytes about to reach a terminal, shared by the property tests.
enum SafeBytes {
    /// What in `bytes` a terminal would act on (a C0 control other than a line feed when
    /// `allowingNewlines`, DEL, a UTF-8 C1 control, a bidirectional or format control), or nil.
    static func problem(in bytes: [UInt8], allowingNewlines: Bool) -> String? {
        for (index, byte) in bytes.enumerated() {
            if byte < 0x20, !(allowingNewlines && byte == 0x0A) { return "byte \(byte) at \(index)" }
            if byte == 0x7F { return "DEL at \(index)" }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            if byte == 0xC2, (0x80...0x9F).contains(next) { return "C1 control at \(index)" }
            if byte == 0xD8, next == 0x9C { return "U+061C at \(index)" }
            if byte == 0xE2, next == 0x80, [0x8E, 0x8F, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE].contains(third) {
                return "bidirectional or separator U+20\(String(third - 0x80, radix: 16)) at \(index)"
            }
            if byte == 0xE2, next == 0x81, (0xA6...0xAF).contains(third) { return "isolate or format control at \(index)" }
        }
        return nil
    }
}

/// A seeded generator (SplitMix64) of text meant to break terminals.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// Pieces that terminals act on, and ordinary text between them.
    static let pieces: [String] = [
        "\u{1B}[2J", "\u{1B}]0;PWNED\u{07}", "\u{1B}[31m", "\u{1B}[41;1m", "\u{1B}]52;c;aGk=\u{1B}\\",
        "\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "\u{1B}[6n", "\u{9B}2J", "\u{9D}0;t\u{9C}", "\u{85}",
        "\u{202E}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{061C}", "\u{2028}", "\u{206A}", "\u{FFF9}",
        "\r", "\n", "\t", "\u{08}", "\u{7F}", "\u{0}", "\u{0E}", "e\u{301}", "学", "👩‍💻", "∇", "θ", " ", "ok", "a b",
    ]

    /// Random text: pieces above and random scalars from the ranges that matter.
    mutating func nastyText(maxPieces: Int = 8) -> String {
        var text = ""
        for _ in 0..<below(maxPieces + 1) {
            switch below(4) {
            case 0: text.unicodeScalars.append(Unicode.Scalar(UInt32(below(0xA0)))!)
            case 1: text.unicodeScalars.append(Unicode.Scalar(UInt32(0x2000 + below(0x70)))!)
            default: text += Self.pieces[below(Self.pieces.count)]
            }
        }
        return text
    }
}
