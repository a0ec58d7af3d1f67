import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An attribute's value, found by name among the element's attributes (FoundationXML on Linux misses
/// unprefixed attributes of elements in a default namespace when asked with `attribute(forName:)`).
private func attribute(_ element: XMLElement, _ name: String) -> String? {
    element.attributes?.first { $0.name == name }?.stringValue
}

@Suite("Exporting JSON, GraphML and DOT, and restoring a backup", .serialized)
struct BackupCommandTests {
    let samples = CLI.repositoryRoot.appendingPathComponent("Samples").path

    /// A CLI whose database holds the samples.
    func imported() throws -> CLI {
        let cli = try CLI()
        let result = try cli.run(["import", samples])
        #expect(result.status == 0, "\(result.errors)")
        return cli
    }

    func backupText(_ cli: CLI, _ folder: String) throws -> String {
        try String(contentsOfFile: cli.path("\(folder)/lifelinks-backup.json"), encoding: .utf8)
    }

    @Test("export json → restore into a new database → export json gives the same file")
    func roundTrip() throws {
        let cli = try imported()
        defer { cli.remove() }
        let exported = try cli.run(["export", "--format", "json", cli.path("one")])
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.output.contains("Wrote a backup of 3 cases"))

        let restored = try cli.run(
            ["restore", cli.path("one/lifelinks-backup.json"), "--db", cli.path("new.sqlite")], database: false)
        #expect(restored.status == 0, "\(restored.errors)")
        #expect(restored.output.hasPrefix("Restored 3 cases ("))
        let again = try cli.run(
            ["export", "--format", "json", cli.path("two"), "--db", cli.path("new.sqlite")], database: false)
        #expect(again.status == 0, "\(again.errors)")
        #expect(try backupText(cli, "one") == backupText(cli, "two"))

        // The family's backup restores too, as a database of what the family may see.
        #expect(try cli.run(["export", "--format", "json", "--audience", "family", cli.path("family")]).status == 0)
        let family = try cli.run(
            ["restore", cli.path("family/lifelinks-backup.json"), "--db", cli.path("family.sqlite")], database: false)
        #expect(family.status == 0, "\(family.errors)")
        #expect(try backupText(cli, "family").count < backupText(cli, "one").count)
    }

    @Test("Restoring into a database that already holds cases is refused and changes nothing")
    func nonEmpty() throws {
        let cli = try imported()
        defer { cli.remove() }
        #expect(try cli.run(["export", "--format", "json", cli.path("before")]).status == 0)
        let refused = try cli.run(["restore", cli.path("before/lifelinks-backup.json")])
        #expect(refused.status != 0)
        #expect(
            refused.errors.contains(
                "lifelinks-backup.json: cannot be restored into a database that already holds 3 cases"))
        #expect(try cli.run(["export", "--format", "json", cli.path("after")]).status == 0)
        #expect(try backupText(cli, "before") == backupText(cli, "after"))
    }

    @Test("Malformed JSON and an unknown column are refused with the file's name, and nothing is restored")
    func refusals() throws {
        let cli = try imported()
        defer { cli.remove() }
        try Data("{ \"format\": \"lifelinks-backup\", \"tables\": [".utf8).write(
            to: URL(fileURLWithPath: cli.path("broken.json")))
        let broken = try cli.run(["restore", cli.path("broken.json"), "--db", cli.path("new.sqlite")], database: false)
        #expect(broken.status != 0)
        #expect(broken.errors.contains("broken.json: is not valid JSON. Nothing was restored."), "\(broken.errors)")

        #expect(try cli.run(["export", "--format", "json", cli.path("good")]).status == 0)
        let good = try Data(contentsOf: URL(fileURLWithPath: cli.path("good/lifelinks-backup.json")))
        var backup = try #require(try JSONSerialization.jsonObject(with: good) as? [String: Any])
        var tables = try #require(backup["tables"] as? [[String: Any]])
        let index = try #require(tables.firstIndex { $0["name"] as? String == "connections" })
        tables[index]["columns"] = (tables[index]["columns"] as? [String] ?? []) + ["favourite_colour"]
        tables[index]["rows"] = (tables[index]["rows"] as? [[Any]] ?? []).map { $0 + ["Secret-Colour"] }
        backup["tables"] = tables
        try JSONSerialization.data(withJSONObject: backup).write(to: URL(fileURLWithPath: cli.path("extra.json")))
        let extra = try cli.run(["restore", cli.path("extra.json"), "--db", cli.path("new.sqlite")], database: false)
        #expect(extra.status != 0)
        #expect(extra.errors.contains("extra.json: table connections, column"), "\(extra.errors)")
        #expect(extra.errors.contains("(favourite_colour) is not in this database"))
        #expect(!extra.errors.contains("Secret-Colour"))

        let cases = try cli.run(["cases", "--json", "--db", cli.path("new.sqlite")], database: false)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(cases.output.utf8)) as? [Any])
        #expect(list.isEmpty)
    }

    /// Each node's data by attribute name, from every GraphML file in a folder.
    func graphMLNodes(_ folder: String) throws -> [[String: String]] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".graphml") }
        var nodes: [[String: String]] = []
        for file in files {
            let document = try XMLDocument(
                contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(file)), options: [])
            let root = try #require(document.rootElement())
            var names: [String: String] = [:]
            for key in root.elements(forName: "key") {
                names[attribute(key, "id") ?? ""] =
                    attribute(key, "attr.name")
            }
            for node in root.elements(forName: "graph").flatMap({ $0.elements(forName: "node") }) {
                var data: [String: String] = [:]
                for item in node.elements(forName: "data") {
                    data[names[attribute(item, "key") ?? ""] ?? "?"] = item.stringValue
                }
                nodes.append(data)
            }
        }
        return nodes
    }

    @Test("export graphml and dot write a file per case; the family's hold no one the family view hides")
    func graphMLAndDOT() throws {
        let cli = try imported()
        defer { cli.remove() }
        for (format, audience, folder) in [
            ("graphml", "professional", "all"), ("graphml", "family", "family"), ("dot", "family", "dot"),
        ] {
            let result = try cli.run(["export", "--format", format, "--audience", audience, cli.path(folder)])
            #expect(result.status == 0, "\(result.errors)")
        }
        #expect(FileManager.default.fileExists(atPath: cli.path("all/LL-2026-024.graphml")))
        let dots = try FileManager.default.contentsOfDirectory(atPath: cli.path("dot"))
        #expect(dots.count == 3 && dots.allSatisfy { $0.hasSuffix("-ecomap.dot") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.path("family")).count == 3)

        // Who the family view hides, worked out from the professional data.
        let everyone = try graphMLNodes(cli.path("all")).filter { $0["role"] == "connection" }
        let hidden = Set(
            everyone.filter { node in
                ["unassessed", "unsafe"].contains(node["safety"]) || node["wishes"] == "no-contact"
                    || node["stage"] == "do-not-contact"
            }.compactMap { $0["name"] })
        let shown = Set(everyone.compactMap { $0["name"] }).subtracting(hidden)
        #expect(hidden.count >= 5)

        let familyNodes = try graphMLNodes(cli.path("family"))
        let familyNames = Set(familyNodes.compactMap { $0["name"] })
        #expect(familyNames.isDisjoint(with: hidden))
        #expect(!familyNames.intersection(shown).isEmpty)
        for file in try FileManager.default.contentsOfDirectory(atPath: cli.path("family")) {
            let text = try String(contentsOfFile: cli.path("family/\(file)"), encoding: .utf8)
            #expect(!hidden.contains { text.contains($0) }, "\(file)")
        }
        for file in dots {
            let text = try String(contentsOfFile: cli.path("dot/\(file)"), encoding: .utf8)
            #expect(text.hasPrefix("digraph"))
            #expect(!hidden.contains { text.contains($0) }, "\(file)")
        }
    }
}
