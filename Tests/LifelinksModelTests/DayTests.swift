import Foundation
import Testing

@testable import LifelinksModel

@Suite("Day")
struct DayTests {
    // MARK: - Parsing

    @Test(
        "parses real YYYY-MM-DD days",
        arguments: [
            ("2024-02-29", 2024, 2, 29),
            ("2000-02-29", 2000, 2, 29),
            ("2400-02-29", 2400, 2, 29),
            ("1600-02-29", 1600, 2, 29),
            ("2026-11-26", 2026, 11, 26),
            ("2026-12-31", 2026, 12, 31),
            ("1900-02-28", 1900, 2, 28),
            ("0001-01-01", 1, 1, 1),
            ("9999-12-31", 9999, 12, 31),
        ])
    func parsesValid(text: String, year: Int, month: Int, day: Int) throws {
        let parsed = try #require(Day(text))
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.day == day)
        #expect(parsed == Day(year: year, month: month, day: day))
    }

    @Test(
        "refuses anything that is not exactly a real YYYY-MM-DD day",
        arguments: [
            "2026-02-29",  // not a leap year
            "1900-02-29",  // century, not a leap year
            "2100-02-29",
            "2200-02-29",
            "1700-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-11-00",
            "2026-11-32",
            "0000-01-01",  // no year 0
            "2026-1-01",
            "2026-01-1",
            "26-11-2026",
            "26-11-20261",
            "",
            "2026-11-26x",
            " 2026-11-26",
            "2026-11-26 ",
            "2026/11/26",
            "2026-11/26",
            "20261126",
            "+026-11-26",
            "-026-11-26",
            "2026-+1-26",
            "2026-11-2a",
            "２０２６-11-26",  // full-width digits
            "2026-11-26\n",
        ])
    func refusesInvalid(text: String) {
        #expect(Day(text) == nil)
    }

    @Test("parses a substring as well as a string")
    func parsesSubstring() {
        let line = "born 2010-05-14, referred 2026-01-12"
        let start = line.index(line.startIndex, offsetBy: 5)
        let end = line.index(start, offsetBy: 10)
        #expect(Day(line[start..<end]) == Fixture.day("2010-05-14"))
    }

    @Test(
        "refuses parts that do not name a real date",
        arguments: [
            (2026, 2, 29), (2026, 13, 1), (2026, 0, 1), (2026, 6, 31), (2026, 1, 0), (2026, 1, 32),
            (0, 1, 1), (10_000, 1, 1), (-1, 1, 1),
        ])
    func refusesInvalidParts(year: Int, month: Int, day: Int) {
        #expect(Day(year: year, month: month, day: day) == nil)
    }

    // MARK: - Description

    @Test(
        "description is YYYY-MM-DD, zero-padded, and parses back",
        arguments: [
            (2026, 11, 26, "2026-11-26"),
            (2024, 2, 29, "2024-02-29"),
            (1, 1, 1, "0001-01-01"),
            (999, 3, 7, "0999-03-07"),
            (9999, 12, 31, "9999-12-31"),
        ])
    func descriptionRoundTrip(year: Int, month: Int, day: Int, text: String) throws {
        let value = try #require(Day(year: year, month: month, day: day))
        #expect(value.description == text)
        #expect("\(value)" == text)
        #expect(Day(value.description) == value)
    }

    @Test("encodes as a YYYY-MM-DD string and refuses anything else when decoding")
    func codable() throws {
        let data = try JSONEncoder().encode([Fixture.day("2024-02-29")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [Fixture.day("2024-02-29")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Day].self, from: Data(#"["2026-02-29"]"#.utf8))
        }
    }

    // MARK: - Ordering

    @Test("orders by year, then month, then day")
    func ordering() {
        let texts = [
            "2026-11-26", "2025-12-31", "2026-01-01", "2026-11-25", "2026-02-01", "1999-12-31", "2026-10-31",
        ]
        let sorted = texts.map(Fixture.day).sorted()
        #expect(sorted.map(\.description) == texts.sorted())
        #expect(Fixture.day("2025-12-31") < Fixture.day("2026-01-01"))
        #expect(Fixture.day("2026-01-31") < Fixture.day("2026-02-01"))
        #expect(Fixture.day("2026-02-01") < Fixture.day("2026-02-02"))
        #expect(!(Fixture.day("2026-02-02") < Fixture.day("2026-02-02")))
        #expect(Fixture.day("2026-02-02") <= Fixture.day("2026-02-02"))
        #expect(Fixture.day("2026-12-01") > Fixture.day("2026-02-28"))
    }

    // MARK: - Ordinals and arithmetic

    @Test("ordinal counts days from 0000-03-01")
    func ordinalOrigin() {
        #expect(Day(ordinal: 0).description == "0000-03-01")
        // Five 400-year cycles of 146 097 days each.
        #expect(Fixture.day("2000-03-01").ordinal == 5 * 146_097)
        #expect(Fixture.day("2000-02-29").ordinal == 5 * 146_097 - 1)
        #expect(Fixture.day("0001-03-01").ordinal == 365)
    }

    @Test(
        "adding days crosses month, year and leap-day boundaries",
        arguments: [
            ("2024-02-28", 1, "2024-02-29"),
            ("2024-02-28", 2, "2024-03-01"),
            ("2026-02-28", 1, "2026-03-01"),
            ("2025-12-31", 1, "2026-01-01"),
            ("2026-01-01", -1, "2025-12-31"),
            ("2026-03-01", -1, "2026-02-28"),
            ("2026-11-26", 0, "2026-11-26"),
            ("2026-11-26", 365, "2027-11-26"),
            ("2027-11-26", 366, "2028-11-26"),
            ("1999-12-31", 3_654, "2010-01-01"),  // ten years, three of them leap
        ])
    func adding(start: String, days: Int, expected: String) {
        let from = Fixture.day(start)
        let to = from.adding(days: days)
        #expect(to == Fixture.day(expected))
        #expect(to.days(since: from) == days)
        #expect(from.days(since: to) == -days)
    }

    @Test("every ordinal from 0001-01-01 to 9999-12-31 round-trips and steps one real day at a time")
    func ordinalRoundTripWholeRange() throws {
        let first = try #require(Day(year: 1, month: 1, day: 1))
        let last = try #require(Day(year: 9999, month: 12, day: 31))
        var previous = Day(ordinal: first.ordinal - 1)
        var problems: [String] = []
        for ordinal in first.ordinal...last.ordinal {
            let day = Day(ordinal: ordinal)
            if day.ordinal != ordinal { problems.append("\(ordinal) -> \(day) -> \(day.ordinal)") }
            if Day(year: day.year, month: day.month, day: day.day) != day { problems.append("\(day) is not real") }
            if !(previous < day) { problems.append("\(previous) !< \(day)") }
            // A month ends exactly where the next day after it is not a real date.
            let monthEnded = day.month != previous.month
            let nextInSameMonth = Day(year: previous.year, month: previous.month, day: previous.day + 1)
            if ordinal > first.ordinal && monthEnded != (nextInSameMonth == nil) {
                problems.append("month length disagrees at \(previous) -> \(day)")
            }
            previous = day
            if problems.count > 10 { break }
        }
        #expect(problems.isEmpty, "\(problems)")
        #expect(previous == last)
        // 9999 years of 365.2425 days.
        #expect(last.days(since: first) + 1 == 9999 * 365 + 9999 / 4 - 9999 / 100 + 9999 / 400)
    }

    /// Foundation's Gregorian calendar in UTC is the reference: day number `n` after 1900-01-01
    /// according to Foundation must be the same day here, and every day's arithmetic must agree.
    @Test("agrees with Foundation's Gregorian calendar on every day from 1900-01-01 to 2100-12-31")
    func agreesWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let startDate = try #require(calendar.date(from: DateComponents(year: 1900, month: 1, day: 1)))
        let start = Fixture.day("1900-01-01")
        var problems: [String] = []
        var previous: Day?
        var count = 0
        while true {
            let date = startDate.addingTimeInterval(Double(count) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let (year, month, dayOfMonth) = (parts.year!, parts.month!, parts.day!)
            if year > 2100 { break }
            guard let day = Day(year: year, month: month, day: dayOfMonth) else {
                problems.append("\(year)-\(month)-\(dayOfMonth) refused")
                break
            }
            if day.days(since: start) != count { problems.append("\(day): \(day.days(since: start)) != \(count)") }
            if start.days(since: day) != -count { problems.append("\(day): negative difference") }
            if Day(ordinal: day.ordinal) != day { problems.append("\(day): ordinal round trip") }
            if start.adding(days: count) != day { problems.append("\(day): adding \(count)") }
            if Day(day.description) != day { problems.append("\(day): description round trip") }
            if let previous {
                if !(previous < day) { problems.append("\(previous) !< \(day)") }
                if day.days(since: previous) != 1 { problems.append("\(previous) to \(day) is not one day") }
            }
            previous = day
            count += 1
            if problems.count > 10 { break }
        }
        #expect(problems.isEmpty, "\(problems)")
        // 201 years, 49 of them leap (1900 and 2100 are not; 2000 is).
        #expect(count == 201 * 365 + 49)
        #expect(previous == Fixture.day("2100-12-31"))
    }

    @Test("knows how many days each month has, as Foundation does, from 1900 to 2100")
    func monthLengthsAgreeWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var problems: [String] = []
        for year in 1900...2100 {
            for month in 1...12 {
                let first = try #require(calendar.date(from: DateComponents(year: year, month: month, day: 1)))
                let length = try #require(calendar.range(of: .day, in: .month, for: first)).count
                let accepted = (0...32).filter { Day(year: year, month: month, day: $0) != nil }
                if accepted != Array(1...length) { problems.append("\(year)-\(month): \(accepted.count) != \(length)") }
            }
        }
        #expect(problems.isEmpty, "\(problems)")
    }

    // MARK: - Age

    @Test(
        "counts whole years as an age is counted",
        arguments: [
            // The day before, on, and after a birthday.
            ("2010-11-26", "2026-11-25", 15),
            ("2010-11-26", "2026-11-26", 16),
            ("2010-11-26", "2026-11-27", 16),
            ("2010-11-26", "2010-11-26", 0),
            ("2010-11-26", "2011-11-25", 0),
            ("2010-12-31", "2011-01-01", 0),
            ("2010-12-31", "2011-12-31", 1),
            ("2010-01-01", "2010-12-31", 0),
            // Born on 29 February: in a common year the birthday is reached on 1 March.
            ("2008-02-29", "2009-02-28", 0),
            ("2008-02-29", "2009-03-01", 1),
            ("2008-02-29", "2026-02-28", 17),
            ("2008-02-29", "2026-03-01", 18),
            ("2008-02-29", "2028-02-28", 19),
            ("2008-02-29", "2028-02-29", 20),
            ("2008-02-29", "2028-03-01", 20),
            // Born on 28 February or 1 March, around a leap day.
            ("2008-02-28", "2024-02-28", 16),
            ("2008-02-28", "2024-02-27", 15),
            ("2008-03-01", "2024-02-29", 15),
            ("2008-03-01", "2024-03-01", 16),
        ])
    func age(birth: String, on day: String, expected: Int) {
        #expect(Fixture.day(day).years(since: Fixture.day(birth)) == expected)
        var youngPerson = Fixture.youngPerson()
        youngPerson.dateOfBirth = Fixture.day(birth)
        #expect(youngPerson.age(on: Fixture.day(day)) == expected)
    }

    /// An age counted the long way: each anniversary reached, with 29 February falling on 1 March
    /// in a common year.
    private static func referenceAge(birth: Day, on day: Day) -> Int {
        guard birth.year < day.year else { return 0 }
        var age = 0
        for year in (birth.year + 1)...day.year {
            let anniversary =
                Day(year: year, month: birth.month, day: birth.day) ?? Day(year: year, month: 3, day: 1)!
            if anniversary <= day { age += 1 }
        }
        return age
    }

    @Test("agrees with counting anniversaries one by one for every birthday in a leap-year cycle")
    func ageAgreesWithReference() {
        let births = (0..<(4 * 366)).map { Fixture.day("2007-01-01").adding(days: $0) }
        let checkDays = (0..<(3 * 366)).map { Fixture.day("2024-01-01").adding(days: $0 * 3) }
        var problems: [String] = []
        for birth in births {
            for day in checkDays where birth <= day {
                let expected = DayTests.referenceAge(birth: birth, on: day)
                if day.years(since: birth) != expected {
                    problems.append("born \(birth), on \(day): \(day.years(since: birth)) != \(expected)")
                }
            }
            if problems.count > 10 { break }
        }
        #expect(problems.isEmpty, "\(problems)")
    }
}
