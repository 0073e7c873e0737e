/// A setting's value before it is checked: text from a flag or a variable, or a file value.
enum RawSetting {
    case text(String)
    case file(FileValue)
}

/// Why a value is wrong, as the message says it after the key.
struct SettingMessage: Error {
    let text: String
    init(_ text: String) { self.text = text }
}

/// The checks of each kind of setting.
enum Parse {
    /// A non-empty string.
    static func text(_ raw: RawSetting) -> Result<String, SettingMessage> {
        switch raw {
        case .text(let text), .file(.string(let text)):
            text.isEmpty ? .failure(SettingMessage("must not be empty")) : .success(text)
        case .file(let other):
            .failure(SettingMessage("must be a string in quotes, not \(other.kind)"))
        }
    }

    /// A whole number, 0 or more.
    static func count(_ raw: RawSetting) -> Result<Int, SettingMessage> {
        integer(raw).flatMap { value in
            value >= 0 ? .success(value) : .failure(SettingMessage("must be 0 or more, not \(value)"))
        }
    }

    /// An hour, 0–23.
    static func hour(_ raw: RawSetting) -> Result<Int, SettingMessage> {
        integer(raw).flatMap { value in
            (0...23).contains(value) ? .success(value)
                : .failure(SettingMessage("must be an hour from 0 to 23, not \(value)"))
        }
    }

    private static func integer(_ raw: RawSetting) -> Result<Int, SettingMessage> {
        switch raw {
        case .text(let text):
            guard let value = Int(text) else { return .failure(SettingMessage("'\(text)' is not a whole number")) }
            return .success(value)
        case .file(.integer(let value)):
            return .success(value)
        case .file(.string(let text)):
            return .failure(SettingMessage("must be a whole number without quotes, not the string \"\(text)\""))
        case .file(let other):
            return .failure(SettingMessage("must be a whole number, not \(other.kind)"))
        }
    }

    /// A date `YYYY-MM-DD` (in the file, bare as TOML writes dates, or in quotes).
    static func date(_ raw: RawSetting) -> Result<CalendarDate, SettingMessage> {
        switch raw {
        case .text(let text), .file(.string(let text)):
            guard let date = CalendarDate(text: text) else {
                return .failure(SettingMessage("'\(text)' is not a date such as 2027-01-15"))
            }
            return .success(date)
        case .file(.date(let year, let month, let day)):
            guard let date = CalendarDate(year: year, month: month, day: day) else {
                return .failure(SettingMessage("\(year)-\(month)-\(day) is not a date such as 2027-01-15"))
            }
            return .success(date)
        case .file(let other):
            return .failure(SettingMessage("must be a date such as 2027-01-15, not \(other.kind)"))
        }
    }

    /// A probability strictly between 0 and 1.
    static func probability(_ raw: RawSetting) -> Result<Double, SettingMessage> {
        let value: Double
        switch raw {
        case .text(let text):
            guard let parsed = Double(text), parsed.isFinite else {
                return .failure(SettingMessage("'\(text)' is not a number such as 0.9"))
            }
            value = parsed
        case .file(.float(let number)): value = number
        case .file(.integer(let number)): value = Double(number)
        case .file(let other):
            return .failure(SettingMessage("must be a number such as 0.9, not \(other.kind)"))
        }
        guard value > 0, value < 1 else {
            return .failure(SettingMessage("must be between 0 and 1 (such as 0.9), not \(value)"))
        }
        return .success(value)
    }

    /// `"0-5"` or `"anki"`.
    static func gradeKeys(_ raw: RawSetting) -> Result<String, SettingMessage> {
        text(raw).flatMap { text in
            SettingDefaults.gradeKeyLayouts.contains(text) ? .success(text)
                : .failure(SettingMessage("must be \"0-5\" or \"anki\", not \"\(text)\""))
        }
    }

    /// A device name: letters, digits, `.`, `_`, `-`, not starting with `.` or `-` nor ending
    /// with `-` (the log folder's file name drops those, so the name would not be the file's).
    static func device(_ raw: RawSetting) -> Result<String, SettingMessage> {
        text(raw).flatMap { text in
            guard text.allSatisfy(isDeviceCharacter) else {
                return .failure(SettingMessage("'\(text)' may hold only letters, digits, '.', '_' and '-'"))
            }
            guard text.first != ".", text.first != "-", text.last != "-" else {
                return .failure(SettingMessage("'\(text)' may not start with '.' or '-', nor end with '-'"))
            }
            return .success(text)
        }
    }

    /// The host name with every other character made a `-`, leading `.` and `-` and trailing
    /// `-` dropped, as the log folder names its file (`device` when nothing is left).
    static func deviceName(fromHost host: String) -> String {
        var cleaned = Substring(String(host.map { isDeviceCharacter($0) ? $0 : "-" }))
        while let first = cleaned.first, first == "." || first == "-" { cleaned = cleaned.dropFirst() }
        while cleaned.last == "-" { cleaned = cleaned.dropLast() }
        return cleaned.isEmpty ? "device" : String(cleaned)
    }

    private static func isDeviceCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "." || character == "_" || character == "-")
    }
}
