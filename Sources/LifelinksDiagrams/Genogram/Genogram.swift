import LifelinksModel

/// Draws a family as a McGoldrick genogram: generations in rows, partners side by side, children below.
///
/// Graphviz's `dot` lays it out first; that layout is then pinned and the
/// marks `dot` cannot draw — the cross over someone who has died, the slashes
/// of a separation or divorce — are added on top, with a key beside it.
public enum Genogram {
    /// The genogram of `network`'s family, `generations` each way from the young person.
    public static func document(for network: CaseNetwork, generations: Int = 3) throws(GraphvizError) -> GraphDocument {
        let graph = FamilyGraph(network)
        let plan = GenogramPlan(graph, generations: generations)
        let people = plan.generation.keys.sorted { (plan.generation[$0]!, $0) < (plan.generation[$1]!, $1) }
        var ids: [String: String] = [:]
        for (index, person) in people.enumerated() {
            ids[person] = person == Connection.youngPersonID ? "yp" : "p\(index)"
        }
        let first = layoutDocument(network, graph, plan, ids)
        let layout = try GraphvizRenderer.layout(first, engine: "dot")
        return pinned(first, layout: layout, graph: graph, plan: plan, ids: ids, network: network)
    }

    /// The first pass: people, partnerships and children, generation by generation, for `dot` to arrange.
    static func layoutDocument(
        _ network: CaseNetwork, _ graph: FamilyGraph, _ plan: GenogramPlan, _ ids: [String: String]
    ) -> GraphDocument {
        var document = GraphDocument(
            name: "genogram", title: "Genogram: \(network.youngPerson.displayName)'s family",
            summary: summary(network, plan))
        document.directed = false
        document.graphAttributes["rankdir"] = .text("TB")
        document.graphAttributes["nodesep"] = .text("1.05")
        document.graphAttributes["ranksep"] = .text("0.55")
        document.graphAttributes["splines"] = .text("ortho")
        document.graphAttributes["forcelabels"] = .text("true")
        document.nodeDefaults["fontname"] = .text("DejaVu Sans")
        document.nodeDefaults["fontsize"] = .text("9")
        let stages = Dictionary(uniqueKeysWithValues: network.connections.map { ($0.id, $0) })
        var ranks: [Int: [String]] = [:]
        for (person, id) in ids.sorted(by: { $0.value < $1.value }) {
            let info = graph.people[person] ?? FamilyGraph.Person(id: person)
            var node = GraphDocument.Node(id: id)
            node.attributes["shape"] = .text(GenogramStyle.shape(info.sex))
            node.attributes["width"] = .text(String(GenogramStyle.symbolSize))
            node.attributes["height"] = .text(String(GenogramStyle.symbolSize))
            node.attributes["fixedsize"] = .text("true")
            node.attributes["style"] = .text("filled")
            node.attributes["label"] = .text("")
            if person == Connection.youngPersonID {
                node.attributes["peripheries"] = .text("2")
                node.attributes["penwidth"] = .text("2")
                node.attributes["fillcolor"] = .text("#FFFFFF")
                node.attributes["xlabel"] = .html(
                    "<B>" + Ecomap.lines(network.youngPerson.displayName, width: 18).joined(separator: "<BR/>")
                        + "</B><BR/>young person")
            } else {
                let connection = stages[person]
                node.attributes["fillcolor"] = .text(GenogramStyle.fill(connection?.stage))
                var label =
                    "<B>" + Ecomap.lines(connection?.name ?? person, width: 18).joined(separator: "<BR/>") + "</B>"
                if let born = info.born { label += "<BR/>b. \(HTMLLabel.escape(String(born.prefix(4))))" }
                if let stage = connection?.stage { label += "<BR/><I>\(HTMLLabel.escape(stage.title))</I>" }
                node.attributes["xlabel"] = .html(label)
            }
            document.nodes.append(node)
            ranks[plan.generation[person]! * 2, default: []].append(id)
        }
        for (index, union) in plan.unions.enumerated() {
            let id = "u\(index)"
            var node = GraphDocument.Node(id: id)
            node.attributes["shape"] = .text("point")
            node.attributes["width"] = .text(union.parents.isEmpty ? "0.03" : "0.06")
            node.attributes["ordering"] = .text("out")
            node.attributes["label"] = .text("")
            document.nodes.append(node)
            // Partnerships sit on their own row between the generations: each partner drops a line to it,
            // and the children hang from it, in birth order.
            ranks[union.generation * 2 + 1, default: []].append(id)
            for parent in union.parents {
                var line = GraphDocument.Edge(tail: ids[parent]!, head: id)
                line.attributes =
                    union.parents.count == 2 ? GenogramStyle.partnerLine(union.status) : GraphDocument.Attributes()
                line.attributes["weight"] = .text("4")
                document.edges.append(line)
            }
            for child in union.children {
                var edge = GraphDocument.Edge(tail: id, head: ids[child.id]!)
                edge.attributes = GenogramStyle.childLine(child.kind)
                if union.parents.isEmpty { edge.attributes["style"] = .text("dashed") }
                document.edges.append(edge)
            }
        }
        for link in plan.looseLinks {
            var edge = GraphDocument.Edge(tail: ids[link.parent]!, head: ids[link.child]!)
            edge.attributes = GenogramStyle.childLine(link.kind)
            edge.attributes["constraint"] = .text("false")
            document.edges.append(edge)
        }
        for generation in ranks.keys.sorted() {
            document.sameRanks.append(GraphDocument.SameRank(name: "row\(generation + 100)", nodes: ranks[generation]!))
        }
        return document
    }

    /// A sentence list of who is on the genogram, for screen readers.
    static func summary(_ network: CaseNetwork, _ plan: GenogramPlan) -> String {
        let names = Dictionary(uniqueKeysWithValues: network.connections.map { ($0.id, $0.name) })
        let others = plan.generation.keys.filter { $0 != Connection.youngPersonID }.sorted()
        guard !others.isEmpty else { return "\(network.youngPerson.displayName)'s family: no relatives recorded yet." }
        return "\(network.youngPerson.displayName)'s family of \(others.count): "
            + others.map { names[$0] ?? $0 }.joined(separator: "; ") + "."
    }
}
