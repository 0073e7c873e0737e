import SafeText

/// Checks on the bytes of a card ID read from the log.
enum CardIDBytes {
    /// Why the ID cannot be a card's ("holds a carriage return", "holds control character
    /// U+001B", "holds bidirectional control U+202E"), or nil when it holds no character that
    /// `VisibleText` marks. Bytes that are not UTF-8 are left to the UTF-8 check.
    static func controlProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard VisibleText.mayHoldMarks(utf8: bytes) else { return nil }
        if bytes.contains(UInt8(ascii: "\r")) { return "holds a carriage return" }
        guard let (scalar, kind) = VisibleText.firstMarked(in: String(decoding: bytes, as: UTF8.self)) else {
            return nil
        }
        return "holds \(kind.noun) \(VisibleText.codePoint(scalar))"
    }
}
