import LifelinksModel

/// Who appears on a genogram and how they hang together: people by generation, partnerships, and children under them.
///
/// Generations count from the young person (0): parents −1, children +1,
/// partners and siblings alike. Only people within `generations` each way
/// and joined to the young person through family ties are drawn.
struct GenogramPlan {
    struct Union: Hashable {
        /// One or two parents (sorted ids); none for siblings whose parents are unknown.
        var parents: [String]
        var status: FamilyGraph.PartnerStatus?
        var generation: Int
        /// Children in birth order, with how they are the parents' child.
        var children: [(id: String, kind: FamilyGraph.ParentKind)] = []

        static func == (lhs: Union, rhs: Union) -> Bool {
            lhs.parents == rhs.parents && lhs.generation == rhs.generation
        }
        func hash(into hasher: inout Hasher) {
            hasher.combine(parents)
            hasher.combine(generation)
        }
    }

    var generation: [String: Int] = [:]
    var unions: [Union] = []
    /// Step and foster parents drawn with their own line to the child.
    var looseLinks: [FamilyGraph.ParentLink] = []

    init(_ graph: FamilyGraph, generations: Int) {
        // Breadth first from the young person, through every kind of family tie.
        var queue = [Connection.youngPersonID]
        generation[Connection.youngPersonID] = 0
        var neighbours: [String: [(String, Int)]] = [:]
        for link in graph.parentLinks {
            neighbours[link.child, default: []].append((link.parent, -1))
            neighbours[link.parent, default: []].append((link.child, 1))
        }
        for partnership in graph.partnerships {
            neighbours[partnership.first, default: []].append((partnership.second, 0))
            neighbours[partnership.second, default: []].append((partnership.first, 0))
        }
        for sibling in graph.statedSiblings {
            neighbours[sibling.first, default: []].append((sibling.second, 0))
            neighbours[sibling.second, default: []].append((sibling.first, 0))
        }
        var index = 0
        while index < queue.count {
            let id = queue[index]
            index += 1
            let here = generation[id]!
            for (other, step) in neighbours[id] ?? [] where generation[other] == nil && graph.people[other] != nil {
                let there = here + step
                guard abs(there) <= generations else { continue }
                generation[other] = there
                queue.append(other)
            }
        }

        func born(_ id: String) -> String { graph.people[id]?.born ?? "9999" }
        var byParents: [[String]: Union] = [:]
        looseLinks = graph.parentLinks.filter { link in
            (link.kind == .step || link.kind == .foster) && generation[link.child] != nil
                && generation[link.parent] != nil
        }
        // Group each child under the set of their birth or adoptive parents who are drawn.
        var childrenByParents: [[String]: [(String, FamilyGraph.ParentKind)]] = [:]
        let children = Set(graph.parentLinks.map(\.child)).filter { generation[$0] != nil }
        for child in children.sorted() {
            let parents = graph.parents(of: child).filter {
                ($0.kind == .birth || $0.kind == .adoptive) && generation[$0.id] != nil
            }
            guard !parents.isEmpty else { continue }
            let key = parents.map(\.id).sorted()
            let kind: FamilyGraph.ParentKind = parents.contains { $0.kind == .adoptive } ? .adoptive : .birth
            childrenByParents[key, default: []].append((child, kind))
        }
        for partnership in graph.partnerships
        where generation[partnership.first] != nil && generation[partnership.second] != nil {
            let key = [partnership.first, partnership.second].sorted()
            byParents[key] = Union(parents: key, status: partnership.status, generation: generation[key[0]]!)
        }
        for (key, kids) in childrenByParents {
            var union =
                byParents[key]
                ?? Union(parents: key, status: key.count == 2 ? .unmarried : nil, generation: generation[key[0]]!)
            union.children = kids.sorted { (born($0.0), $0.0) < (born($1.0), $1.0) }
            byParents[key] = union
        }
        // Siblings stated without parents hang from an unknown pair of parents.
        var siblingGroups: [[String]] = []
        let drawn = generation
        func hasParents(_ id: String) -> Bool { graph.parents(of: id).contains { drawn[$0.id] != nil } }
        for sibling in graph.statedSiblings where generation[sibling.first] != nil && generation[sibling.second] != nil
        {
            guard !hasParents(sibling.first) && !hasParents(sibling.second) else { continue }
            if let index = siblingGroups.firstIndex(where: { $0.contains(sibling.first) || $0.contains(sibling.second) }
            ) {
                siblingGroups[index] = Array(Set(siblingGroups[index] + [sibling.first, sibling.second])).sorted()
            } else {
                siblingGroups.append([sibling.first, sibling.second].sorted())
            }
        }
        unions = byParents.values.sorted {
            ($0.generation, $0.parents.joined(separator: "|")) < ($1.generation, $1.parents.joined(separator: "|"))
        }
        for group in siblingGroups {
            var union = Union(parents: [], status: nil, generation: generation[group[0]]! - 1)
            union.children = group.sorted { (born($0), $0) < (born($1), $1) }.map { ($0, .birth) }
            unions.append(union)
        }
    }
}
