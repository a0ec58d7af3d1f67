import LifelinksModel

/// One case's network as GraphML, for Gephi, Cytoscape and networkx.
///
/// The young person is the node `young-person`; every connection is a node
/// with its id. An edge of type `tie` runs from the young person to each
/// connection (with its closeness and support flow), and an edge of type
/// `relation` stands for each family relation. Notes and contact details are
/// never written: this is the shape of the network, not the case file. The
/// network is written as given, so filter it by audience first; safety, wishes
/// and the young person's date of birth are left out where its `disclosure`
/// withholds them.
public enum GraphMLExport {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// One declared attribute: a `<key>` element, and the `<data>` elements that use it.
    public struct Key: Hashable, Sendable {
        public enum Domain: String, Sendable {
            case graph, node, edge
        }

        public enum ValueType: String, Sendable {
            case string, int, boolean
        }

        public let id: String
        public let domain: Domain
        public let name: String
        public let type: ValueType
        /// The value a reader assumes where an element has no `<data>` for this key.
        public let defaultValue: String?

        init(_ domain: Domain, _ name: String, _ type: ValueType = .string, default defaultValue: String? = nil) {
            self.id = "\(domain.rawValue.prefix(1))_\(name)"
            self.domain = domain
            self.name = name
            self.type = type
            self.defaultValue = defaultValue
        }
    }

    static let caseReference = Key(.graph, "case")
    static let label = Key(.node, "label")
    static let name = Key(.node, "name")
    static let role = Key(.node, "role")
    static let kind = Key(.node, "kind")
    static let category = Key(.node, "category")
    static let relationship = Key(.node, "relationship")
    static let side = Key(.node, "side")
    static let foundVia = Key(.node, "found_via")
    static let stage = Key(.node, "stage")
    static let stageDate = Key(.node, "stage_date")
    static let wishes = Key(.node, "wishes")
    static let safety = Key(.node, "safety")
    static let nodeCloseness = Key(.node, "closeness")
    static let nodeSupportFlow = Key(.node, "support_flow")
    static let sex = Key(.node, "sex")
    static let gender = Key(.node, "gender")
    static let born = Key(.node, "born")
    static let commitments = Key(.node, "commitments", .int, default: "0")
    static let contacts = Key(.node, "contacts", .int, default: "0")
    static let edgeType = Key(.edge, "type")
    static let edgeCloseness = Key(.edge, "closeness")
    static let edgeSupportFlow = Key(.edge, "support_flow")
    static let relation = Key(.edge, "relation")
    static let symmetric = Key(.edge, "symmetric", .boolean, default: "false")

    /// Every key, in the order they are declared.
    public static let keys: [Key] = [
        caseReference, label, name, role, kind, category, relationship, side, foundVia, stage, stageDate, wishes,
        safety, nodeCloseness, nodeSupportFlow, sex, gender, born, commitments, contacts, edgeType, edgeCloseness,
        edgeSupportFlow, relation, symmetric,
    ]

    /// The GraphML document for one network, as UTF-8 text ending in a line feed.
    public static func document(for network: CaseNetwork) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            """
            <graphml xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(namespace) \(namespace)/1.0/graphml.xsd">
            """,
        ]
        for key in keys {
            let head =
                "  <key id=\"\(key.id)\" for=\"\(key.domain.rawValue)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type.rawValue)\""
            if let value = key.defaultValue {
                lines += [head + ">", "    <default>\(value)</default>", "  </key>"]
            } else {
                lines.append(head + "/>")
            }
        }
        let youngPerson = network.youngPerson
        lines.append("  <graph id=\"\(GraphMLText.escape(youngPerson.reference))\" edgedefault=\"directed\">")
        lines.append(data(caseReference, youngPerson.reference, indent: 4))
        lines += element(
            "node", id: Connection.youngPersonID,
            data: [
                (label, youngPerson.displayName), (name, youngPerson.name), (role, "young-person"),
                (sex, youngPerson.sex?.rawValue),
                // Where dates of birth are withheld the view keeps only a stand-in that gives the age; it is not written.
                (born, network.disclosure.datesOfBirth ? youngPerson.dateOfBirth.description : nil),
            ])
        var nodes: Set<String> = [Connection.youngPersonID]
        for connection in network.connections {
            nodes.insert(connection.id)
            lines += element("node", id: connection.id, data: nodeData(connection, in: network))
        }
        for connection in network.connections {
            lines += element(
                "edge", id: "tie:\(connection.id)",
                ends: (Connection.youngPersonID, connection.id),
                data: [
                    (edgeType, "tie"), (edgeCloseness, connection.closeness?.rawValue),
                    (edgeSupportFlow, connection.supportFlow?.rawValue),
                ])
        }
        let relations = network.relations.filter { nodes.contains($0.from) && nodes.contains($0.to) }
        for (index, tie) in relations.enumerated() {
            lines += element(
                "edge", id: "relation:\(index + 1)", ends: (tie.from, tie.to),
                data: [
                    (edgeType, "relation"), (relation, tie.kind.rawValue),
                    (symmetric, tie.kind.isSymmetric ? "true" : "false"),
                ])
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func nodeData(_ connection: Connection, in network: CaseNetwork) -> [(Key, String?)] {
        let commitmentCount = network.commitments.count(where: { $0.connection == connection.id })
        let contactCount = network.events.count(where: { $0.connection == connection.id && $0.kind.isContact })
        let showsSafety = network.disclosure.safety
        return [
            (label, connection.name), (name, connection.name), (role, "connection"),
            (kind, connection.kind.rawValue), (category, connection.category.rawValue),
            (relationship, connection.relationship), (side, connection.side?.rawValue),
            (foundVia, connection.foundVia?.spelling), (stage, connection.stage.rawValue),
            (stageDate, connection.stageDate?.description),
            (wishes, showsSafety ? connection.wishes.rawValue : nil),
            (safety, showsSafety ? connection.safety.rawValue : nil), (nodeCloseness, connection.closeness?.rawValue),
            (nodeSupportFlow, connection.supportFlow?.rawValue), (sex, connection.sex?.rawValue),
            (gender, connection.gender), (born, connection.born), (commitments, String(commitmentCount)),
            (contacts, String(contactCount)),
        ]
    }

    /// A node or edge element with a `<data>` child for each value that is present.
    static func element(
        _ tag: String, id: String, ends: (source: String, target: String)? = nil, data values: [(Key, String?)]
    ) -> [String] {
        var head = "    <\(tag) id=\"\(GraphMLText.escape(id))\""
        if let ends {
            head += " source=\"\(GraphMLText.escape(ends.source))\" target=\"\(GraphMLText.escape(ends.target))\""
        }
        let children = values.compactMap { key, value in value.map { data(key, $0, indent: 6) } }
        return children.isEmpty ? [head + "/>"] : [head + ">"] + children + ["    </\(tag)>"]
    }

    static func data(_ key: Key, _ value: String, indent: Int) -> String {
        String(repeating: " ", count: indent) + "<data key=\"\(key.id)\">\(GraphMLText.escape(value))</data>"
    }
}
