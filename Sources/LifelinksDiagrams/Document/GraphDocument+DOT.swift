extension GraphDocument {
    /// The document as DOT text, before layout: what tests read, and what Graphviz would parse.
    public var dotText: String {
        var lines = ["\(directed ? "digraph" : "graph") \(GraphDocument.quote(name)) {"]
        func list(_ attributes: Attributes) -> String {
            attributes.pairs.map { "\($0.name)=\(GraphDocument.dotValue($0.value))" }.joined(separator: ", ")
        }
        if !graphAttributes.pairs.isEmpty { lines.append("  graph [\(list(graphAttributes))];") }
        if !nodeDefaults.pairs.isEmpty { lines.append("  node [\(list(nodeDefaults))];") }
        if !edgeDefaults.pairs.isEmpty { lines.append("  edge [\(list(edgeDefaults))];") }
        for node in nodes {
            lines.append("  \(GraphDocument.quote(node.id)) [\(list(node.attributes))];")
        }
        for rank in sameRanks {
            let members = rank.nodes.map(GraphDocument.quote).joined(separator: "; ")
            lines.append("  subgraph \(GraphDocument.quote(rank.name)) { rank=same; \(members); }")
        }
        let arrow = directed ? "->" : "--"
        for edge in edges {
            lines.append(
                "  \(GraphDocument.quote(edge.tail)) \(arrow) \(GraphDocument.quote(edge.head)) [\(list(edge.attributes))];"
            )
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func dotValue(_ value: Value) -> String {
        switch value {
        case .text(let text): quote(text)
        case .html(let html): "<\(html)>"
        }
    }

    /// A DOT quoted string: backslashes and quotes escaped, so no text can end the string early.
    static func quote(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}
