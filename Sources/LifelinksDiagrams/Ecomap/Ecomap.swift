import LifelinksModel

/// Turns one young person's network into an ecomap document (Hartman's conventions).
///
/// It draws what it is given: privacy is decided before, by `Audience.view(of:)`.
public enum Ecomap {
    public static func document(for network: CaseNetwork) -> GraphDocument {
        let youngPerson = network.youngPerson
        let connections = network.connections.sorted { $0.id < $1.id }
        let layout = EcomapLayout(connections)
        var document = GraphDocument(
            name: "ecomap",
            title: "Ecomap: \(youngPerson.displayName)'s network",
            summary: summary(youngPerson, connections))
        document.graphAttributes["fontname"] = .text(EcomapStyle.font)
        document.graphAttributes["label"] = .html(
            "<B>\(HTMLLabel.escape(youngPerson.displayName))'s network</B>"
                + "<BR/><FONT POINT-SIZE=\"10\">\(connections.count) \(connections.count == 1 ? "connection" : "connections")</FONT>"
        )
        document.graphAttributes["labelloc"] = .text("t")
        document.graphAttributes["fontsize"] = .text("18")
        document.graphAttributes["splines"] = .text("line")
        document.graphAttributes["outputorder"] = .text("edgesfirst")
        document.graphAttributes["pad"] = .text("0.3")
        document.nodeDefaults["fontname"] = .text(EcomapStyle.font)
        document.nodeDefaults["fontsize"] = .text("10")
        document.nodeDefaults["margin"] = .text("0.06,0.03")
        document.edgeDefaults["arrowsize"] = .text("0.8")

        var centre = GraphDocument.Node(id: "young-person")
        centre.attributes["shape"] = .text("doublecircle")
        centre.attributes["style"] = .text("filled,bold")
        centre.attributes["fillcolor"] = .text("#FFFFFF")
        centre.attributes["fontsize"] = .text("12")
        centre.attributes["label"] = .html(
            "<B>" + lines(youngPerson.displayName, width: 16).joined(separator: "<BR/>") + "</B>"
                + "<BR/><FONT POINT-SIZE=\"9\">young person</FONT>")
        centre.attributes["pos"] = .text("0,0!")
        document.nodes.append(centre)

        for (index, connection) in connections.enumerated() {
            let id = "c\(index + 1)"
            document.nodes.append(node(connection, id: id, at: layout.positions[connection.id]!))
            var edge = GraphDocument.Edge(tail: "young-person", head: id)
            edge.attributes = EcomapStyle.line(connection.closeness)
            edge.attributes["dir"] = .text(EcomapStyle.direction(connection.supportFlow))
            document.edges.append(edge)
        }
        for (index, label) in layout.sectorLabels.enumerated() {
            var heading = GraphDocument.Node(id: "sector-\(index + 1)")
            heading.attributes["shape"] = .text("plaintext")
            heading.attributes["fontsize"] = .text("12")
            heading.attributes["label"] = .html("<B>\(HTMLLabel.escape(label.sector.title))</B>")
            heading.attributes["pos"] = .text(position(label.at))
            document.nodes.append(heading)
        }
        EcomapLegend.add(
            to: &document, left: (max(layout.rightEdge, 60) + 110).rounded(), top: max(layout.topEdge, 200).rounded())
        return document
    }

    static func node(_ connection: Connection, id: String, at point: EcomapLayout.Point) -> GraphDocument.Node {
        var node = GraphDocument.Node(id: id)
        node.attributes["shape"] = .text(connection.kind == .organisation ? "box" : "ellipse")
        node.attributes["fillcolor"] = .text(EcomapStyle.fill(connection.category))
        for (name, value) in EcomapStyle.border(connection.stage.phase).pairs {
            node.attributes[name] = value
        }
        if connection.kind == .organisation, case .text(let style)? = node.attributes["style"] {
            node.attributes["style"] = .text(style + ",rounded")
            node.attributes["margin"] = .text("0.14,0.07")
        }
        var label = "<B>" + lines(connection.name, width: 22).joined(separator: "<BR/>") + "</B>"
        if let relationship = connection.relationship {
            label +=
                "<BR/><FONT POINT-SIZE=\"9\">"
                + lines(relationship, width: 26).joined(separator: "<BR/>") + "</FONT>"
        }
        label += "<BR/><FONT POINT-SIZE=\"8\"><I>\(HTMLLabel.escape(connection.stage.title))</I></FONT>"
        node.attributes["label"] = .html(label)
        node.attributes["pos"] = .text(position(point))
        return node
    }

    /// Escaped lines of text, wrapped to `width` characters.
    static func lines(_ text: String, width: Int) -> [String] {
        HTMLLabel.wrap(HTMLLabel.escapeWhitespace(text), width: width).map(HTMLLabel.escape)
    }

    static func position(_ point: EcomapLayout.Point) -> String {
        "\(Int(point.x)),\(Int(point.y))!"
    }

    /// The text alternative: who is in the network, grouped and with how close each tie is.
    static func summary(_ youngPerson: YoungPersonCase, _ connections: [Connection]) -> String {
        guard !connections.isEmpty else { return "\(youngPerson.displayName) has no connections recorded yet." }
        let parts = connections.map { connection -> String in
            var part = connection.name
            if let relationship = connection.relationship { part += " (\(relationship))" }
            part += ", \(connection.closeness.map { "\($0.rawValue) tie" } ?? "tie not yet known")"
            part += ", \(connection.stage.title)"
            return part
        }
        return "\(youngPerson.displayName)'s network of \(connections.count): " + parts.joined(separator: "; ") + "."
    }
}

extension HTMLLabel {
    /// Line breaks and tabs inside a name become spaces before wrapping.
    static func escapeWhitespace(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
