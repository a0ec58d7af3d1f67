import LifelinksModel

/// A case's family as a GEDCOM document: everyone in a family tie, and a family for each couple or parent.
public enum FamilyTreeExport {
    public static func document(for network: CaseNetwork) -> GedcomDocument {
        let graph = FamilyGraph(network)
        var inTree = Set(graph.parentLinks.flatMap { [$0.parent, $0.child] })
        inTree.formUnion(graph.partnerships.flatMap { [$0.first, $0.second] })
        inTree.formUnion(network.connections.filter { $0.category == .family }.map(\.id))
        inTree.insert(Connection.youngPersonID)
        let names = Dictionary(uniqueKeysWithValues: network.connections.map { ($0.id, $0.name) })

        // One family per couple, and one per parent (or pair of parents) of children outside any couple.
        var families: [(parents: [String], status: FamilyGraph.PartnerStatus)] = graph.partnerships
            .filter { inTree.contains($0.first) && inTree.contains($0.second) }
            .map { ([$0.first, $0.second], $0.status) }
        var childrenOf: [[String]: [GedcomChild]] = [:]
        func place(_ child: String, under key: [String], kinds: [String: FamilyGraph.ParentKind]) {
            if !families.contains(where: { $0.parents.sorted() == key }) { families.append((key, .unmarried)) }
            let father = key.first { graph.people[$0]?.sex == .male } ?? key[0]
            let mother = key.first { $0 != father }
            childrenOf[key, default: []].append(
                GedcomChild(
                    xref: child, fatherKind: kinds[father] ?? .birth, motherKind: mother.flatMap { kinds[$0] } ?? .birth
                ))
        }
        for child in inTree.sorted() {
            let parents = graph.parents(of: child).filter { inTree.contains($0.id) }
            let kinds = Dictionary(parents.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
            // Birth or adoptive parents make one family; a step or foster parent joins their partner's.
            let main = parents.filter { $0.kind == .birth || $0.kind == .adoptive }.map(\.id).sorted()
            if !main.isEmpty { place(child, under: Array(main.prefix(2)), kinds: kinds) }
            for other in parents where other.kind == .step || other.kind == .foster {
                let partner = main.first { candidate in graph.partners(of: other.id).contains { $0.id == candidate } }
                place(child, under: ([other.id] + (partner.map { [$0] } ?? [])).sorted(), kinds: kinds)
            }
        }
        var gedcomFamilies: [GedcomFamily] = []
        var childOf: [String: [(family: String, kind: FamilyGraph.ParentKind)]] = [:]
        var partnerIn: [String: [String]] = [:]
        for (index, family) in families.enumerated() {
            let xref = "F\(index + 1)"
            let sorted = family.parents.sorted()
            let husband = sorted.first { graph.people[$0]?.sex == .male } ?? sorted.first
            let wife = sorted.first { $0 != husband }
            let children = childrenOf[sorted] ?? []
            gedcomFamilies.append(
                GedcomFamily(
                    xref: xref, husband: husband, wife: wife, children: children, status: family.status, line: 0))
            for parent in sorted { partnerIn[parent, default: []].append(xref) }
            for child in children {
                childOf[child.xref, default: []].append(
                    (xref, child.fatherKind == .birth ? child.motherKind : child.fatherKind))
            }
        }
        let individuals = inTree.sorted().map { id -> GedcomIndividual in
            let person = graph.people[id] ?? FamilyGraph.Person(id: id)
            let name = id == Connection.youngPersonID ? network.youngPerson.name : names[id]
            let parts = name.map(splitName)
            return GedcomIndividual(
                xref: id, name: name, givenName: parts?.given, surname: parts?.surname, sex: person.sex,
                birthDate: nil, born: person.born, deceased: person.deceased, line: 0, childOf: childOf[id] ?? [],
                partnerIn: partnerIn[id] ?? [])
        }
        return GedcomDocument(
            individuals: individuals, families: gedcomFamilies, version: "5.5.1", encoding: "UTF-8", customTags: 0,
            recordsWithoutID: 0, lineCount: 0)
    }

    /// The last word as the surname, the rest as given names.
    static func splitName(_ name: String) -> (given: String, surname: String) {
        let words = name.split(separator: " ")
        guard words.count > 1 else { return (name, "") }
        return (words.dropLast().joined(separator: " "), String(words.last!))
    }
}
