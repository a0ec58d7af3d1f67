import LifelinksModel

/// Turns one young person's network into an ecomap document (Hartman's conventions).
///
/// It draws what it is given: privacy is decided before, by `Audience.view(of:)`.
public enum Ecomap {
    /// The ecomap of one network, with its key; `highlights` marks the people gaps are about.
    public static func document(for network: CaseNetwork, highlights: [String: [Gap]] = [:]) -> GraphDocument {
        let youngPerson = network.youngPerson
        var document = frame(
            title: "Ecomap: \(youngPerson.displayName)'s network",
            summary: summary(youngPerson, network.connections.sorted { $0.id < $1.id }),
            heading: "\(youngPerson.displayName)'s network",
            subheading: count(network.connections.count))
        let extent = draw(network, highlights: highlights, into: &document, prefix: "", offset: 0)
        EcomapLegend.add(
            to: &document, left: (max(extent.right, 60) + 110).rounded(), top: max(extent.top, 200).rounded(),
            disclosure: network.disclosure)
        return document
    }

    /// Two ecomaps side by side (for a review: at referral, and now), with one key.
    public static func pair(
        _ before: CaseNetwork, _ after: CaseNetwork, captions: (String, String), highlights: [String: [Gap]] = [:]
    ) -> GraphDocument {
        let youngPerson = after.youngPerson
        var document = frame(
            title: "Ecomaps: \(youngPerson.displayName)'s network, \(captions.0) and \(captions.1)",
            summary: captions.0 + ": " + summary(before.youngPerson, before.connections.sorted { $0.id < $1.id }) + " "
                + captions.1 + ": " + summary(youngPerson, after.connections.sorted { $0.id < $1.id }),
            heading: "\(youngPerson.displayName)'s network",
            subheading: "\(captions.0): \(count(before.activeSize)); \(captions.1): \(count(after.activeSize))")
        let first = draw(before, highlights: [:], into: &document, prefix: "before-", offset: 0)
        let secondLayout = EcomapLayout(after.connections.sorted { $0.id < $1.id })
        let offset = (first.right - min(secondLayout.leftEdge, -120) + 160).rounded()
        let second = draw(after, highlights: highlights, into: &document, prefix: "", offset: offset)
        let top = max(first.top, second.top) + 45
        for (id, caption, centre) in [
            ("caption-before", captions.0, (first.left + first.right) / 2),
            ("caption-after", captions.1, (second.left + second.right) / 2),
        ] {
            var node = GraphDocument.Node(id: id)
            node.attributes["shape"] = .text("plaintext")
            node.attributes["fontsize"] = .text("16")
            node.attributes["label"] = .html("<B>\(HTMLLabel.escape(caption))</B>")
            node.attributes["pos"] = .text("\(Int(centre)),\(Int(top))!")
            document.nodes.append(node)
        }
        EcomapLegend.add(
            to: &document, left: (max(second.right, 60) + 110).rounded(), top: max(top, 200).rounded(),
            disclosure: after.disclosure)

        return document
    }

    /// A document with the graph-wide settings every ecomap shares.
    static func frame(title: String, summary: String, heading: String, subheading: String) -> GraphDocument {
        var document = GraphDocument(name: "ecomap", title: title, summary: summary)
        document.graphAttributes["fontname"] = .text(EcomapStyle.font)
        document.graphAttributes["label"] = .html(
            "<B>\(HTMLLabel.escape(heading))</B><BR/><FONT POINT-SIZE=\"10\">\(HTMLLabel.escape(subheading))</FONT>")
        document.graphAttributes["labelloc"] = .text("t")
        document.graphAttributes["fontsize"] = .text("18")
        document.graphAttributes["splines"] = .text("line")
        document.graphAttributes["outputorder"] = .text("edgesfirst")
        document.graphAttributes["pad"] = .text("0.3")
        document.nodeDefaults["fontname"] = .text(EcomapStyle.font)
        document.nodeDefaults["fontsize"] = .text("10")
        document.nodeDefaults["margin"] = .text("0.06,0.03")
        document.edgeDefaults["arrowsize"] = .text("0.8")
        return document
    }

