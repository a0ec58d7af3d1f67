import Foundation
import Testing

@Suite("The lifelinks command line", .serialized)
struct CommandLineTests {
    let samples = CLI.repositoryRoot.appendingPathComponent("Samples").path

    @Test("A coordinator's round: import, list, show, add, move on, draw, export")
    func coordinatorsRound() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["init"]).status == 0)
        let imported = try cli.run(["import", samples])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Imported 3 cases"))
        #expect(imported.errors.isEmpty, "no progress output when not on a terminal")

        let cases = try cli.run(["cases", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(cases.output.utf8)) as? [[String: Any]])
        #expect(list.count == 3)
        let reference = try #require(list.first { ($0["connections"] as? Int ?? 0) >= 26 }?["case"] as? String)

        let shown = try cli.run(["show", reference, "--json"])
        let network = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        #expect((network["connections"] as? [Any])?.count == 26)
        #expect(try cli.run(["show", reference]).output.contains("Committed in the plan ("))

        let added = try cli.run([
            "add-connection", reference, "--id", "new-aunt", "--name", "New Aunt", "--category", "family", "--side",
            "paternal", "--date", "2026-11-20",
        ])
        #expect(added.status == 0, "\(added.errors)")
        let refused = try cli.run(["set-stage", reference, "new-aunt", "contacted", "--date", "2026-11-21"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("Refused (safety-assessment-required)"))
        #expect(try cli.run(["set-stage", reference, "new-aunt", "searching", "--date", "2026-11-21"]).status == 0)
        #expect(
            try cli.run(["set-stage", reference, "nobody", "searching"]).errors.contains("no connection with id nobody")
        )
        #expect(try cli.run(["set-stage", "NO-SUCH-CASE", "x", "searching"]).status != 0)

        for format in ["svg", "png", "pdf", "dot"] {
            let out = cli.path("map.\(format)")
            let drawn = try cli.run(["ecomap", reference, "--format", format, "--audience", "family", "--out", out])
            #expect(drawn.status == 0, "\(drawn.errors)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)).count > 1000)
        }
        let exported = try cli.run(["export", cli.path("out")])
        #expect(exported.status == 0)
        let exportedText = try String(contentsOfFile: cli.path("out/connections.csv"), encoding: .utf8)
        #expect(exportedText.contains("new-aunt,New Aunt"))
    }

    @Test("A bad file is refused with FILE:LINE: column NAME, a non-zero exit, and no change")
    func badImport() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["import", samples]).status == 0)
        let before = try cli.run(["cases", "--json"]).output
        let bad = cli.path("connections.csv")
        try Data("case,id,name,category\nLL-2026-024,x,Someone,family\nLL-2026-024,y,Other,cousin\n".utf8).write(
            to: URL(fileURLWithPath: bad))
        let result = try cli.run(["import", bad])
        #expect(result.status != 0)
        #expect(result.errors.contains("connections.csv:3: column category: unknown value \"cousin\""))
        #expect(result.errors.contains("Nothing was imported"))
        #expect(!result.errors.contains("Someone"))
        #expect(try cli.run(["cases", "--json"]).output == before)
    }

    @Test("Killing a real import part-way leaves the database as it was")
    func killedImport() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["import", samples]).status == 0)
        let before = try cli.run(["cases", "--json"]).output
        let generated = try cli.run(
            ["generate", "--cases", "3000", "--seed", "11", cli.path("cohort")], database: false)
        #expect(generated.status == 0)
        var killedOnce = false
        for delay in [0.4, 0.8, 1.5] {
            let result = try cli.run(["import", cli.path("cohort")], killAfter: delay)
            if result.killed { killedOnce = true }
            #expect(try cli.run(["cases", "--json"]).output == before, "after a kill at \(delay) s")
        }
        #expect(killedOnce, "at least one import was still running when killed")
    }

    @Test("generate is repeatable for a seed and different across seeds")
    func generateIsSeeded() throws {
        let cli = try CLI()
        defer { cli.remove() }
        for (name, seed) in [("a", "5"), ("b", "5"), ("c", "6")] {
            #expect(
                try cli.run(["generate", "--cases", "40", "--seed", seed, cli.path(name)], database: false).status == 0)
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: cli.path("a/connections.csv")))
        let b = try Data(contentsOf: URL(fileURLWithPath: cli.path("b/connections.csv")))
        let c = try Data(contentsOf: URL(fileURLWithPath: cli.path("c/connections.csv")))
        #expect(a == b)
        #expect(a != c)
        let imported = try cli.run(["import", cli.path("a")])
        #expect(imported.status == 0, "\(imported.errors.prefix(500))")
        #expect(imported.output.contains("Imported 40 cases"))
    }

    @Test("demo writes every sample's ecomaps, gaps and progress into the reports folder, as committed")
    func demo() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["demo", "--samples", samples, "--reports", cli.path("Reports")], database: false)
        #expect(result.status == 0, "\(result.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: cli.path("Reports"))
        // Per case: ecomap and genogram × 4 audiences × 4 formats, the plan and review reports × 4 audiences ×
        // HTML and PDF, the gaps map, the pair, gaps as text and JSON, progress; 2 caseload files; and the team
        // and cohort reports × 4 audiences × HTML and PDF.
        #expect(files.count == 3 * (2 * 4 * 4 + 2 * 4 * 2 + 5) + 2 + 2 * 4 * 2)

        let committed = CLI.repositoryRoot.appendingPathComponent("Reports")
        for file in files where !file.hasSuffix(".pdf") {
            let made = try Data(contentsOf: URL(fileURLWithPath: cli.path("Reports/\(file)")))
            let kept = try? Data(contentsOf: committed.appendingPathComponent(file))
            #expect(made == kept, "Reports/\(file) is not what demo makes")
        }
    }

    @Test("Unknown options and values get one clear message and a non-zero exit")
    func badArguments() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["ecomap", "X", "--format", "gif"])
        #expect(result.status != 0)
        #expect(result.errors.contains("gif"))
        let help = try cli.run(["--help"], database: false)
        for command in [
            "init", "import", "export", "restore", "cases", "show", "add-connection", "set-stage", "ecomap", "review",
            "report", "generate", "demo",
        ] {
            #expect(help.output.contains("  \(command)"), "help lists \(command)")
        }
    }
}
