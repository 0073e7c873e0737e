#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The name of this machine in a log folder: its answers go to `<name>.log` there.
///
/// A name holds only ASCII letters, digits, `.`, `_` and `-`, so that it is always one plain file
/// name: any other character becomes `-`, and leading dots are dropped (no hidden files, no `..`).
public struct DeviceName: Hashable, Sendable, CustomStringConvertible {
    /// Where the name came from, for messages such as "this device is 'laptop' (the host name)".
    public enum Source: String, Hashable, Sendable {
        /// The settings file's `device` key.
        case settings
        /// The `RECALL_DEVICE` environment variable.
        case environment
        /// The machine's host name.
        case hostName
        /// Nothing usable was found; the fallback name `device`.
        case fallback
    }

    /// The sanitised name, never empty.
    public let value: String
    /// Where it came from.
    public let source: Source

    public var description: String { value }

    /// `text` with every character other than an ASCII letter, digit, `.`, `_` or `-` replaced by
    /// `-`, leading dots and surrounding dashes dropped; nil when nothing is left.
    public static func sanitised(_ text: String) -> String? {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": result.unicodeScalars.append(scalar)
            default: result += "-"
            }
        }
        var trimmed = Substring(result)
        while let first = trimmed.first, first == "." || first == "-" { trimmed = trimmed.dropFirst() }
        while trimmed.last == "-" { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// The machine's host name from `gethostname` (never a name-service lookup, which can hang
    /// for seconds on a machine without network), nil when it cannot be read.
    public static func systemHostName() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return nil }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? nil : name
    }

    /// A name taken as it is; `value` must already be sanitised (as from `sanitised`).
    public init(value: String, source: Source) {
        self.value = value
        self.source = source
    }

    /// The file this device appends to in a log folder: `<name>.log`.
    public var fileName: String { value + ".log" }
}
