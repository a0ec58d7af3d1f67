import Foundation
import LifelinksModel
import LifelinksStore
import Testing

@testable import LifelinksInterchange

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An attribute's value, found by name among the element's attributes (FoundationXML on Linux misses
/// unprefixed attributes of elements in a default namespace when asked with `attribute(forName:)`).
private func attribute(_ element: XMLElement, _ name: String) -> String? {
    element.attributes?.first { $0.name == name }?.stringValue
}

/// A GraphML document read back through an XML parser: keys, nodes and edges with their data by attribute name.
struct ParsedGraphML {
    struct Element {
        var id: String
        var source: String?
        var target: String?
        var data: [String: String]
    }

    var namespace: String?
    var edgeDefault: String?
    /// Key id → (for, attr.name, attr.type).
    var keys: [String: (domain: String, name: String, type: String)] = [:]
    var graphData: [String: String] = [:]
    var nodes: [Element] = []
    var edges: [Element] = []
    /// Data elements whose key is not declared for their element.
    var undeclared: [String] = []

    init(_ text: String) throws {
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        let root = try #require(document.rootElement())
        namespace = root.uri
        for key in root.elements(forName: "key") {
            keys[attribute(key, "id") ?? ""] = (
                attribute(key, "for") ?? "",
                attribute(key, "attr.name") ?? "",
                attribute(key, "attr.type") ?? ""
            )
        }
        let graph = try #require(root.elements(forName: "graph").first)
        edgeDefault = attribute(graph, "edgedefault")
        graphData = data(of: graph, domain: "graph")
        for child in graph.elements(forName: "node") { nodes.append(element(child, domain: "node")) }
        for child in graph.elements(forName: "edge") { edges.append(element(child, domain: "edge")) }
    }

    private mutating func element(_ xml: XMLElement, domain: String) -> Element {
        Element(
            id: attribute(xml, "id") ?? "", source: attribute(xml, "source"),
            target: attribute(xml, "target"), data: data(of: xml, domain: domain))
    }

    private mutating func data(of xml: XMLElement, domain: String) -> [String: String] {
        var values: [String: String] = [:]
        for item in xml.elements(forName: "data") {
            let key = attribute(item, "key") ?? ""
            guard let declared = keys[key], declared.domain == domain else {
                undeclared.append(key)
                continue
            }
            values[declared.name] = item.stringValue ?? ""
        }
        return values
    }

    func node(_ id: String) -> Element? { nodes.first { $0.id == id } }
}

@Suite("GraphML for Gephi, Cytoscape and networkx")
struct GraphMLTests {
    static func sampleNetworks() throws -> [CaseNetwork] {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        return try store.networks()
    }

    @Test("Every sample reads back with a node per person, an edge per tie and relation, and their values")
    func samples() throws {
        for network in try GraphMLTests.sampleNetworks() {
            let graph = try ParsedGraphML(GraphMLExport.document(for: network))
            #expect(graph.namespace == "http://graphml.graphdrawing.org/xmlns")
            #expect(graph.edgeDefault == "directed")
            #expect(graph.undeclared.isEmpty)
            #expect(Set(graph.keys.values.map(\.type)) == ["string", "int", "boolean"])
            #expect(graph.graphData["case"] == network.youngPerson.reference)
            #expect(graph.nodes.count == network.connections.count + 1)
            #expect(graph.edges.count == network.connections.count + network.relations.count)
            #expect(Set(graph.edges.map(\.id)).count == graph.edges.count)

            let youngPerson = try #require(graph.node("young-person"))
            #expect(youngPerson.data["name"] == network.youngPerson.name)
            #expect(youngPerson.data["role"] == "young-person")
            for connection in network.connections {
                let node = try #require(graph.node(connection.id))
                #expect(node.data["name"] == connection.name)
                #expect(node.data["category"] == connection.category.rawValue)
                #expect(node.data["stage"] == connection.stage.rawValue)
                #expect(node.data["safety"] == connection.safety.rawValue)
                #expect(node.data["wishes"] == connection.wishes.rawValue)
                #expect(node.data["relationship"] == connection.relationship)
                #expect(node.data["side"] == connection.side?.rawValue)
                #expect(node.data["closeness"] == connection.closeness?.rawValue)
                #expect(node.data["gender"] == connection.gender)
                #expect(node.data["notes"] == nil)
                let commitments = network.commitments.count(where: { $0.connection == connection.id })
                #expect(node.data["commitments"] == String(commitments))
                let tie = try #require(graph.edges.first { $0.target == connection.id && $0.data["type"] == "tie" })
                #expect(tie.source == "young-person")
                #expect(tie.data["closeness"] == connection.closeness?.rawValue)
                #expect(tie.data["support_flow"] == connection.supportFlow?.rawValue)
            }
            let relations = graph.edges.filter { $0.data["type"] == "relation" }
            #expect(
                relations.map { "\($0.source!)|\($0.target!)|\($0.data["relation"]!)" }
                    == network.relations.map { "\($0.from)|\($0.to)|\($0.kind.rawValue)" })
            #expect(relations.allSatisfy { $0.data["symmetric"] == "true" || $0.data["symmetric"] == "false" })
        }
    }

    @Test("A family view leaves out the people it hides, and safety and wishes")
    func familyView() throws {
        for network in try GraphMLTests.sampleNetworks() {
            let view = Audience.family.view(of: network)
            let graph = try ParsedGraphML(GraphMLExport.document(for: view))
            #expect(Set(graph.nodes.map(\.id)) == Set(view.connections.map(\.id) + ["young-person"]))
            #expect(graph.nodes.allSatisfy { $0.data["safety"] == nil && $0.data["wishes"] == nil })
        }
    }

    static let hostileNames = [
        "\"]; <script>alert(1)</script>", "&amp; &lt;tag&gt;", "Dan \"the man\" O'Neil", "نور الهدى",
        "שלום עליכם", "Auntie 🌈 Bev 👩🏽‍🦱", "Line one\nline two\tand a tab", "Carriage\r\nreturn",
        "]]> <!-- --> <![CDATA[ x ]]>",
    ]

    static var hostile: CaseNetwork {
        var connections = hostileNames.enumerated().map { index, name in
            Connection(id: "h\(index)", name: name, relationship: name, category: .friend, gender: name)
        }
        connections.append(
            Connection(id: "o'neil & \"co\" <x>", name: "Bell\u{7}Ringer\u{0}\u{1B}[31m\u{FFFF}", category: .other))
        return CaseNetwork(
            youngPerson: YoungPersonCase(
                reference: "R&D <1>", name: "Young \u{8}Person", dateOfBirth: Day("2009-01-01")!, status: .inCare,
                referralDate: Day("2026-01-01")!),
            connections: connections,
            relations: [FamilyRelation(from: "h0", to: "o'neil & \"co\" <x>", kind: .knows)])
    }

    @Test("Hostile names come back as the same text; characters XML cannot hold are dropped")
    func hostileNames() throws {
        let text = GraphMLExport.document(for: GraphMLTests.hostile)
        #expect(!text.contains("<script>"))
        let graph = try ParsedGraphML(text)
        #expect(graph.graphData["case"] == "R&D <1>")
        #expect(graph.node("young-person")?.data["name"] == "Young Person")
        for (index, name) in GraphMLTests.hostileNames.enumerated() {
            let node = try #require(graph.node("h\(index)"))
            #expect(node.data["name"] == name)
            #expect(node.data["label"] == name)
            #expect(node.data["relationship"] == name)
            #expect(node.data["gender"] == name)
        }
        let odd = try #require(graph.node("o'neil & \"co\" <x>"))
        #expect(odd.data["name"] == "BellRinger[31m")
        #expect(graph.edges.contains { $0.source == "h0" && $0.target == "o'neil & \"co\" <x>" })
    }

    @Test("networkx reads the same nodes, edges and names (when networkx is installed)")
    func networkx() throws {
        guard GraphMLTests.pythonHasNetworkx() else { return }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = GraphMLTests.hostile
        let file = folder.appendingPathComponent("hostile.graphml")
        try Data(GraphMLExport.document(for: network).utf8).write(to: file)
        let script = """
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                "names": {n: d.get("name") for n, d in g.nodes(data=True)},
                "commitments": sorted({d.get("commitments") for n, d in g.nodes(data=True) if n != "young-person"})}))
            """
        let output = try GraphMLTests.python(["-c", script, file.path])
        let read = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(read["nodes"] as? Int == network.connections.count + 1)
        #expect(read["edges"] as? Int == network.connections.count + network.relations.count)
        let names = try #require(read["names"] as? [String: String])
        for (index, name) in GraphMLTests.hostileNames.enumerated() {
            #expect(names["h\(index)"] == name)
        }
        #expect(read["commitments"] as? [Int] == [0])
    }

    static func pythonHasNetworkx() -> Bool {
        (try? python(["-c", "import networkx"])) != nil
    }

    /// python3, found on the PATH.
    static var pythonExecutable: URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs python3 with `arguments` and returns what it printed; throws when it fails or there is none.
    static func python(_ arguments: [String]) throws -> String {
        struct Failed: Error {}
        guard let executable = pythonExecutable else { throw Failed() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed() }
        return String(decoding: data, as: UTF8.self)
    }
}
