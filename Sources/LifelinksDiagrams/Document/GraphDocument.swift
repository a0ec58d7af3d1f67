/// A diagram as plain values: the middle piece between the domain and Graphviz.
///
/// Built by the ecomap (and later the genogram) from the model, rendered by
/// `GraphvizRenderer`, and readable as DOT text in tests. Attributes keep
/// their insertion order, so the same network always gives the same bytes.
public struct GraphDocument: Hashable, Sendable {
    /// An attribute value: plain text, or an HTML-like label already escaped by `HTMLLabel`.
    public enum Value: Hashable, Sendable {
        case text(String)
        case html(String)
    }

    public struct Attributes: Hashable, Sendable {
        public private(set) var pairs: [(name: String, value: Value)] = []

        public init() {}

        public subscript(name: String) -> Value? {
            get { pairs.first { $0.name == name }?.value }
            set {
                if let index = pairs.firstIndex(where: { $0.name == name }) {
                    if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
                } else if let newValue {
                    pairs.append((name, newValue))
                }
            }
        }

        public static func == (lhs: Attributes, rhs: Attributes) -> Bool {
            lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
        }

        public func hash(into hasher: inout Hasher) {
            for pair in pairs {
                hasher.combine(pair.name)
                hasher.combine(pair.value)
            }
        }
    }

    public struct Node: Hashable, Sendable {
        /// A safe identifier made by the builder, never a person's name.
        public var id: String
        public var attributes = Attributes()

        public init(id: String) { self.id = id }
    }

    public struct Edge: Hashable, Sendable {
        public var tail: String
        public var head: String
        public var attributes = Attributes()

        public init(tail: String, head: String) {
            self.tail = tail
            self.head = head
        }
    }

    /// Nodes that Graphviz's `dot` layout keeps on one rank (a generation of a genogram).
    public struct SameRank: Hashable, Sendable {
        public var name: String
        public var nodes: [String]

        public init(name: String, nodes: [String]) {
            self.name = name
            self.nodes = nodes
        }
    }

    /// The graph's name, written as the SVG's first `<title>`; a safe identifier.
    public var name: String
    public var directed = true
    public var graphAttributes = Attributes()
    public var nodeDefaults = Attributes()
    public var edgeDefaults = Attributes()
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    public var sameRanks: [SameRank] = []
    /// The title and text alternative put into the SVG as `<title>` and `<desc>`.
    public var title: String
    public var summary: String

    public init(name: String, title: String, summary: String) {
        self.name = name
        self.title = title
        self.summary = summary
    }
}
