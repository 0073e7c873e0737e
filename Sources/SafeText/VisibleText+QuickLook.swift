/// The quick look at UTF-8 bytes that lets text without anything to mark (nearly all text) go
/// through without a copy.
extension VisibleText {
    /// A quick look at the bytes: false when no byte sequence of a marked character (or a tab) is
    /// there. C1 controls are C2 80–9F; U+061C is D8 9C; the U+2xxx marks are E2 80 8E–8F,
    /// E2 80 A8–AE, E2 81 A6–AF; U+FFF9–U+FFFB are EF BF B9–BB.
    @inlinable
    static func mayNeedMarks(_ bytes: some Sequence<UInt8>, keepingNewlines: Bool) -> Bool {
        var state: UInt8 = 0
        for byte in bytes where step(byte, &state, keepingNewlines: keepingNewlines) { return true }
        return false
    }

    /// `mayNeedMarks` for bytes in memory: eight printable ASCII bytes (most of any text) are
    /// passed over at once, and a multi-byte character in one step by its lead byte. Exact for
    /// UTF-8; on bytes that are not UTF-8 it may miss a character inside a broken sequence (such
    /// bytes are never shown as they are: the deck line or log field is refused).
    @usableFromInline
    static func mayNeedMarks(in buffer: UnsafeBufferPointer<UInt8>, keepingNewlines: Bool) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        let count = buffer.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let belowSpace = (word &- ones &* 0x20) & ~word & highBits
                let delete = word ^ (ones &* 0x7F)
                let isDelete = (delete &- ones) & ~delete & highBits
                if (word & highBits) | belowSpace | isDelete == 0 {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            let second = index + 1 < count ? base[index + 1] : 0
            let third = index + 2 < count ? base[index + 2] : 0
            switch lead {
            case 0..<0x20:
                if !(lead == 0x0A && keepingNewlines) { return true }
                index += 1
            case 0x20..<0x7F: index += 1
            case 0x7F: return true
            case 0xC2:
                if second >= 0x80 && second <= 0x9F { return true }
                index += 2
            case 0xD8:
                if second == 0x9C { return true }
                index += 2
            case 0xE2:
                if second == 0x80 && (third == 0x8E || third == 0x8F || (third >= 0xA8 && third <= 0xAE)) { return true }
                if second == 0x81 && third >= 0xA6 && third <= 0xAF { return true }
                index += 3
            case 0xEF:
                if second == 0xBF && third >= 0xB9 && third <= 0xBB { return true }
                index += 3
            case 0xC3..<0xE0: index += 2
            case 0xE0..<0xF0: index += 3
            case 0xF0...: index += 4
            default: index += 1  // a continuation byte out of place
            }
        }
        return false
    }

    /// One byte of the quick look; `state` remembers the lead bytes just before it. True when the
    /// bytes so far end in a marked character (or a tab, or a line feed unless `keepingNewlines`).
    @inlinable
    static func step(_ byte: UInt8, _ state: inout UInt8, keepingNewlines: Bool) -> Bool {
        switch state {
        case 0xC2: if byte >= 0x80 && byte <= 0x9F { return true }
        case 0xD8: if byte == 0x9C { return true }
        case 0xE2:
            if byte == 0x80 || byte == 0x81 {
                state = byte == 0x80 ? 0xA0 : 0xA1
                return false
            }
        case 0xA0: if byte == 0x8E || byte == 0x8F || (byte >= 0xA8 && byte <= 0xAE) { return true }
        case 0xA1: if byte >= 0xA6 && byte <= 0xAF { return true }
        case 0xEF:
            if byte == 0xBF {
                state = 0xBF
                return false
            }
        case 0xBF: if byte >= 0xB9 && byte <= 0xBB { return true }
        default: break
        }
        state = 0
        if byte < 0x20 { return !(byte == 0x0A && keepingNewlines) }
        if byte == 0x7F { return true }
        if byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF { state = byte }
        return false
    }
}
