/// A value as the settings file wrote it, before it is checked for its key.
public enum FileValue: Hashable, Sendable {
    /// A string.
    case string(String)
    /// An integer.
    case integer(Int)
    /// A floating-point number.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// A local date (`2027-01-15` without quotes); nil parts never occur after parsing.
    case date(year: Int, month: Int, day: Int)
    /// Another TOML type (a time, an array, a table), by its name.
    case other(String)

    /// The kind of value, as a message names it: "a string", "an integer", …
    public var kind: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number with a fraction"
        case .boolean: "true or false"
        case .date: "a date"
        case .other(let name): name
        }
    }
}

/// A setting's value in the file and the line it is on.
public struct FileEntry: Hashable, Sendable {
    /// The value as written.
    public let value: FileValue
    /// The line of its key, counting from 1.
    public let line: Int

    /// A value found at `line`.
    public init(value: FileValue, line: Int) {
        self.value = value
        self.line = line
    }
}
