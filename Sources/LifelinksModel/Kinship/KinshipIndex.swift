/// The family as integers, built once: people numbered in id order (so comparing numbers compares ids) and every
/// tie in one flat adjacency array, so a search touches nothing but integers.
struct KinshipIndex: Sendable {
    let ids: [String]
    let numbers: [String: Int32]
    let sexes: [Sex]
    /// The ties of person `p` are edges `firstEdge[p] ..< firstEdge[p + 1]`, each read "p is target's relation".
    let firstEdge: [Int32]
    let targets: [Int32]
    let relations: [KinshipPath.Relation]
    /// Birth parents of person `p` are `birthParents[firstBirthParent[p] ..< firstBirthParent[p + 1]]`.
    let firstBirthParent: [Int32]
    let birthParents: [Int32]
    /// The young person's number, when they are in the family.
    let youngPerson: Int32?

    init(_ graph: FamilyGraph) {
        let ids = graph.people.keys.sorted()
        var numbers = [String: Int32](minimumCapacity: ids.count)
        for (number, id) in ids.enumerated() { numbers[id] = Int32(number) }
        self.ids = ids
        self.numbers = numbers
        sexes = ids.map { graph.people[$0]?.sex ?? .unknown }
        youngPerson = numbers[Connection.youngPersonID]

        let ties = FamilyTies(graph, numbers: numbers)
        var lists = [[(target: Int32, relation: KinshipPath.Relation)]](repeating: [], count: ids.count)
        for child in ties.parents.indices {
            for parent in ties.parents[child] {
                lists[Int(parent.id)].append((Int32(child), .parent(kind: parent.kind)))
                lists[child].append((parent.id, .child(kind: parent.kind)))
            }
        }
        for couple in ties.couples {
            lists[Int(couple.first)].append((couple.second, .partner(status: couple.status)))
            lists[Int(couple.second)].append((couple.first, .partner(status: couple.status)))
        }
        for pair in ties.siblings {
            lists[Int(pair.first)].append((pair.second, .sibling(kind: pair.kind)))
            lists[Int(pair.second)].append((pair.first, .sibling(kind: pair.kind)))
        }

        var firstEdge: [Int32] = [0]
        var targets: [Int32] = []
        var relations: [KinshipPath.Relation] = []
        firstEdge.reserveCapacity(ids.count + 1)
        for person in lists.indices {
            let sorted = lists[person].sorted { ($0.target, $0.relation.order) < ($1.target, $1.relation.order) }
            for edge in sorted {
                targets.append(edge.target)
                relations.append(edge.relation)
            }
            firstEdge.append(Int32(targets.count))
        }
        self.firstEdge = firstEdge
        self.targets = targets
        self.relations = relations

        var firstBirthParent: [Int32] = [0]
        var birthParents: [Int32] = []
        for person in ties.parents.indices {
            birthParents += ties.birthParents(of: Int32(person))
            firstBirthParent.append(Int32(birthParents.count))
        }
        self.firstBirthParent = firstBirthParent
        self.birthParents = birthParents
    }

    var count: Int { ids.count }

    /// Positions in `targets` and `relations` of the ties of `person`.
    @inline(__always)
    func edges(of person: Int32) -> Range<Int> {
        Int(firstEdge[Int(person)])..<Int(firstEdge[Int(person) + 1])
    }

    /// The birth parents of `person`, in number order.
    func birthParentsOf(_ person: Int32) -> ArraySlice<Int32> {
        birthParents[Int(firstBirthParent[Int(person)])..<Int(firstBirthParent[Int(person) + 1])]
    }
}
