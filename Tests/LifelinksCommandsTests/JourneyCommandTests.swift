import Foundation
import Testing

@Suite("The journey through the command line", .serialized)
struct JourneyCommandTests {
    static let cases = """
        case,name,date_of_birth,status,referral_date,consent_date,agreed_date,fgc_date,plan_agreed_date,next_review_date
        J-1,Journey Test,2009-05-01,in-care,2026-01-10,2026-01-20,2026-01-20,2026-04-01,2026-04-10,2026-10-01
        J-2,No Consent,2009-05-01,in-care,2026-01-10,,,,,
        J-3,Withdrawn,2009-05-01,in-care,2026-01-10,2026-01-20,2026-01-20,,,

        """

    static let connections = """
        case,id,name,category,side,safety,wishes,stage,stage_date
        J-1,nan,Test Nan,family,maternal,safe,wants-contact,located,2026-01-15
        J-1,dad,Test Dad,family,paternal,unsafe,unsure,identified,2026-01-10
        J-2,aunt,Test Aunt,family,maternal,safe,wants-contact,located,2026-01-15
        J-3,friend,Test Friend,friend,,safe,wants-contact,located,2026-01-15

        """

    func prepared() throws -> CLI {
        let cli = try CLI()
        try Data(Self.cases.utf8).write(to: URL(fileURLWithPath: cli.path("cases.csv")))
        try Data(Self.connections.utf8).write(to: URL(fileURLWithPath: cli.path("connections.csv")))
        let result = try cli.run(["import", cli.folder.path])
        #expect(result.status == 0, "\(result.errors)")
        return cli
    }

