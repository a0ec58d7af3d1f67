import LifelinksModel

/// The key drawn beside every ecomap, made of real samples of each line, arrow, border and fill.
enum EcomapLegend {
    static let rowHeight = 24.0
    static let textWidth = 300

    static func add(to document: inout GraphDocument, left: Double, top: Double) {
        var y = top
        var row = 0
        func heading(_ text: String) {
            row += 1
            document.nodes.append(textNode("key-\(row)", "<B>\(HTMLLabel.escape(text))</B>", x: left + 60, y: y))
            y -= rowHeight
        }
        func sampleLine(_ attributes: GraphDocument.Attributes, _ text: String) {
            row += 1
            var start = GraphDocument.Node(id: "key-\(row)-a")
            var end = GraphDocument.Node(id: "key-\(row)-b")
            for (node, x) in [(0, left - 40), (1, left + 20)] {
                var point = GraphDocument.Node(id: "key-\(row)-\(node == 0 ? "a" : "b")")
                point.attributes["shape"] = .text("point")
                point.attributes["width"] = .text("0.02")
                point.attributes["style"] = .text("invis")
                point.attributes["pos"] = .text("\(Int(x)),\(Int(y))!")
                if node == 0 { start = point } else { end = point }
            }
            document.nodes.append(start)
            document.nodes.append(end)
            var edge = GraphDocument.Edge(tail: start.id, head: end.id)
            edge.attributes = attributes
            document.edges.append(edge)
            document.nodes.append(
                textNode("key-\(row)", HTMLLabel.escape(text), x: left + 30 + Double(textWidth) / 2, y: y))
            y -= rowHeight
        }
        func sampleNode(_ attributes: GraphDocument.Attributes, _ text: String) {
            row += 1
            var sample = GraphDocument.Node(id: "key-\(row)-a")
            sample.attributes = attributes
            sample.attributes["label"] = .text("")
            sample.attributes["width"] = .text("0.45")
            sample.attributes["height"] = .text("0.22")
            sample.attributes["fixedsize"] = .text("true")
            sample.attributes["pos"] = .text("\(Int(left - 10)),\(Int(y))!")
            document.nodes.append(sample)
            document.nodes.append(
                textNode("key-\(row)", HTMLLabel.escape(text), x: left + 30 + Double(textWidth) / 2, y: y))
            y -= rowHeight
        }

        heading("Key")
        heading("How close the tie is")
        let closenesses: [Closeness?] = Closeness.allCases.map { $0 } + [nil]
        for closeness in closenesses {
            var line = EcomapStyle.line(closeness)
            line["dir"] = .text("none")
            sampleLine(line, EcomapStyle.lineTitle(closeness))
        }
        heading("Which way support flows")
        for (flow, text) in [
            (SupportFlow.fromYoungPerson, "support goes the way the arrow points"),
            (.both, "support goes both ways"), (.none, "no arrow: no support either way, or not known"),
        ] {
            var line = EcomapStyle.line(.moderate)
            line["dir"] = .text(EcomapStyle.direction(flow))
            sampleLine(line, text)
        }
        heading("Where the search is (border)")
        for phase in StagePhase.allCases {
            var attributes = EcomapStyle.border(phase)
            attributes["shape"] = .text("ellipse")
            attributes["fillcolor"] = .text("#FFFFFF")
            sampleNode(attributes, phase.title)
        }
        heading("Who they are (fill; a box is an organisation)")
        for category in Category.allCases {
            var attributes = GraphDocument.Attributes()
            attributes["shape"] = .text("box")
            attributes["style"] = .text("filled")
            attributes["fillcolor"] = .text(EcomapStyle.fill(category))
            sampleNode(attributes, category.title)
        }
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
}
