import Foundation
import Study
import Testing

/// Milliseconds since 1970 of a UTC wall-clock time.
private func utcMillis(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Int64 {
    Int64(LocalDays.dayNumber(year: year, month: month, day: day)) * 86_400_000
        + Int64(hour) * 3_600_000 + Int64(minute) * 60_000
}

@Suite struct LocalDaysTests {
    let november21 = LocalDays.dayNumber(year: 2026, month: 11, day: 21)

    @Test func dayNumbersAndDatesAgree() {
        #expect(LocalDays.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(LocalDays.dateString(ofDay: 0) == "1970-01-01")
        #expect(LocalDays.dateString(ofDay: -1) == "1969-12-31")
        #expect(LocalDays.dateString(ofDay: 59) == "1970-03-01")
        // 2000 is a leap year (divisible by 400), 2100 is not.
        #expect(LocalDays.dateString(ofDay: LocalDays.dayNumber(year: 2000, month: 2, day: 29)) == "2000-02-29")
        #expect(LocalDays.dayNumber(year: 2100, month: 3, day: 1) - LocalDays.dayNumber(year: 2100, month: 2, day: 28) == 1)
        #expect(LocalDays.dayNumber(year: 2026, month: 11, day: 21) == 20_778)
        #expect(LocalDays.dateString(ofDay: 20_778) == "2026-11-21")
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let date = LocalDays.civilDate(ofDay: day)
            #expect(LocalDays.dayNumber(year: date.year, month: date.month, day: date.day) == day)
        }
    }

    @Test func dateStringsMatchFoundationsCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for day in stride(from: -30_000, through: 60_000, by: 367) {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(day) * 86_400))
            let expected = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            #expect(LocalDays.dateString(ofDay: day) == expected)
        }
    }

    @Test func aReviewBeforeFourInTheMorningCountsForTheDayBefore() {
        let days = LocalDays.utc()
        #expect(days.day(atMillis: utcMillis(2026, 11, 21, 1, 30)) == november21 - 1)
        #expect(days.day(atMillis: utcMillis(2026, 11, 21, 3, 59)) == november21 - 1)
        #expect(days.day(atMillis: utcMillis(2026, 11, 21, 4, 0)) == november21)
        #expect(days.day(atMillis: utcMillis(2026, 11, 22, 3, 59)) == november21)
        let midnightDays = LocalDays.utc(dayStartHour: 0)
        #expect(midnightDays.day(atMillis: utcMillis(2026, 11, 21, 1, 30)) == november21)
        #expect(midnightDays.day(atMillis: utcMillis(2026, 11, 20, 23, 59)) == november21 - 1)
    }

    @Test func theDayFollowsTheLocalClockInAnotherZone() throws {
        // Berlin is UTC+1 in November: 01:30 local is 00:30Z, 04:00 local is 03:00Z.
        let berlin = LocalDays(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        #expect(berlin.day(atMillis: utcMillis(2026, 11, 21, 0, 30)) == november21 - 1)
        #expect(berlin.day(atMillis: utcMillis(2026, 11, 21, 2, 59)) == november21 - 1)
        #expect(berlin.day(atMillis: utcMillis(2026, 11, 21, 3, 0)) == november21)
        // New York is UTC−4 in July: 01:30 local is 05:30Z and belongs to July 19.
        let newYork = LocalDays(timeZone: try #require(TimeZone(identifier: "America/New_York")))
        let july20 = LocalDays.dayNumber(year: 2026, month: 7, day: 20)
        #expect(newYork.day(atMillis: utcMillis(2026, 7, 20, 5, 30)) == july20 - 1)
        #expect(newYork.day(atMillis: utcMillis(2026, 7, 20, 8, 0)) == july20)
        // 23:00Z on July 20 is still 19:00 local on July 20.
        #expect(newYork.day(atMillis: utcMillis(2026, 7, 20, 23, 0)) == july20)
    }

    @Test func cachedOffsetsMatchTheTimeZoneAcrossTransitions() throws {
        for name in ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia", "Asia/Kolkata"] {
            let zone = try #require(TimeZone(identifier: name))
            let days = LocalDays(timeZone: zone, dayStartHour: 4)
            // Every 7 hours and 13 minutes from 1995 to 2035, which lands near many transitions.
            var seconds: Int64 = 788_918_400
            while seconds < 2_082_758_400 {
                let offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
                #expect(days.utcOffset(atSeconds: seconds) == offset, "\(name) at \(seconds)")
                let expectedDay = Int((Double(seconds + offset - 4 * 3600) / 86_400).rounded(.down))
                #expect(days.day(atMillis: seconds * 1000 + 999) == expectedDay)
                seconds += 7 * 3600 + 13 * 60
            }
        }
    }

    @Test func instantsBeforeNineteenSeventyFallBackToTheZone() throws {
        let berlin = LocalDays(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        // 1969-12-31T23:30Z is 00:30 on January 1 in Berlin, before 04:00: still December 31.
        #expect(berlin.day(atMillis: -30 * 60_000) == -1)
        #expect(berlin.day(atMillis: -30 * 60_000 + 4 * 3_600_000) == 0)
    }
}