    func refused(_ cli: CLI, _ arguments: [String], rule: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let result = try cli.run(arguments)
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.errors.contains("Refused (\(rule))"), "\(result.errors)", sourceLocation: sourceLocation)
    }

    @Test("Every gate refuses in a sentence, names its rule, and changes nothing")
    func gates() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let before = try cli.run(["history", "J-1", "--json"]).output
        try refused(cli, ["set-stage", "J-1", "dad", "contacted", "--date", "2026-02-01"], rule: "unsafe")
        try refused(cli, ["set-stage", "J-2", "aunt", "contacted", "--date", "2026-02-01"], rule: "consent-required")
        try refused(cli, ["set-stage", "J-1", "nan", "searching", "--date", "2026-02-01"], rule: "forward-only")
        try refused(
            cli, ["set-stage", "J-1", "nan", "searching", "--correct", "--date", "2026-02-01"],
            rule: "correction-reason")
        try refused(
            cli, ["set-stage", "J-1", "nan", "contacted", "--date", "2025-12-01"], rule: "date-before-referral")
        #expect(try cli.run(["history", "J-1", "--json"]).output == before)

        #expect(try cli.run(["update-connection", "J-1", "nan", "--wishes", "no-contact"]).status == 0)
        try refused(cli, ["set-stage", "J-1", "nan", "contacted", "--date", "2026-02-01"], rule: "young-person-wishes")
        #expect(try cli.run(["update-connection", "J-1", "nan", "--wishes", "wants-contact"]).status == 0)
        let moved = try cli.run([
            "set-stage", "J-1", "nan", "contacted", "--date", "2026-02-01", "--by", "Sam Coordinator",
        ])
        #expect(moved.status == 0, "\(moved.errors)")
        let corrected = try cli.run([
            "set-stage", "J-1", "nan", "located", "--correct", "--reason", "Recorded on the wrong person", "--date",
            "2026-02-02",
        ])
        #expect(corrected.status == 0, "\(corrected.errors)")
        let history = try cli.run(["history", "J-1", "nan"]).output
        #expect(history.contains("Sam Coordinator"))
        #expect(history.contains("corrected to located"))
        #expect(history.contains("Recorded on the wrong person"))
    }

    @Test("A withdrawn case only closes")
    func withdrawn() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let withdrawnCases = """
            case,name,date_of_birth,status,referral_date,consent_date,agreed_date,withdrawn_date
            J-3,Withdrawn,2009-05-01,in-care,2026-01-10,2026-01-20,2026-01-20,2026-03-01

            """
        try Data(withdrawnCases.utf8).write(to: URL(fileURLWithPath: cli.path("cases.csv")))
        #expect(try cli.run(["import", cli.path("cases.csv")]).status == 0)
        try refused(
            cli, ["set-stage", "J-3", "friend", "contacted", "--date", "2026-02-01"], rule: "consent-withdrawn")
        #expect(try cli.run(["set-stage", "J-3", "friend", "declined", "--date", "2026-03-02"]).status == 0)
    }

    @Test("An imported history that breaks the rules is refused with its line, or kept as a critical gap when accepted")
    func historyImport() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let history = """
            case,connection,date,type,stage,by,note
            J-1,nan,2026-01-11,stage,identified,Coordinator,
            J-1,nan,2026-01-15,stage,contacted,Coordinator,Rang before consent
            J-1,nan,2026-01-16,call,,Coordinator,Long chat
            J-1,nan,2026-03-01,visit,,Coordinator,

            """
        let file = cli.path("history.csv")
        try Data(history.utf8).write(to: URL(fileURLWithPath: file))
        let before = try cli.run(["history", "J-1", "--json"]).output
        let refusedImport = try cli.run(["import", file])
        #expect(refusedImport.status != 0)
        #expect(refusedImport.errors.contains("history.csv:3: column stage: No one can be contacted until"))
        #expect(refusedImport.errors.contains("--accept-history"))
        #expect(try cli.run(["history", "J-1", "--json"]).output == before)

        let accepted = try cli.run(["import", file, "--accept-history"])
        #expect(accepted.status == 0, "\(accepted.errors)")
        let gaps = try cli.run(["gaps", "J-1", "--json", "--as-of", "2026-06-01"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(gaps.output.utf8)) as? [[String: Any]])
        let consent = list.first { $0["code"] as? String == "contact-without-consent" }
        #expect(consent?["severity"] as? String == "critical")
        #expect(consent?["connection"] as? String == "nan")
        #expect(consent?["case"] as? String == "J-1")
        #expect((consent?["message"] as? String)?.isEmpty == false)
        let failing = try cli.run(["gaps", "--fail-on", "critical", "--as-of", "2026-06-01"])
        #expect(failing.status == 3)
        #expect(try cli.run(["gaps", "J-2", "--fail-on", "critical", "--as-of", "2026-06-01"]).status == 0)

        // Importing the same history again adds nothing.
        let after = try cli.run(["history", "J-1", "--json"]).output
        #expect(try cli.run(["import", file, "--accept-history"]).status == 0)
        #expect(try cli.run(["history", "J-1", "--json"]).output == after)
        #expect(after.contains("Long chat"))
    }

    @Test("log, progress, responsibilities and the ecomap's new views work from the command line")
    func analyticsCommands() throws {
        let cli = try prepared()
        defer { cli.remove() }
        #expect(
            try cli.run(["log", "J-1", "nan", "attempt", "--date", "2026-01-16", "--note", "Letter sent"]).status == 0)
        #expect(try cli.run(["log", "J-1", "ghost", "call"]).errors.contains("no connection with id ghost"))
        let progress = try cli.run(["progress", "J-1", "--json", "--as-of", "2026-02-01"])
        let single = try #require(try JSONSerialization.jsonObject(with: Data(progress.output.utf8)) as? [String: Any])
        #expect(single["days_since_referral"] as? Int == 22)
        let caseload = try cli.run(["progress", "--json", "--as-of", "2026-02-01"])
        let funnel = try #require(try JSONSerialization.jsonObject(with: Data(caseload.output.utf8)) as? [String: Any])
        #expect(funnel["cases"] as? Int == 3)
        #expect(try cli.run(["responsibilities", "--json"]).status == 0)
        #expect(try cli.run(["progress"]).output.contains("Stage reached"))

        let pair = cli.path("pair.svg")
        let drawn = try cli.run([
            "ecomap", "J-1", "--pair", "--highlight", "gaps", "--as-of", "2026-02-01", "--out", pair,
        ])
        #expect(drawn.status == 0, "\(drawn.errors)")
        let svg = try String(contentsOfFile: pair, encoding: .utf8)
        #expect(svg.contains("At referral, 2026&#45;01&#45;10"))
        let family = try cli.run(["ecomap", "J-1", "--audience", "family", "--highlight", "gaps"])
        #expect(family.status != 0)
        #expect(family.errors.contains("professionals"))
    }
}
