/// Which side of the young person's family a path leaves by, for "maternal aunt" and "paternal half-brother".
extension PathReading {
    /// Maternal or paternal when the young person is at one end and the path's first step away from them is
    /// to their birth or adoptive mother or father, or to a half-sibling through one of them; nil otherwise
    /// (a full sibling shares both sides, and a step or foster parent is neither).
    func side(_ index: KinshipIndex) -> FamilySide? {
        guard let youngPerson = index.youngPerson, let last = people.last, !relations.isEmpty else { return nil }
        let neighbour: Int32
        let relation: KinshipPath.Relation
        if people[0] == youngPerson {
            neighbour = people[1]
            relation = relations[0]
        } else if last == youngPerson {
            neighbour = people[people.count - 2]
            relation = relations[relations.count - 1]
        } else {
            return nil
        }
        // Both readings of the step name the parent the same way: the young person's child-step up to a parent,
        // or a parent's step down to the young person.
        switch relation {
        case .child(let kind) where people[0] == youngPerson && (kind == .birth || kind == .adoptive):
            return Self.side(of: index.sexes[Int(neighbour)])
        case .parent(let kind) where last == youngPerson && (kind == .birth || kind == .adoptive):
            return Self.side(of: index.sexes[Int(neighbour)])
        case .sibling(.half):
            let shared = index.birthParentsOf(youngPerson).filter { index.birthParentsOf(neighbour).contains($0) }
            return shared.count == 1 ? Self.side(of: index.sexes[Int(shared[0])]) : nil
        default:
            return nil
        }
    }

    private static func side(of sex: Sex) -> FamilySide? {
        switch sex {
        case .female: .maternal
        case .male: .paternal
        case .unknown: nil
        }
    }
}
