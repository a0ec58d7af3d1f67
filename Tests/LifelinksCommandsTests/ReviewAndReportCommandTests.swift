import Foundation
import Testing

@Suite("Reviews and reports through the command line", .serialized)
struct ReviewAndReportCommandTests {
    let samples = CLI.repositoryRoot.appendingPathComponent("Samples").path

    func imported() throws -> CLI {
        let cli = try CLI()
        let result = try cli.run(["import", samples])
        #expect(result.status == 0, "\(result.errors)")
        return cli
    }

    /// reviews.csv as `export` writes it, to show that a refused command changed nothing.
    func reviews(_ cli: CLI) throws -> String {
        let folder = cli.path("export-\(UUID().uuidString)")
        #expect(try cli.run(["export", folder]).status == 0)
        return try String(contentsOfFile: folder + "/reviews.csv", encoding: .utf8)
    }

    @Test("a review records each outcome and the next review date, and comes back out in reviews.csv")
    func recordsAReview() throws {
        let cli = try imported()
        defer { cli.remove() }
        let before = try reviews(cli)
        #expect(before.split(separator: "\n").count == 8)  // the header and Sana's seven outcomes
        let result = try cli.run([
            "review", "LL-2026-024", "--date", "2026-11-20", "--outcome", "nan-maureen=kept", "--outcome",
            "zofia=Partly-Kept", "--note", "zofia=Two dinners missed", "--next-review", "2027-05-20", "--by",
            "IRO Test",
        ])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("2 outcomes; next review 2027-05-20"))
        let after = try reviews(cli)
        #expect(after.contains("LL-2026-024,nan-maureen,2026-11-20,kept,IRO Test,\n"))
        #expect(after.contains("LL-2026-024,zofia,2026-11-20,partly-kept,IRO Test,Two dinners missed\n"))
        let show = try cli.run(["show", "LL-2026-024"])
        #expect(show.output.contains("2027-05-20"), "\(show.output.prefix(400))")
    }

    @Test(
        "a review that cannot stand is refused with a reason and changes nothing",
        arguments: [
            (["LL-2026-024", "--date", "2026-11-20", "--outcome", "nobody=kept"], "no connection with id nobody"),
            (["LL-2026-024", "--date", "2026-11-20", "--outcome", "grandad-winston=kept"], "has no commitment"),
            (["LL-2026-024", "--date", "2026-11-20", "--outcome", "zofia=maybe"], "unknown outcome"),
            (["LL-2026-024", "--date", "2026-11-20", "--outcome", "zofia"], "CONNECTION=VALUE"),
            (["LL-2026-024", "--date", "2026-11-20"], "at least one --outcome"),
            (["LL-2026-071", "--date", "2026-11-20", "--outcome", "bernie=kept"], "no FGC on or before"),
            (["LL-2026-024", "--date", "2026-10-01", "--outcome", "zofia=kept"], "no FGC on or before"),
            (
                ["LL-2026-024", "--date", "2026-11-20", "--outcome", "zofia=kept", "--next-review", "2026-11-01"],
                "must come after"
            ),
            (
                ["LL-2026-024", "--date", "2026-11-20", "--outcome", "zofia=kept", "--outcome", "zofia=not-kept"],
                "two outcomes"
            ),
            (["LL-2025-058", "--date", "2026-08-12", "--outcome", "denise=kept"], "already recorded"),
            (
                ["LL-2026-024", "--date", "2026-11-20", "--outcome", "zofia=kept", "--note", "denise=x"],
                "--outcome too"
            ),
            (["NO-SUCH-CASE", "--date", "2026-11-20", "--outcome", "zofia=kept"], "there is no case"),
        ])
    func refusals(arguments: [String], message: String) throws {
        let cli = try imported()
        defer { cli.remove() }
        let before = try reviews(cli)
        let result = try cli.run(["review"] + arguments)
        #expect(result.status != 0)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(try reviews(cli) == before)
    }

    @Test("reviews.csv with a bad outcome or an unknown connection is refused, naming file, line and column")
    func badReviewsFile() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let folder = cli.path("bad")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["cases.csv", "connections.csv", "commitments.csv"] {
            try FileManager.default.copyItem(atPath: samples + "/" + name, toPath: folder + "/" + name)
        }
        try """
        case,connection,date,outcome,by,note
        LL-2025-058,nan-carol,2026-08-12,kept,,
        LL-2025-058,nan-carol,2026-08-12,kept-ish,,
        LL-2025-058,nobody,2026-08-12,kept,,
        LL-2025-058,denise,12/08/2026,kept,,
        LL-2025-058,denise,2026-08-12,not-kept,,
        LL-2025-058,denise,2026-08-12,kept,,

        """.write(toFile: folder + "/reviews.csv", atomically: true, encoding: .utf8)
        let result = try cli.run(["import", folder])
        #expect(result.status != 0)
        for expected in [
            "reviews.csv:3: column outcome", "reviews.csv:4: column connection", "reviews.csv:5: column date",
            "reviews.csv:7: column connection",
        ] {
            #expect(result.errors.contains(expected), "\(expected) in \(result.errors)")
        }
        let cases = try cli.run(["cases"])
        #expect(!cases.output.contains("LL-2025-058"), "an import with a problem writes nothing")
    }

    @Test("report writes HTML and PDF for the audience asked for, and refuses what makes no sense")
    func report() throws {
        let cli = try imported()
        defer { cli.remove() }
        let out = cli.path("out")
        let plan = try cli.run([
            "report", "plan", "LL-2026-024", "--audience", "family", "--as-of", "2026-11-26", "--out", out,
        ])
        #expect(plan.status == 0, "\(plan.errors)")
        let html = try String(contentsOfFile: out + "/LL-2026-024-plan-family.html", encoding: .utf8)
        #expect(html.contains("<h1>Lifelong Links plan for Kai</h1>"))
        #expect(html.contains("For: The family · Made 2026-11-26"))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: out + "/LL-2026-024-plan-family.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        // Nothing about the case goes to the terminal: only where the files went.
        #expect(!plan.output.contains("Kai") && !plan.output.contains("Maureen"))

        let cohort = try cli.run(["report", "cohort", "--format", "html", "--out", out, "--as-of", "2026-11-26"])
        #expect(cohort.status == 0, "\(cohort.errors)")
        #expect(FileManager.default.fileExists(atPath: out + "/cohort-professional.html"))
        #expect(!FileManager.default.fileExists(atPath: out + "/cohort-professional.pdf"))

        for (arguments, message) in [
            (["report", "plan"], "give its reference"),
            (["report", "team", "LL-2026-024"], "leave out the case reference"),
            (["report", "plan", "NO-SUCH-CASE"], "NO-SUCH-CASE"),
            (["report", "plan", "LL-2026-024", "--audience", "aunt"], "aunt"),
            (["report", "plan", "LL-2026-024", "--format", "docx"], "docx"),
        ] {
            let result = try cli.run(arguments + ["--out", cli.path("refused")])
            #expect(result.status != 0, "\(arguments)")
            #expect(result.errors.contains(message), "\(arguments): \(result.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.path("refused")))
    }
}
