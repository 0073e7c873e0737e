import ReviewLog
import Testing

@Suite struct RFC3339Tests {
    @Test(arguments: [
        ("2026-11-21T09:14:03.120Z", Int64(1_795_252_443_120)),
        ("2026-11-21T10:14:03.120+01:00", 1_795_252_443_120),
        ("2026-11-21T03:44:03.120-05:30", 1_795_252_443_120),
        ("2026-11-21T09:14:03Z", 1_795_252_443_000),
        ("2026-11-21t09:14:03.1z", 1_795_252_443_100),
        ("2026-11-21 09:14:03.123456789Z", 1_795_252_443_123),
        ("2026-11-21T09:14:03.120-00:00", 1_795_252_443_120),
        ("2026-11-21T00:30:00+01:00", 1_795_217_400_000),
        ("2024-02-29T00:00:00Z", 1_709_164_800_000),
        ("2000-02-29T23:59:59.999Z", 951_868_799_999),
        ("1900-03-01T00:00:00Z", -2_203_891_200_000),
        ("1969-12-31T23:59:59.999Z", -1),
        ("1970-01-01T00:00:00Z", 0),
        ("0000-01-01T00:00:00Z", -62_167_219_200_000),
        ("9999-12-31T23:59:59.999Z", 253_402_300_799_999),
        ("2016-12-31T23:59:60Z", 1_483_228_799_999),
    ])
    func parsesValidTimes(text: String, expected: Int64) throws {
        #expect(try RFC3339.parse(text) == expected)
    }

    @Test(arguments: [
        ("2026-11-21T09:14:03.120Z", Int64(1_795_252_443_120)),
        ("1970-01-01T00:00:00.000Z", 0),
        ("1969-12-31T23:59:59.999Z", -1),
        ("2024-02-29T12:00:00.001Z", 1_709_208_000_001),
        ("0000-01-01T00:00:00.000Z", -62_167_219_200_000),
        ("9999-12-31T23:59:59.999Z", 253_402_300_799_999),
    ])
    func formatsUTCWithMilliseconds(expected: String, millis: Int64) {
        #expect(RFC3339.format(millis: millis) == expected)
    }

    @Test(arguments: [
        ("2026-13-01T00:00:00Z", TimestampProblem.month(13)),
        ("2026-00-01T00:00:00Z", .month(0)),
        ("2023-02-29T00:00:00Z", .day(year: 2023, month: 2, day: 29)),
        ("1900-02-29T00:00:00Z", .day(year: 1900, month: 2, day: 29)),
        ("2026-04-31T00:00:00Z", .day(year: 2026, month: 4, day: 31)),
        ("2026-11-00T00:00:00Z", .day(year: 2026, month: 11, day: 0)),
        ("2026-11-21T24:00:00Z", .hour(24)),
        ("2026-11-21T09:60:00Z", .minute(60)),
        ("2026-11-21T09:00:61Z", .second(61)),
        ("2026-11-21T09:00:00.1234567890Z", .fractionTooLong(10)),
        ("2026-11-21T09:00:00+24:00", .offset(hours: 24, minutes: 0)),
        ("2026-11-21T09:00:00+01:60", .offset(hours: 1, minutes: 60)),
        ("2026-11-21T09:00:00", .shape),
        ("2026-11-21", .shape),
        ("", .shape),
        ("2026-11-21T09:00:00.Z", .shape),
        ("2026-11-21T09:00:00+0100", .shape),
        ("2026-11-21T09:00:00Z ", .shape),
        (" 2026-11-21T09:00:00Z", .shape),
        ("2026/11/21T09:00:00Z", .shape),
        ("2026-11-21X09:00:00Z", .shape),
        ("2026-1a-21T09:00:00Z", .shape),
        ("20261121T090000Z", .shape),
    ])
    func rejectsInvalidTimesWithTheReason(text: String, problem: TimestampProblem) {
        #expect(throws: TimestampError(text: text, problem: problem)) { try RFC3339.parse(text) }
    }

    @Test func errorMessageNamesTheTextAndTheReason() {
        #expect(throws: TimestampError.self) { try RFC3339.parse("2026-13-01T00:00:00Z") }
        let error = TimestampError(text: "2026-13-01T00:00:00Z", problem: .month(13))
        #expect(error.description == "'2026-13-01T00:00:00Z' is not an RFC 3339 time: month 13 is outside 01–12")
        #expect(TimestampProblem.day(year: 2023, month: 2, day: 29).description == "day 29 does not exist in 2023-02")
    }

    @Test func formatThenParseIsTheIdentityAcrossTheYears() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<20_000 {
            let millis = Int64.random(in: -62_167_219_200_000...253_402_300_799_999, using: &generator)
            #expect(try RFC3339.parse(RFC3339.format(millis: millis)) == millis)
        }
    }

    @Test func offsetsGiveTheSameInstantAsUTC() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let millis = Int64.random(in: 0...4_102_444_800_000, using: &generator)
            let offsetMinutes = Int64.random(in: -(23 * 60 + 59)...(23 * 60 + 59), using: &generator)
            // The local wall time is UTC shifted by the offset; written in UTC form, then re-labelled.
            let local = RFC3339.format(millis: millis + offsetMinutes * 60_000)
            let magnitude = abs(offsetMinutes)
            let hours = magnitude / 60, minutes = magnitude % 60
            let offset = (offsetMinutes < 0 ? "-" : "+")
                + (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes < 10 ? "0" : "") + String(minutes)
            #expect(try RFC3339.parse(String(local.dropLast()) + offset) == millis)
        }
    }
}

@Suite struct CivilDateTests {
    @Test func knownDays() throws {
        #expect(CivilDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(CivilDate(daysSinceEpoch: 11017).description == "2000-03-01")
        #expect(CivilDate(daysSinceEpoch: 19782).description == "2024-02-29")
        #expect(CivilDate(daysSinceEpoch: -1).description == "1969-12-31")
        let leapDay = try #require(CivilDate(year: 2024, month: 2, day: 29))
        #expect(leapDay.daysSinceEpoch == 19782)
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 6, day: 31) == nil)
    }

    @Test func dayNumbersAndDatesAgreeEveryDayForFourHundredYears() {
        var previous = CivilDate(daysSinceEpoch: -146_097 / 2 - 1)
        for day in (-146_097 / 2)...(146_097 / 2) {
            let date = CivilDate(daysSinceEpoch: day)
            #expect(date.daysSinceEpoch == day)
            #expect(previous < date)
            let nextInMonth = previous.day + 1 <= CivilDate.daysInMonth(year: previous.year, month: previous.month)
            if nextInMonth {
                #expect(date.year == previous.year && date.month == previous.month && date.day == previous.day + 1)
            } else {
                #expect(date.day == 1)
            }
            previous = date
        }
    }
}
