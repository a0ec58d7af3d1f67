import Foundation
import LifelinksModel
import Testing

@testable import LifelinksDiagrams

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Rendering through Graphviz in this process")
struct RenderTests {
    @Test("SVG, PNG, PDF and DOT come out with the right signatures", arguments: OutputFormat.allCases)
    func formats(_ format: OutputFormat) throws {
        let bytes = try GraphvizRenderer.render(Ecomap.document(for: Fixtures.small), format: format)
        let head = String(decoding: bytes.prefix(64), as: UTF8.self)
        switch format {
        case .svg: #expect(head.contains("<?xml"))
        case .png: #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf: #expect(head.hasPrefix("%PDF-"))
        case .dot: #expect(head.hasPrefix("digraph ecomap {"))
        }
        #expect(bytes.count > 500)
    }

    @Test("The SVG has a title and a text alternative naming everyone shown")
    func svgTitleAndDescription() throws {
        let svg = try SVGText(GraphvizRenderer.render(Ecomap.document(for: Fixtures.small), format: .svg))
        #expect(svg.title == "Ecomap: Tess's network")
        #expect(svg.desc.contains("Nan Example (my nan), strong tie, committed in the plan"))
        #expect(svg.desc.contains("Example Boxing Club, tenuous tie, identified"))
    }

    @Test("Hostile names come out as the same text in SVG and DOT, never as markup or graph syntax")
    func hostileNamesStayText() throws {
        let network = Fixtures.hostile
        let document = Ecomap.document(for: network)
        let svg = try SVGText(GraphvizRenderer.render(document, format: .svg))
        let ids = network.connections.sorted { $0.id < $1.id }
        for (index, person) in ids.enumerated() {
            let shown = svg.nodeText["c\(index + 1)"] ?? ""
            #expect(squeeze(shown).contains(squeeze(person.name)), "SVG text for \(person.id) is \(shown)")
        }
        #expect(!svg.raw.contains("<script>"))
        #expect(!svg.raw.contains("<b>Nan</b>"))

        let dot = String(decoding: try GraphvizRenderer.render(document, format: .dot), as: UTF8.self)
        let nodes = try GraphvizRenderer.nodes(inDOT: dot)
        #expect(Set(nodes.map(\.name)) == Set(document.nodes.map(\.id)), "no name created or removed a node")
        for (index, person) in ids.enumerated() {
            let label = nodes.first { $0.name == "c\(index + 1)" }?.label ?? ""
            // In DOT a label's backslash is written twice, and Graphviz reads the pair as one.
            let text = try labelText(label).replacingOccurrences(of: "\\\\", with: "\\")
            #expect(squeeze(text).contains(squeeze(person.name)))
        }
        let plain = try GraphvizRenderer.nodes(inDOT: document.dotText)
        #expect(plain.count == document.nodes.count, "the document's own DOT text reads back as the same nodes")
    }

    @Test("Rendering from many tasks at once is safe and gives the same bytes")
    func concurrentRendering() async throws {
        let document = Ecomap.document(for: Fixtures.large(30))
        let reference = try GraphvizRenderer.render(document, format: .svg)
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<16 {
                group.addTask { try GraphvizRenderer.render(document, format: .svg) }
            }
            for try await bytes in group {
                #expect(bytes == reference)
            }
        }
    }

    @Test("Graphviz's complaints become errors instead of lines on standard error")
    func graphvizErrorsAreThrown() {
        var document = GraphDocument(name: "broken", title: "t", summary: "s")
        var node = GraphDocument.Node(id: "a")
        node.attributes["label"] = .html("<TABLE><TR><TD>unclosed")
        document.nodes.append(node)
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(document, format: .svg, layout: "dot") }
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.nodes(inDOT: "digraph { a -> ") }
    }

    @Test("A 60-person ecomap renders")
    func largeRender() throws {
        let svg = try SVGText(GraphvizRenderer.render(Ecomap.document(for: Fixtures.large(60)), format: .svg))
        #expect(svg.nodeText.keys.filter { $0.hasPrefix("c") }.count == 60)
    }
}

/// Letters only: wrapping adds breaks and spaces between lines, which this ignores.
func squeeze(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
}

/// The character data of an HTML-like label, read with an XML parser (so markup is not counted as text).
func labelText(_ label: String) throws -> String {
    final class Collector: NSObject, XMLParserDelegate {
        var text = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }
    let collector = Collector()
    let parser = XMLParser(data: Data("<label>\(label)</label>".utf8))
    parser.delegate = collector
    guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    return collector.text
}

/// An SVG parsed back with an XML parser: its title, description, and the text of each node by id.
final class SVGText: NSObject, XMLParserDelegate {
    let raw: String
    private(set) var title = ""
    private(set) var desc = ""
    private(set) var nodeText: [String: String] = [:]
    private var path: [String] = []
    private var currentNode: String?
    private var groupTitle = false
    private var buffer = ""

    init(_ bytes: [UInt8]) throws {
        raw = String(decoding: bytes, as: UTF8.self)
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        path.append(name)
        buffer = ""
        if name == "g", attributes["class"] == "node" { currentNode = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        buffer += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        path.removeLast()
        if name == "title" && path.count == 1 { title = buffer }
        if name == "desc" && path.count == 1 { desc = buffer }
        if name == "title", currentNode == "" { currentNode = buffer }
        if name == "text", let node = currentNode, !node.isEmpty { nodeText[node, default: ""] += buffer }
        if name == "g", currentNode != nil, path.last == "g" { currentNode = nil }
        buffer = ""
    }
}
