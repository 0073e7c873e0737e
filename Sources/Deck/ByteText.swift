/// A piece of a deck file's bytes, valid while the parser reads the file. Indices are those
/// of the whole file. A view into a buffer rather than an `ArraySlice`, so that taking pieces
/// costs no reference counting.
typealias ByteText = Slice<UnsafeBufferPointer<UInt8>>

/// The ASCII bytes the deck syntax is made of; everything structural is ASCII, so scanning
/// bytes is exact even inside UTF-8 text.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let hash: UInt8 = 0x23
    static let openParen: UInt8 = 0x28
    static let closeParen: UInt8 = 0x29
    static let asterisk: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let hyphen: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A
    static let openBracket: UInt8 = 0x5B
    static let closeBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let backtick: UInt8 = 0x60
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
    static let tilde: UInt8 = 0x7E

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isLetterOrDigit(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
}

extension Slice where Base == UnsafeBufferPointer<UInt8> {
    /// The text without leading and trailing spaces and tabs.
    var trimmed: ByteText {
        var start = startIndex
        var end = endIndex
        while start < end, ASCII.isBlank(self[start]) { start += 1 }
        while end > start, ASCII.isBlank(self[end - 1]) { end -= 1 }
        return self[start..<end]
    }

    /// The text without leading spaces and tabs.
    var trimmedLeading: ByteText {
        var start = startIndex
        while start < endIndex, ASCII.isBlank(self[start]) { start += 1 }
        return self[start..<endIndex]
    }

    /// The bytes decoded as (already validated) UTF-8.
    var string: String { String(decoding: UnsafeBufferPointer(rebasing: self), as: UTF8.self) }

    /// Whether the text starts with these ASCII bytes.
    func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard self.count >= count else { return false }
        return prefix.withUTF8Buffer { buffer in
            var index = startIndex
            for byte in buffer {
                if self[index] != byte { return false }
                index += 1
            }
            return true
        }
    }

    /// Whether the text starts with these ASCII letters, ignoring their case.
    func hasPrefixIgnoringCase(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard self.count >= count else { return false }
        return prefix.withUTF8Buffer { buffer in
            var index = startIndex
            for byte in buffer {
                if self[index] | 0x20 != byte | 0x20 { return false }
                index += 1
            }
            return true
        }
    }

    /// The position of the first byte equal to `byte`, if any.
    func firstPosition(of byte: UInt8) -> Int? {
        var index = startIndex
        while index < endIndex {
            if self[index] == byte { return index }
            index += 1
        }
        return nil
    }
}
