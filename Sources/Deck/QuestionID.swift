/// The stable ID of a `- Question :: Answer` line: `Q-` and eight lowercase hex digits.
///
/// The digits are the 64-bit FNV-1a hash of the question's UTF-8 bytes after normalising
/// (trimmed, lowercased, runs of whitespace turned into one space), folded to 32 bits by
/// XOR-ing its two halves. Changing a question's case or spacing keeps its ID; changing
/// its words gives a new card.
public enum QuestionID {
    /// The ID a question line without an explicit `{#ID}` gets.
    public static func make(for question: String) -> CardID {
        let hash = question.utf8.allSatisfy { $0 < 0x80 }
            ? asciiNormalisedHash(question.utf8)
            : hash(normalised(question).utf8)
        return CardID("Q-" + hexDigits(of: hash))
    }

    /// The question as it is hashed: lowercased, whitespace runs collapsed, trimmed.
    public static func normalised(_ question: String) -> String {
        question.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// FNV-1a (64 bit) of the bytes, folded to 32 bits.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var hasher = FNV1a()
        for byte in bytes { hasher.add(byte) }
        return hasher.folded
    }

    /// The same hash as `hash(normalised(question).utf8)` for ASCII text, without building the string.
    private static func asciiNormalisedHash(_ bytes: String.UTF8View) -> UInt32 {
        var hasher = FNV1a()
        var pendingSpace = false
        var started = false
        for byte in bytes {
            // Unicode White_Space among ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = started
                continue
            }
            if pendingSpace {
                hasher.add(0x20)
                pendingSpace = false
            }
            started = true
            hasher.add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return hasher.folded
    }

    private struct FNV1a {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ byte: UInt8) {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }

        var folded: UInt32 { UInt32(truncatingIfNeeded: value ^ (value >> 32)) }
    }

    private static func hexDigits(of value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
