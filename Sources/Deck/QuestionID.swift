/// The stable ID of a `- Question :: Answer` line: `Q-` and eight lowercase hex digits.
///
/// The digits are the 64-bit FNV-1a hash of the question's UTF-8 bytes after normalising
/// (trimmed, lowercased, runs of whitespace turned into one space), folded to 32 bits by
/// XOR-ing its two halves. Changing a question's case or spacing keeps its ID; changing
/// its words gives a new card.
public enum QuestionID {
    /// The ID a question line without an explicit `{#ID}` gets.
    public static func make(for question: String) -> CardID {
        CardID("Q-" + hexDigits(of: hash(normalised(question))))
    }

    /// The question as it is hashed: lowercased, whitespace runs collapsed, trimmed.
    public static func normalised(_ question: String) -> String {
        question.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// FNV-1a (64 bit) of the text's UTF-8, folded to 32 bits.
    static func hash(_ text: String) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    private static func hexDigits(of value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
