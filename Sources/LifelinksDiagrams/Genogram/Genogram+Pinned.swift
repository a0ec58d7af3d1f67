import LifelinksModel

extension Genogram {
    /// The second pass: every node and line where `dot` put it, plus crosses, slashes and the key.
    static func pinned(
        _ first: GraphDocument, layout: PlainLayout, graph: FamilyGraph, plan: GenogramPlan, ids: [String: String],
        network: CaseNetwork
    ) -> GraphDocument {
        var document = first
        document.sameRanks = []
        document.graphAttributes["splines"] = .text("true")
        document.graphAttributes["label"] = .html(
            "<B>\(HTMLLabel.escape(network.youngPerson.displayName))'s family</B>"
                + "<BR/><FONT POINT-SIZE=\"10\">genogram, \(plan.generation.count - 1) relatives</FONT>")
        document.graphAttributes["labelloc"] = .text("t")
        document.graphAttributes["fontname"] = .text("DejaVu Sans")
        document.graphAttributes["fontsize"] = .text("18")
        document.graphAttributes["pad"] = .text("0.3")
        for index in document.nodes.indices {
            guard let box = layout.nodes[document.nodes[index].id] else { continue }
            document.nodes[index].attributes["pos"] = .text("\(KeyBuilder.format(box.x)),\(KeyBuilder.format(box.y))!")
        }
        var routes: [String: [PlainLayout.Route]] = [:]
        for route in layout.edges { routes["\(route.tail)|\(route.head)", default: []].append(route) }
        for index in document.edges.indices {
            let edge = document.edges[index]
            let key = "\(edge.tail)|\(edge.head)"
            let reverse = "\(edge.head)|\(edge.tail)"
            let route = routes[key]?.first ?? routes[reverse]?.first
            if routes[key]?.isEmpty == false {
                routes[key]!.removeFirst()
            } else if routes[reverse]?.isEmpty == false {
                routes[reverse]!.removeFirst()
            }
            guard let route else { continue }
            document.edges[index].attributes["pos"] = .text(
                route.points.map { "\(KeyBuilder.format($0.x)),\(KeyBuilder.format($0.y))" }.joined(separator: " "))
        }
        var marks = KeyBuilder(left: 0, top: 0)
        // A cross over everyone who has died.
        for (person, id) in ids.sorted(by: { $0.value < $1.value }) where graph.people[person]?.deceased == true {
            guard let box = layout.nodes[id] else { continue }
            let sex = graph.people[person]?.sex ?? .unknown
            let reach = box.width / 2 * (sex == .male ? 0.95 : 0.7)
            marks.mark("\(id)x1", from: (box.x - reach, box.y - reach), to: (box.x + reach, box.y + reach))
            marks.mark("\(id)x2", from: (box.x - reach, box.y + reach), to: (box.x + reach, box.y - reach))
        }
        // One slash across a separated couple's line, two across a divorce.
        for (index, union) in plan.unions.enumerated() where union.parents.count == 2 {
            let count = GenogramStyle.slashes(union.status)
            guard count > 0, let point = layout.nodes["u\(index)"], let partner = layout.nodes[ids[union.parents[0]]!]
            else { continue }
            // On the partner's line, just before it meets the partnership point.
            let toward = partner.x < point.x ? -1.0 : 1.0
            let middle = (point.x + toward * 16, point.y)
            for slash in 0..<count {
                let x = middle.0 + Double(slash) * 7 - Double(count - 1) * 3.5
                marks.mark("u\(index)s\(slash)", from: (x - 4, middle.1 - 9), to: (x + 4, middle.1 + 9))
            }
        }
        marks.add(to: &document)
        GenogramLegend.add(to: &document, left: layout.width + 120, top: layout.height - 10)
        return document
    }
}
