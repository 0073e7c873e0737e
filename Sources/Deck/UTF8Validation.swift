/// Checks bytes for well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
enum UTF8Validation {
    /// The offset from the slice's start of the first ill-formed sequence, or nil if all is well.
    static func firstInvalidOffset(in bytes: ByteText) -> Int? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let continuationCount: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: continuationCount = 1
            case 0xE0: continuationCount = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: continuationCount = 2
            case 0xED: continuationCount = 2; high = 0x9F
            case 0xF0: continuationCount = 3; low = 0x90
            case 0xF1...0xF3: continuationCount = 3
            case 0xF4: continuationCount = 3; high = 0x8F
            default: return index - bytes.startIndex
            }
            for step in 1...continuationCount {
                let position = index + step
                guard position < end else { return index - bytes.startIndex }
                let byte = bytes[position]
                let (min, max) = step == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= min, byte <= max else { return index - bytes.startIndex }
            }
            index += continuationCount + 1
        }
        return nil
    }
}
