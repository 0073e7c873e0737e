import ReviewLog

/// Conversions between day numbers (days since 1970-01-01) and dates, through the log's
/// `CivilDate`, so the calendar arithmetic lives in one place.
extension LocalDays {
    /// The date of `day` as year, month (1–12) and day of month (1–31).
    public static func civilDate(ofDay day: Int) -> (year: Int, month: Int, day: Int) {
        let date = CivilDate(daysSinceEpoch: day)
        return (date.year, date.month, date.day)
    }

    /// The day number of a date given as year, month (1–12) and day of month.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        CivilDate.daysFromCivil(year: year, month: month, day: day)
    }

    /// The date of `day` as `YYYY-MM-DD`.
    public static func dateString(ofDay day: Int) -> String {
        CivilDate(daysSinceEpoch: day).description
    }
}
