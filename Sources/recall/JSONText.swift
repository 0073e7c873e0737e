import SafeText

/// Builds JSON text by hand: the CLI prints large arrays, and string escaping is all it needs.
enum JSONText {
    /// `value` as a JSON string literal, quotes included.
    static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let control where VisibleText.kind(of: control) != nil:
                // Every C0 control, DEL, C1 control and bidirectional or format character is
                // escaped, so the output holds none of them and a parser gives the text back.
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// A JSON string literal, or `null` for nil.
    static func optionalString(_ value: String?) -> String {
        value.map(string) ?? "null"
    }

    /// A JSON number, or `null` for nil.
    static func optionalNumber(_ value: Int?) -> String {
        value.map(String.init) ?? "null"
    }

    /// One object from key/value pairs whose values are already JSON text, keys kept in order.
    static func object(_ fields: KeyValuePairs<String, String>) -> String {
        "{" + fields.map { "\(string($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
    }
}
