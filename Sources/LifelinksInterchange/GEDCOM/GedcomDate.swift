/// GEDCOM dates to and from the ISO partial dates the model keeps ("1950", "1950-03", "1950-03-02").
///
/// Only plain Gregorian dates convert: `[ABT|EST|CAL|BEF|AFT] [[DAY] MONTH] YEAR`, with GEDCOM 5.5.1's
/// `@#DGREGORIAN@` or 7.0's `GREGORIAN` allowed in front. Ranges, periods, phrases, other calendars and
/// dates before the common era give nil: an ISO date would claim more than the text says.
enum GedcomDate {
    static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    static func isoPartial(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { isoPartial(bytes: $0) }
    }

    /// The same, on bytes: dates are parsed for every person, so no words are made into Strings.
    static func isoPartial(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var words: [Range<Int>] = []
        words.reserveCapacity(6)
        var index = 0
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            let start = index
            while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
            if index > start { words.append(start..<index) }
        }
        func word(_ range: Range<Int>, is expected: String) -> Bool {
            range.count == expected.utf8.count
                && zip(range, expected.utf8).allSatisfy { GedcomText.uppercase(bytes[$0]) == $1 }
        }
        if let first = words.first, word(first, is: "@#DGREGORIAN@") || word(first, is: "GREGORIAN") {
            words.removeFirst()
        }
        if let first = words.first, ["ABT", "EST", "CAL", "BEF", "AFT"].contains(where: { word(first, is: $0) }) {
            words.removeFirst()
        }
        guard (1...3).contains(words.count), let year = year(bytes, words[words.count - 1]) else { return nil }
        var month: Int?
        var day: Int?
        if words.count >= 2 {
            guard let index = months.firstIndex(where: { word(words[words.count - 2], is: $0) }) else { return nil }
            month = index + 1
        }
        if words.count == 3 {
            guard let month, let value = number(bytes, words[0], digits: 1...2),
                (1...days(in: month, of: year)).contains(value)
            else { return nil }
            day = value
        }
        var iso = pad(year, 4)
        if let month { iso += "-" + pad(month, 2) }
        if let day { iso += "-" + pad(day, 2) }
        return iso
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// A run of ASCII digits of an allowed length, as a number.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, digits: ClosedRange<Int>)
        -> Int?
    {
        guard digits.contains(range.count) else { return nil }
        var value = 0
        for index in range {
            guard bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
        }
        return value
    }

    /// A year of one to four digits, or a dual year ("1749/50"), read as the new-style year (1750).
    private static func year(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let slash = range.first(where: { bytes[$0] == 0x2F }) else {
            return number(bytes, range, digits: 1...4).flatMap { $0 > 0 ? $0 : nil }
        }
        guard let year = number(bytes, range.lowerBound..<slash, digits: 1...4), year > 0,
            let tail = number(bytes, slash + 1..<range.upperBound, digits: 2...2)
        else { return nil }
        let candidate = year / 100 * 100 + tail
        return candidate > year ? candidate : candidate + 100
    }

    /// A GEDCOM date for an ISO partial date: "1950-03-02" → "2 MAR 1950"; nil when `iso` is not one.
    static func gedcom(fromISO iso: String) -> String? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year > 0 else { return nil }
        guard parts.count > 1 else { return String(year) }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        let monthYear = "\(months[month - 1]) \(year)"
        guard parts.count > 2 else { return monthYear }
        guard parts[2].count == 2, let day = Int(parts[2]), (1...days(in: month, of: year)).contains(day) else {
            return nil
        }
        return "\(day) \(monthYear)"
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `later` is after `earlier` at the precision both share ("1914-07" after "1912"; "1912" not after
    /// "1912-05-02").
    static func isAfter(_ later: String, _ earlier: String) -> Bool {
        let shared = min(later.count, earlier.count)
        return later.prefix(shared) > earlier.prefix(shared)
    }
}
