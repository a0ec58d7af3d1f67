import Foundation
import Testing

@Suite("Family trees, kinship and genograms through the command line", .serialized)
struct FamilyCommandTests {
    let samples = CLI.repositoryRoot.appendingPathComponent("Samples").path
    var tree: String { samples + "/LL-2026-071-genealogy.ged" }

    func prepared() throws -> CLI {
        let cli = try CLI()
        #expect(try cli.run(["import", samples]).status == 0)
        let imported = try cli.run([
            "gedcom", "import", tree, "--case", "LL-2026-071", "--young-person", "mara", "--date", "2026-11-26",
        ])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Imported 40 people (34 new, 5 already in the case)"))
        return cli
    }

    @Test("kinship says how two people are related, with the side and every path")
    func kinship() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let text = try cli.run(["kinship", "LL-2026-071", "great-grandad-obi", "young-person"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("great-grandad-obi is young-person's great-grandfather (maternal side)."))
        let json = try cli.run(["kinship", "LL-2026-071", "sister-keeley", "young-person", "--json"])
        let result = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(result["label"] as? String == "half-sister")
        #expect(result["a_up"] as? Int == 1)
        #expect(result["b_up"] as? Int == 1)
        #expect(result["side"] as? String == "paternal")
        #expect((result["paths"] as? [Any])?.isEmpty == false)
        let unknown = try cli.run(["kinship", "LL-2026-071", "nobody", "young-person"])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("no connection with id nobody"))
    }

    @Test("relatives lists kin within N steps with their stage, then the branches still to explore")
    func relatives() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let result = try cli.run(["relatives", "LL-2026-071", "--within", "2", "--as-of", "2026-11-26"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("grandma-comfort"))
        #expect(result.output.contains("grandmother"))
        #expect(!result.output.contains("great-grandad-obi"), "three steps away is beyond --within 2")
        #expect(result.output.contains("close-kin-not-contacted"))
        let gaps = try cli.run(["gaps", "LL-2026-071", "--json", "--as-of", "2026-11-26"])
        #expect(gaps.output.contains("close-kin-not-contacted"))
    }

    @Test("genogram draws every format, and a second tree merges by xref")
    func genogram() throws {
        let cli = try prepared()
        defer { cli.remove() }
        for format in ["svg", "png", "pdf", "dot"] {
            let out = cli.path("family.\(format)")
            let drawn = try cli.run(["genogram", "LL-2026-071", "--format", format, "--generations", "2", "--out", out])
            #expect(drawn.status == 0, "\(drawn.errors)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)).count > 1000)
        }
        let exported = try cli.run(["gedcom", "export", "LL-2026-071", cli.path("out.ged")])
        #expect(exported.status == 0, "\(exported.errors)")
        let again = try cli.run([
            "gedcom", "import", cli.path("out.ged"), "--case", "LL-2026-071", "--young-person", "young-person",
        ])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.contains("0 new"))
        let bad = cli.path("bad.ged")
        try Data("0 HEAD\n1 CHAR UTF-8\nthis is not a GEDCOM line\n0 TRLR\n".utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try cli.run(["gedcom", "import", bad, "--case", "LL-2026-071", "--young-person", "x"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("bad.ged:3"))
    }
}
