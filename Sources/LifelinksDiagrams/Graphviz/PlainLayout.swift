import CGraphviz

/// Where Graphviz put everything, read from its `plain` output: positions in points, y growing upwards.
///
/// The genogram lays out once with `dot`, then pins that layout and draws
/// marks `dot` cannot (the cross over someone who has died) on top of it.
public struct PlainLayout: Sendable {
    public struct Box: Sendable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
    }

    public struct Route: Sendable {
        public var tail: String
        public var head: String
        public var points: [(x: Double, y: Double)]
        public var label: (x: Double, y: Double)?
    }

    public var width = 0.0
    public var height = 0.0
    public var nodes: [String: Box] = [:]
    public var edges: [Route] = []

    /// Parses `plain` output (inches) into points. Node and edge names here are the builder's safe ids.
    init(plain text: String) {
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let kind = fields.first else { continue }
            func number(_ index: Int) -> Double { index < fields.count ? (Double(fields[index]) ?? 0) * 72 : 0 }
            switch kind {
            case "graph":
                width = number(2)
                height = number(3)
            case "node" where fields.count >= 6:
                nodes[String(fields[1])] = Box(x: number(2), y: number(3), width: number(4), height: number(5))
            case "edge" where fields.count >= 4:
                let count = Int(fields[3]) ?? 0
                guard fields.count >= 4 + count * 2 else { continue }
                let points = (0..<count).map { (number(4 + $0 * 2), number(5 + $0 * 2)) }
                var label: (Double, Double)?
                // After the points come an optional label and its position, then style and colour.
                let rest = fields.count - (4 + count * 2)
                if rest >= 5, let x = Double(fields[fields.count - 4]), let y = Double(fields[fields.count - 3]) {
                    label = (x * 72, y * 72)
                }
                edges.append(Route(tail: String(fields[1]), head: String(fields[2]), points: points, label: label))
            default:
                continue
            }
        }
    }
}

extension GraphvizRenderer {
    /// Lays `document` out with `engine` and returns where everything went, without drawing it.
    public static func layout(_ document: GraphDocument, engine: String = "dot") throws(GraphvizError) -> PlainLayout {
        let bytes = try Graphviz.session.withLock { context throws(GraphvizError) in
            try context.render(document, rendererName: "plain", layout: engine)
        }
        return PlainLayout(plain: String(decoding: bytes, as: UTF8.self))
    }
}