    static func count(_ people: Int) -> String {
        "\(people) \(people == 1 ? "connection" : "connections")"
    }

    /// Draws one network centred at (`offset`, 0) with ids starting `prefix`; returns the area it covers.
    static func draw(
        _ network: CaseNetwork, highlights: [String: [Gap]], into document: inout GraphDocument, prefix: String,
        offset: Double
    ) -> (left: Double, right: Double, top: Double) {
        let connections = network.connections.sorted { $0.id < $1.id }
        let layout = EcomapLayout(connections)
        func shifted(_ point: EcomapLayout.Point) -> EcomapLayout.Point {
            EcomapLayout.Point(x: point.x + offset, y: point.y)
        }
        var centre = GraphDocument.Node(id: prefix + "young-person")
        centre.attributes["shape"] = .text("doublecircle")
        centre.attributes["style"] = .text("filled,bold")
        centre.attributes["fillcolor"] = .text("#FFFFFF")
        centre.attributes["fontsize"] = .text("12")
        centre.attributes["label"] = .html(
            "<B>" + lines(network.youngPerson.displayName, width: 16).joined(separator: "<BR/>") + "</B>"
                + "<BR/><FONT POINT-SIZE=\"9\">young person</FONT>")
        centre.attributes["pos"] = .text(position(shifted(EcomapLayout.Point(x: 0, y: 0))))
        document.nodes.append(centre)

        for (index, connection) in connections.enumerated() {
            let id = prefix + "c\(index + 1)"
            var drawn = node(connection, id: id, at: shifted(layout.positions[connection.id]!))
            if let gaps = highlights[connection.id], !gaps.isEmpty {
                EcomapHighlight.mark(&drawn, connection, gaps)
            }
            document.nodes.append(drawn)
            var edge = GraphDocument.Edge(tail: centre.id, head: id)
            edge.attributes = EcomapStyle.line(connection.closeness)
            edge.attributes["dir"] = .text(EcomapStyle.direction(connection.supportFlow))
            document.edges.append(edge)
        }
        for (index, label) in layout.sectorLabels.enumerated() {
            var heading = GraphDocument.Node(id: prefix + "sector-\(index + 1)")
            heading.attributes["shape"] = .text("plaintext")
            heading.attributes["fontsize"] = .text("12")
            heading.attributes["label"] = .html("<B>\(HTMLLabel.escape(label.sector.title))</B>")
            heading.attributes["pos"] = .text(position(shifted(label.at)))
            document.nodes.append(heading)
        }
        return (layout.leftEdge + offset, layout.rightEdge + offset, layout.topEdge)
    }

    static func node(_ connection: Connection, id: String, at point: EcomapLayout.Point) -> GraphDocument.Node {
        var node = GraphDocument.Node(id: id)
        node.attributes = attributes(connection)
        node.attributes["label"] = .html(label(connection))
        node.attributes["pos"] = .text(position(point))
        return node
    }

    /// Shape, fill and the border that shows the search stage.
    static func attributes(_ connection: Connection) -> GraphDocument.Attributes {
        var attributes = GraphDocument.Attributes()
        attributes["shape"] = .text(connection.kind == .organisation ? "box" : "ellipse")
        attributes["fillcolor"] = .text(EcomapStyle.fill(connection.category))
        for (name, value) in EcomapStyle.border(connection.stage.phase).pairs {
            attributes[name] = value
        }
        if connection.kind == .organisation, case .text(let style)? = attributes["style"] {
            attributes["style"] = .text(style + ",rounded")
            attributes["margin"] = .text("0.14,0.07")
        }
        return attributes
    }

    /// Name, the young person's words for them, and the stage in words.
    static func label(_ connection: Connection) -> String {
        var label = "<B>" + lines(connection.name, width: 22).joined(separator: "<BR/>") + "</B>"
        if let relationship = connection.relationship {
            label +=
                "<BR/><FONT POINT-SIZE=\"9\">"
                + lines(relationship, width: 26).joined(separator: "<BR/>") + "</FONT>"
        }
        return label + "<BR/><FONT POINT-SIZE=\"8\"><I>\(HTMLLabel.escape(connection.stage.title))</I></FONT>"
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
