/// Builds a diagram's key out of real samples: each row a drawn line or symbol and its words, pinned in place.
struct KeyBuilder {
    static let rowHeight = 24.0
    static let textWidth = 300

    let left: Double
    private(set) var y: Double
    private var row = 0
    private(set) var nodes: [GraphDocument.Node] = []
    private(set) var edges: [GraphDocument.Edge] = []

    init(left: Double, top: Double) {
        self.left = left
        y = top
    }

    /// Adds everything built to `document`.
    func add(to document: inout GraphDocument) {
        document.nodes += nodes
        document.edges += edges
    }

    mutating func heading(_ text: String) {
        row += 1
        nodes.append(KeyBuilder.textNode("key-\(row)", "<B>\(HTMLLabel.escape(text))</B>", x: left + 60, y: y))
        y -= KeyBuilder.rowHeight
    }

    /// A short line drawn with `attributes`, then its words.
    mutating func line(_ attributes: GraphDocument.Attributes, _ text: String, slashes: Int = 0) {
        row += 1
        let start = KeyBuilder.point("key-\(row)-a", x: left - 40, y: y)
        let end = KeyBuilder.point("key-\(row)-b", x: left + 20, y: y)
        nodes += [start, end]
        var edge = GraphDocument.Edge(tail: start.id, head: end.id)
        edge.attributes = attributes
        if attributes["dir"] == nil || attributes["dir"] == .text("none") {
            // A given route, so a layout that keeps edges where they are (nop2) draws it as it is.
            let a = "\(KeyBuilder.format(left - 40)),\(KeyBuilder.format(y))"
            let b = "\(KeyBuilder.format(left + 20)),\(KeyBuilder.format(y))"
            edge.attributes["pos"] = .text("\(a) \(a) \(b) \(b)")
        }
        edges.append(edge)
        for index in 0..<slashes {
            let x = left - 14 + Double(index) * 7
            mark("key-\(row)-s\(index)", from: (x - 3, y - 7), to: (x + 3, y + 7))
        }
        words(text)
    }

    /// A small sample node drawn with `attributes`, then its words.
    mutating func symbol(_ attributes: GraphDocument.Attributes, _ text: String, crossed: Bool = false) {
        row += 1
        var sample = GraphDocument.Node(id: "key-\(row)-a")
        sample.attributes = attributes
        sample.attributes["label"] = .text("")
        if sample.attributes["width"] == nil { sample.attributes["width"] = .text("0.45") }
        if sample.attributes["height"] == nil { sample.attributes["height"] = .text("0.22") }
        sample.attributes["fixedsize"] = .text("true")
        sample.attributes["pos"] = .text("\(Int(left - 10)),\(Int(y))!")
        nodes.append(sample)
        if crossed {
            mark("key-\(row)-x1", from: (left - 18, y - 8), to: (left - 2, y + 8))
            mark("key-\(row)-x2", from: (left - 18, y + 8), to: (left - 2, y - 8))
        }
        words(text)
    }

    /// A straight stroke between two points, drawn as an edge between invisible pinned points.
    mutating func mark(_ id: String, from: (Double, Double), to: (Double, Double), width: String = "1.4") {
        let (start, end, edge) = KeyBuilder.stroke(id, from: from, to: to, width: width)
        nodes += [start, end]
        edges.append(edge)
    }

    private mutating func words(_ text: String) {
        nodes.append(
            KeyBuilder.textNode(
                "key-\(row)", HTMLLabel.escape(text), x: left + 30 + Double(KeyBuilder.textWidth) / 2, y: y))
        y -= KeyBuilder.rowHeight
    }

    /// Left-aligned text in a box of fixed width, centred at (x, y).
    static func textNode(_ id: String, _ html: String, x: Double, y: Double) -> GraphDocument.Node {
        var node = GraphDocument.Node(id: id)
        node.attributes["shape"] = .text("plaintext")
        node.attributes["margin"] = .text("0")
        node.attributes["label"] = .html(
            "<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD WIDTH=\"\(textWidth)\" ALIGN=\"LEFT\">\(html)</TD></TR></TABLE>"
        )
        node.attributes["pos"] = .text("\(Int(x)),\(Int(y))!")
        return node
    }

    static func point(_ id: String, x: Double, y: Double) -> GraphDocument.Node {
        var point = GraphDocument.Node(id: id)
        point.attributes["shape"] = .text("point")
        point.attributes["width"] = .text("0.01")
        point.attributes["style"] = .text("invis")
        point.attributes["label"] = .text("")
        point.attributes["pos"] = .text("\(format(x)),\(format(y))!")
        return point
    }

    /// Two invisible points and a straight edge between them whose route is given, so no layout moves it.
    static func stroke(_ id: String, from: (Double, Double), to: (Double, Double), width: String)
        -> (GraphDocument.Node, GraphDocument.Node, GraphDocument.Edge)
    {
        let start = point(id + "a", x: from.0, y: from.1)
        let end = point(id + "b", x: to.0, y: to.1)
        var edge = GraphDocument.Edge(tail: start.id, head: end.id)
        edge.attributes["penwidth"] = .text(width)
        edge.attributes["dir"] = .text("none")
        let a = "\(format(from.0)),\(format(from.1))"
        let b = "\(format(to.0)),\(format(to.1))"
        edge.attributes["pos"] = .text("\(a) \(a) \(b) \(b)")
        return (start, end, edge)
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
