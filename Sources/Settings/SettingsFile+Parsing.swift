import TOMLKit

extension SettingsFile {
    /// Parses the bytes of `config.toml` found at `path`.
    ///
    /// TOMLKit (toml++) gives a line only for syntax errors, so the lines of keys are found in
    /// the text by `KeyLines`; TOMLKit stays the judge of what the file means.
    public static func parse(_ bytes: [UInt8], path: String) -> SettingsFile {
        if let (line, column) = firstUnreadableByte(bytes) {
            return SettingsFile(path: path, problems: [
                SettingsProblem(.error, at: .file(path: path, line: line),
                    "not UTF-8 text (or a NUL byte) at byte column \(column); the file is not used"),
            ])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return SettingsFile(path: path, problems: [
                SettingsProblem(.error, at: .file(path: path, line: max(1, error.source.begin.line)),
                    "not valid TOML: \(error.description)"),
            ])
        } catch {
            return SettingsFile(path: path, problems: [
                SettingsProblem(.error, at: .file(path: path, line: 1), "not valid TOML: \(error)"),
            ])
        }
        let lines = KeyLines(text: text)
        var entries: [SettingKey: FileEntry] = [:]
        var problems: [SettingsProblem] = []
        for key in table.keys.sorted(by: { lines.line(of: $0) < lines.line(of: $1) }) {
            guard let value = table[key] else { continue }
            let line = lines.line(of: key)
            guard let known = SettingKey(fileKey: key) else {
                let what = value.type == .table ? "unknown table [\(key)]" : "unknown key '\(key)'"
                problems.append(SettingsProblem(.warning, at: .file(path: path, line: line),
                    what + "; it is ignored" + Self.suggestion(for: key)))
                continue
            }
            entries[known] = FileEntry(value: fileValue(value), line: line)
        }
        return SettingsFile(path: path, entries: entries, problems: problems)
    }

    private static func fileValue(_ value: any TOMLValueConvertible) -> FileValue {
        switch value.type {
        case .string: value.string.map(FileValue.string) ?? .other("a string")
        case .int: value.int.map(FileValue.integer) ?? .other("an integer")
        case .double: value.double.map(FileValue.float) ?? .other("a number")
        case .bool: value.bool.map(FileValue.boolean) ?? .other("true or false")
        case .date:
            value.date.map { FileValue.date(year: $0.year, month: $0.month, day: $0.day) } ?? .other("a date")
        case .time: .other("a time of day")
        case .dateTime: .other("a date and time")
        case .array: .other("an array")
        case .table: .other("a table")
        }
    }

    /// ` (did you mean 'new_per_day'?)` when a known key is close to `key`, else nothing.
    static func suggestion(for key: String) -> String {
        let normalised = String(key.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        if let near = EditDistance.nearest(to: normalised, among: SettingKey.allCases.map(\.rawValue)) {
            return " (did you mean '\(near)'?)"
        }
        return "; known keys: " + SettingKey.allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// The line and byte column of the first byte that is not UTF-8 (or is a NUL), nil when all are fine.
    static func firstUnreadableByte(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { return (line, index - lineStart + 1) }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            let length: Int
            switch byte {
            case 0x00..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: return (line, index - lineStart + 1)
            }
            guard index + length <= bytes.count else { return (line, index - lineStart + 1) }
            let scalarBytes = bytes[index..<index + length]
            var iterator = scalarBytes.makeIterator()
            var decoder = UTF8()
            guard case .scalarValue = decoder.decode(&iterator) else { return (line, index - lineStart + 1) }
            index += length
        }
        return nil
    }
}
