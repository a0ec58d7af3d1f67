import CGraphviz

extension GraphvizRenderer {
    /// Reads DOT text back with Graphviz's own parser: each node's name and label, in order.
    ///
    /// Lets tests check that what was written is one graph with exactly the
    /// nodes intended, whatever text went into the labels.
    static func nodes(inDOT text: String) throws(GraphvizError) -> [(name: String, label: String)] {
        try Graphviz.session.withLock { _ throws(GraphvizError) in
            Graphviz.captured = []
            guard let graph = text.withCString({ agmemread($0) }) else {
                throw GraphvizError(operation: "read the DOT text", messages: Graphviz.captured)
            }
            defer { agclose(graph) }
            var result: [(String, String)] = []
            var node = agfstnode(graph)
            while let current = node {
                let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
                let label = "label".withMutableCString { agget(UnsafeMutableRawPointer(current), $0) }
                result.append((name, label.map { String(cString: $0) } ?? ""))
                node = agnxtnode(graph, current)
            }
            return result
        }
    }
}
