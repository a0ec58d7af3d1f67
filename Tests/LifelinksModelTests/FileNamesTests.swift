import Testing

@testable import LifelinksModel

@Suite("Safe file names")
struct FileNamesTests {
    @Test("only letters, digits, dashes and underscores survive (and dots, when asked)")
    func safe() {
        #expect(FileNames.safe("LL-2026_071") == "LL-2026_071")
        #expect(FileNames.safe("../etc/passwd") == "___etc_passwd")
        #expect(FileNames.safe("a b;c$(d)") == "a_b_c__d_")
        #expect(FileNames.safe("cases.csv", dots: true) == "cases.csv")
        #expect(FileNames.safe("Zoë-Ōkubo") == "Zoë-Ōkubo")
    }
}
