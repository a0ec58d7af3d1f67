import CGraphviz
import Foundation
import Synchronization

/// Lays out and renders `GraphDocument`s with Graphviz's C library, in this process.
///
/// Graphviz keeps global state and is not thread-safe, so every call into it
/// happens while holding one process-wide lock. What Graphviz would print to
/// standard error is captured instead and turned into a `GraphvizError`.
public enum GraphvizRenderer {
    /// Renders `document` with the `layout` engine (`nop` when every node has a pinned position).
    public static func render(_ document: GraphDocument, format: OutputFormat, layout: String = "nop")
        throws(GraphvizError)
        -> [UInt8]
    {
        let bytes = try Graphviz.session.withLock { context throws(GraphvizError) in
            try context.render(document, format: format, layout: layout)
        }
        return format == .svg ? SVGAccessibility.addTitle(to: bytes, document: document) : bytes
    }
}

/// The one Graphviz context of the process, reachable only under its lock.
final class Graphviz: @unchecked Sendable {
    // Unchecked: the context pointer is only used while `session`'s lock is held.
    static let session = Mutex(Graphviz())

    /// Messages Graphviz reported during the current locked call.
    nonisolated(unsafe) static var captured: [String] = []

    private let context: OpaquePointer

    private init() {
        _ = agseterr(AGWARN)
        _ = agseterrf { message in
            if let message {
                Graphviz.captured.append(String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            return 0
        }
        context = gvContext()
    }

    func render(_ document: GraphDocument, format: OutputFormat, layout: String) throws(GraphvizError) -> [UInt8] {
        try render(document, rendererName: format.renderer, layout: layout)
    }

    func render(_ document: GraphDocument, rendererName: String, layout: String) throws(GraphvizError) -> [UInt8] {
        Graphviz.captured = []
        _ = agreseterrors()
        let graph = try build(document)
        defer { agclose(graph) }
        guard gvLayout(context, graph, layout) == 0 else { throw failure("lay out the diagram") }
        defer { gvFreeLayout(context, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, rendererName, &data, &length) == 0, let data else {
            throw failure("render \(rendererName)")
        }
        defer { gvFreeRenderData(data) }
        if !Graphviz.captured.isEmpty { throw failure("render \(rendererName) cleanly") }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    private func failure(_ operation: String) -> GraphvizError {
        GraphvizError(operation: operation, messages: Graphviz.captured)
    }

    private func build(_ document: GraphDocument) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        // Agdirected and Agundirected are C globals; the same descriptions, made locally.
        var kind = Agdesc_t()
        kind.directed = document.directed ? 1 : 0
        kind.maingraph = 1
        guard let graph = document.name.withMutableCString({ agopen($0, kind, nil) }) else {
            throw failure("create a graph")
        }
        set(document.graphAttributes, on: UnsafeMutableRawPointer(graph), graph: graph, kind: AGRAPH)
        declare(document.nodeDefaults, graph: graph, kind: AGNODE)
        declare(document.edgeDefaults, graph: graph, kind: AGEDGE)
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in document.nodes {
            guard let handle = node.id.withMutableCString({ agnode(graph, $0, 1) }) else {
                agclose(graph)
                throw failure("add a node")
            }
            nodes[node.id] = handle
            set(node.attributes, on: UnsafeMutableRawPointer(handle), graph: graph, kind: AGNODE)
        }
        for rank in document.sameRanks {
            guard let subgraph = rank.name.withMutableCString({ agsubg(graph, $0, 1) }) else {
                agclose(graph)
                throw failure("add a rank")
            }
            "rank".withMutableCString { name in
                "same".withMutableCString { value in
                    "".withMutableCString { empty in
                        _ = agsafeset(UnsafeMutableRawPointer(subgraph), name, value, empty)
                    }
                }
            }
            for id in rank.nodes {
                if let node = nodes[id] { _ = agsubnode(subgraph, node, 1) }
            }
        }
        for edge in document.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head],
                let handle = agedge(graph, tail, head, nil, 1)
            else {
                agclose(graph)
                throw failure("add an edge between unknown nodes")
            }
            set(edge.attributes, on: UnsafeMutableRawPointer(handle), graph: graph, kind: AGEDGE)
        }
        return graph
    }

    /// Declares default attribute values for a kind of object.
    private func declare(_ attributes: GraphDocument.Attributes, graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) {
        for (name, value) in attributes.pairs {
            withValue(value, graph: graph) { text in
                _ = name.withMutableCString { agattr(graph, kind, $0, text) }
            }
        }
    }

    private func set(
        _ attributes: GraphDocument.Attributes, on object: UnsafeMutableRawPointer,
        graph: UnsafeMutablePointer<Agraph_t>, kind: Int32
    ) {
        for (name, value) in attributes.pairs {
            withValue(value, graph: graph) { text in
                name.withMutableCString { attribute in
                    "".withMutableCString { empty in _ = agsafeset(object, attribute, text, empty) }
                }
            }
        }
    }

    /// Hands Graphviz the value as a C string; HTML-like labels are marked as such through `agstrdup_html`.
    private func withValue(
        _ value: GraphDocument.Value, graph: UnsafeMutablePointer<Agraph_t>,
        _ body: (UnsafeMutablePointer<CChar>) -> Void
    ) {
        switch value {
        case .text(let text):
            text.withMutableCString(body)
        case .html(let html):
            guard let marked = html.withMutableCString({ agstrdup_html(graph, $0) }) else { return }
            body(marked)
            _ = agstrfree(graph, marked)
        }
    }
}

extension String {
    /// Graphviz's API takes `char *` for strings it only reads.
    func withMutableCString<T>(_ body: (UnsafeMutablePointer<CChar>) -> T) -> T {
        var bytes = Array(utf8CString)
        return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }
}
