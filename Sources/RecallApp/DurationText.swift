/// Spans of time as the screens write them: `0.7s` and `4.2s` under ten seconds, then `12s`,
/// `4m 12s`, `1h 03m`.
enum DurationText {
    /// `millis` written for a person, rounded to the nearest shown unit.
    static func of(millis: Int64) -> String {
        let millis = max(0, millis)
        if millis < 9_950 {
            let tenths = (millis + 50) / 100
            return "\(tenths / 10).\(tenths % 10)s"
        }
        let seconds = (millis + 500) / 1000
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m \(twoDigits(seconds % 60))s" }
        let minutes = (seconds + 30) / 60
        return "\(minutes / 60)h \(twoDigits(minutes % 60))m"
    }

    private static func twoDigits(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
