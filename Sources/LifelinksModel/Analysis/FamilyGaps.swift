/// The family's unexplored branches, and the closest kin still to contact, from the family graph.
///
/// A branch is unexplored when the family tree stops where it should go on:
/// a birth parent not recorded, a parent whose own parents or brothers and
/// sisters are unknown, or a parent with another partner and no children
/// recorded with them (who would be the young person's half-siblings).
struct FamilyGaps {
    let network: CaseNetwork
    let graph: FamilyGraph

    init(_ network: CaseNetwork) {
        self.network = network
        graph = FamilyGraph(network)
    }

    func add(to add: GapAnalysis.Add) {
        // Only a case with a family tree (some family tie recorded) has branches to explore.
        guard !graph.parentLinks.isEmpty || !graph.partnerships.isEmpty || !graph.statedSiblings.isEmpty else { return }
        let youngPerson = Connection.youngPersonID
        let parents = birthParents(of: youngPerson)
        if network.connections.contains(where: { $0.category == .family }) && parents.count < 2 {
            add(
                "branch-unexplored", .info, nil,
                parents.isEmpty
                    ? "Neither of the young person's birth parents is recorded in the family tree."
                    : "Only one of the young person's birth parents is recorded in the family tree.")
        }
        for parent in parents.sorted() {
            let side = self.side(of: parent)
            if birthParents(of: parent).isEmpty {
                add(
                    "branch-unexplored", .info, parent,
                    "No parents are recorded for \(parent): the young person's \(side)grandparents are still to find.")
            } else if siblings(of: parent).isEmpty {
                add(
                    "branch-unexplored", .info, parent,
                    "No brothers or sisters of \(parent) are recorded: the young person's \(side)aunts and uncles are still to find."
                )
            }
            let otherParent = parents.filter { $0 != parent }
            for partner in graph.partners(of: parent).map(\.id).sorted() where !otherParent.contains(partner) {
                let together = Set(graph.children(of: parent).map(\.id)).intersection(
                    graph.children(of: partner).map(\.id))
                if together.isEmpty {
                    add(
                        "branch-unexplored", .info, parent,
                        "\(parent) has another partner, \(partner): any children of theirs would be the young person's half-siblings."
                    )
                }
            }
        }
        var kinship: Kinship?
        for (id, degree) in closeKin(within: 3) {
            guard let person = network.connection(id), [.identified, .searching, .located].contains(person.stage),
                person.safety != .unsafe, person.wishes != .noContact
            else { continue }
            // Blood kin only: a half-sister's mother is reached through birth ties but is no relation.
            if kinship == nil { kinship = Kinship(graph) }
            let relation = kinship?.relationship(of: id, to: youngPerson)
            guard relation == nil || relation?.aUp != nil else { continue }
            add(
                "close-kin-not-contacted", .info, id,
                "\(id) is close family (\(relation?.label ?? FamilyGaps.describe(degree))) and has not been contacted yet."
            )
        }
    }

    func birthParents(of id: String) -> [String] {
        graph.parents(of: id).filter { $0.kind == .birth }.map(\.id)
    }

    /// Brothers and sisters: sharing a birth parent, or stated.
    func siblings(of id: String) -> Set<String> {
        var found = Set<String>()
        for parent in birthParents(of: id) {
            for child in graph.children(of: parent) where child.kind == .birth && child.id != id {
                found.insert(child.id)
            }
        }
        for sibling in graph.statedSiblings {
            if sibling.first == id { found.insert(sibling.second) }
            if sibling.second == id { found.insert(sibling.first) }
        }
        return found
    }

    /// "maternal " or "paternal " from the parent's sex or recorded side; empty when unknown.
    func side(of parent: String) -> String {
        switch graph.people[parent]?.sex {
        case .female: return "maternal "
        case .male: return "paternal "
        default:
            switch network.connection(parent)?.side {
            case .maternal: return "maternal "
            case .paternal: return "paternal "
            default: return ""
            }
        }
    }

    /// Blood relatives by degree (steps through birth parents and children), nearest first, then by id.
    func closeKin(within limit: Int) -> [(String, Int)] {
        var degree = [Connection.youngPersonID: 0]
        var queue = [Connection.youngPersonID]
        var index = 0
        while index < queue.count {
            let id = queue[index]
            index += 1
            let next = degree[id]! + 1
            guard next <= limit else { continue }
            let around =
                graph.parentLinks.filter { $0.kind == .birth && $0.child == id }.map(\.parent)
                + graph.parentLinks.filter { $0.kind == .birth && $0.parent == id }.map(\.child)
            for other in around where degree[other] == nil {
                degree[other] = next
                queue.append(other)
            }
            for sibling in graph.statedSiblings where sibling.first == id || sibling.second == id {
                let other = sibling.first == id ? sibling.second : sibling.first
                if degree[other] == nil, next + 1 <= limit {
                    degree[other] = next + 1
                    queue.append(other)
                }
            }
        }
        return degree.filter { $0.key != Connection.youngPersonID }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .map { ($0.key, $0.value) }
    }

    static func describe(_ degree: Int) -> String {
        switch degree {
        case 1: "a parent or child"
        case 2: "a grandparent, brother or sister"
        default: "an aunt, uncle, niece, nephew or great-grandparent"
        }
    }
}
