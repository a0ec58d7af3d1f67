import Testing

@testable import LifelinksInterchange

/// GEDCOM dates to ISO partial dates and back.
@Suite("GEDCOM dates: plain Gregorian dates become ISO partial dates")
struct GEDCOMDateTests {
    @Test(
        "Plain and qualified Gregorian dates convert",
        arguments: [
            ("2 MAR 1950", "1950-03-02"), ("MAR 1950", "1950-03"), ("1950", "1950"), ("abt 1950", "1950"),
            ("EST 12 Dec 1890", "1890-12-12"), ("CAL 1700", "1700"), ("BEF 1 JAN 2000", "2000-01-01"),
            ("AFT  JUN 1944", "1944-06"), ("@#DGREGORIAN@ 5 MAY 1805", "1805-05-05"), ("GREGORIAN 1805", "1805"),
            ("800", "0800"), ("29 FEB 2000", "2000-02-29"), ("15 JAN 1749/50", "1750-01-15"), ("1699/00", "1700"),
            (" 07 APR 1911 ", "1911-04-07"),
        ])
    func converts(text: String, iso: String) {
        #expect(GedcomDate.isoPartial(text) == iso)
    }

    @Test(
        "Ranges, periods, phrases, other calendars and impossible dates do not",
        arguments: [
            "BET 1900 AND 1910", "FROM 1900 TO 1910", "INT 1950 (about then)", "(unknown)", "@#DJULIAN@ 1 JAN 1700",
            "JULIAN 1 JAN 1700", "@#DHEBREW@ 1 TSH 5700", "44 BCE", "1950 B.C.", "30 FEB 1950", "29 FEB 1900",
            "32 JAN 1950", "1 FOO 1950", "0", "12345", "", "ABT", "1 2 MAR 1950", "TO 1950", "1749/5",
        ])
    func refuses(text: String) {
        #expect(GedcomDate.isoPartial(text) == nil)
    }

    @Test("ISO partial dates become GEDCOM dates")
    func toGedcom() {
        #expect(GedcomDate.gedcom(fromISO: "1950-03-02") == "2 MAR 1950")
        #expect(GedcomDate.gedcom(fromISO: "1950-03") == "MAR 1950")
        #expect(GedcomDate.gedcom(fromISO: "1950") == "1950")
        #expect(GedcomDate.gedcom(fromISO: "0800") == "800")
        #expect(GedcomDate.gedcom(fromISO: "1950-13") == nil)
        #expect(GedcomDate.gedcom(fromISO: "1950-02-30") == nil)
        #expect(GedcomDate.gedcom(fromISO: "50-01-01") == nil)
        #expect(GedcomDate.gedcom(fromISO: "soon") == nil)
    }

    @Test("Later-than compares at the precision both dates share")
    func ordering() {
        #expect(GedcomDate.isAfter("1914-07-04", "1912-05-02"))
        #expect(GedcomDate.isAfter("1914", "1912-05-02"))
        #expect(!GedcomDate.isAfter("1912", "1912-05-02"))
        #expect(!GedcomDate.isAfter("1911-04-01", "1912"))
    }
}
