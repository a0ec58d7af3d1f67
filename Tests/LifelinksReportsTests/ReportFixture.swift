import Foundation
import LifelinksModel

/// An invented case for the report tests: a kept nan, a cousin with a hostile name, a foster carer
/// whose name is right-to-left text, and an uncle the family must never see.
enum ReportFixture {
    static func day(_ text: String) -> Day { Day(text)! }

    static let today = day("2026-11-26")
    static let hostileName = "\"]; <script>alert('x')</script> & {label=\"bad\"}"
    static let rightToLeftName = "مريم حداد"
    static let hebrewWords = "סבתא שלי"
    static let emojiName = "Jo 🌟 Bright"
    static let withheldName = "Victor Hallorann"
    static let withheldPhone = "07700 900999"
    static let nanPhone = "07700 900123; 4 Larch Close"
    static let note = "Private note: call after school only"

    static var network: CaseNetwork {
        let youngPerson = YoungPersonCase(
            reference: "LL-TEST-001", name: "Tamsin Rowe", preferredName: "Tam", dateOfBirth: day("2010-05-14"),
            status: .inCare, socialWorker: "Helen Test", coordinator: "Sam Test", referralDate: day("2026-01-12"),
            consent: Consent(parentalResponsibility: day("2026-01-20"), youngPerson: day("2026-01-22")),
            conferenceDate: day("2026-06-01"), planAgreedDate: day("2026-06-10"), nextReviewDate: day("2027-01-10"))
        let connections = [
            Connection(
                id: "nan", name: "Patricia Quill", relationship: "my nan", category: .family, side: .maternal,
                foundVia: .youngPerson, wishes: .wantsContact, safety: .safe, closeness: .strong,
                supportFlow: .toYoungPerson, stage: .committed, stageDate: day("2026-06-10"), notes: note,
                born: "1950-02-03", contact: nanPhone),
            Connection(
                id: "cousin", name: hostileName, relationship: hebrewWords, category: .family, side: .paternal,
                wishes: .wantsContact, safety: .conditional, closeness: .moderate, stage: .attended,
                stageDate: day("2026-06-01")),
            Connection(
                id: "carer", name: rightToLeftName, relationship: "foster carer " + emojiName,
                category: .formerCarer, wishes: .wantsContact, safety: .safe, closeness: .tenuous,
                stage: .contacted, stageDate: day("2026-03-01")),
            Connection(
                id: "uncle", name: withheldName, relationship: "uncle", category: .family, side: .paternal,
                wishes: .unsure, safety: .unsafe, closeness: .stressful, stage: .doNotContact,
                stageDate: day("2026-02-01"), notes: "Risk to Tam: see strategy meeting", contact: withheldPhone),
        ]
        let history = [
            StageChange(
                connection: "uncle", stage: .doNotContact, date: day("2026-02-01"), recordedBy: "Sam Test",
                reason: "Risk assessed"),
            StageChange(connection: "carer", stage: .contacted, date: day("2026-03-01"), recordedBy: "Sam Test"),
            StageChange(connection: "nan", stage: .attended, date: day("2026-06-01"), recordedBy: "Sam Test"),
            StageChange(connection: "cousin", stage: .attended, date: day("2026-06-01"), recordedBy: "Sam Test"),
            StageChange(connection: "nan", stage: .committed, date: day("2026-06-10"), recordedBy: "Sam Test"),
        ]

        return CaseNetwork(
            youngPerson: youngPerson, connections: connections,
            commitments: [
                Commitment(
                    connection: "nan", support: .regularContact, what: "Tea on Sundays", frequency: .weekly,
                    responsible: .connection("nan"), startDate: day("2026-06-10")),
                Commitment(
                    connection: "cousin", support: .emotional, what: "Messages <b>often</b>", frequency: nil,
                    responsible: .connection("uncle"), startDate: day("2026-06-10")),
            ],
            history: history,
            events: [
                Event(connection: "nan", date: day("2026-10-01"), kind: .visit, recordedBy: "Sam Test", note: note)
            ],
            reviews: [
                CommitmentReview(
                    date: day("2026-10-15"), connection: "nan", outcome: .kept, recordedBy: "IRO",
                    note: "Going well"),
                CommitmentReview(
                    date: day("2026-10-15"), connection: "cousin", outcome: .partlyKept, recordedBy: "IRO",
                    note: "Fewer messages over summer"),
            ])
    }

    /// Text and PDF helpers for checking what a report says.
    static func pdfText(_ bytes: [UInt8]) throws -> String? {
        guard
            let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-raw", "-enc", "UTF-8", file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

extension String {
    /// The text with every space, tab, line break and bidirectional mark taken out, so neither wrapping
    /// nor the marks a PDF reader adds around right-to-left letters can hide a match.
    var withoutWhitespace: String {
        String(
            String.UnicodeScalarView(
                unicodeScalars.filter { scalar in
                    !scalar.properties.isWhitespace && !(0x200E...0x200F).contains(scalar.value)
                        && !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value)
                }))
    }

}
