/// One found path read as people and steps, and cut into stretches of kin and partnerships: all that its
/// place in the nearest-first order, its words and its side need.
struct PathReading {
    /// The kind of tie a whole path makes, in the order paths of one length are listed.
    enum Category: Int, Comparable {
        /// Birth parents and children, full and half siblings only.
        case blood
        /// Shaped like blood kin, with an adoptive parent or sibling on the way.
        case adoptive
        /// Partners, in-laws, step relations and anything else.
        case other
        /// Anything with a foster link, the loosest tie of all.
        case foster

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The weakest kind of link in a stretch of kin, which names the whole stretch ("adoptive grandmother").
    enum Qualifier: Int, Comparable {
        case none
        case adoptive
        case step
        case foster

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Up some generations, across to a sibling at most once, then down: the shape every blood tie has.
    struct KinStretch {
        /// Positions in `people` where the stretch begins and ends.
        var start: Int
        var end: Int
        var ups = 0
        var sibling: KinshipPath.SiblingKind?
        var downs = 0
        var qualifier = Qualifier.none

        /// Generations from the stretch's first person up to the common ancestor.
        var generationsUp: Int { ups + (sibling == nil ? 0 : 1) }
        /// Generations from the stretch's last person up to the common ancestor.
        var generationsDown: Int { downs + (sibling == nil ? 0 : 1) }
        var isHalf: Bool { sibling == .half }
    }

    enum Piece {
        case kin(KinStretch)
        /// A partnership between `people[position]` and `people[position + 1]`.
        case partner(FamilyGraph.PartnerStatus, position: Int)
    }

    /// From `a` to `b`.
    let people: [Int32]
    /// `relations[i]` is what `people[i]` is to `people[i + 1]`.
    let relations: [KinshipPath.Relation]
    let pieces: [Piece]
    let category: Category
    private let siblingSteps: Int
    private let halfSteps: Int

    init(_ index: KinshipIndex, from a: Int32, edges: [Int32]) {
        var people = [a]
        var relations: [KinshipPath.Relation] = []
        people.reserveCapacity(edges.count + 1)
        relations.reserveCapacity(edges.count)
        for edge in edges {
            people.append(index.targets[Int(edge)])
            relations.append(index.relations[Int(edge)])
        }
        self.people = people
        self.relations = relations
        pieces = Self.cut(relations)

        var siblingSteps = 0
        var halfSteps = 0
        var foster = false
        for relation in relations {
            switch relation {
            case .sibling(let kind):
                siblingSteps += 1
                if kind == .half { halfSteps += 1 }
                if kind == .foster { foster = true }
            case .parent(let kind), .child(let kind):
                if kind == .foster { foster = true }
            case .partner: break
            }
        }
        self.siblingSteps = siblingSteps
        self.halfSteps = halfSteps
        if foster {
            category = .foster
        } else if pieces.count == 1, case .kin(let stretch) = pieces[0], stretch.qualifier <= .adoptive {
            category = stretch.qualifier == .none ? .blood : .adoptive
        } else {
            category = .other
        }
    }

    /// The path as blood kin, when it is: the one stretch of birth links and full or half siblings.
    var bloodStretch: KinStretch? {
        guard category == .blood, case .kin(let stretch) = pieces[0] else { return nil }
        return stretch
    }

    /// Nearest first: fewer steps, then blood before adoptive before in-law and step before foster, then the
    /// direct line before a sibling's line and full siblings before half, then by the people's ids in order.
    static func precedes(_ x: PathReading, _ y: PathReading) -> Bool {
        if x.relations.count != y.relations.count { return x.relations.count < y.relations.count }
        if x.category != y.category { return x.category < y.category }
        if x.siblingSteps != y.siblingSteps { return x.siblingSteps < y.siblingSteps }
        if x.halfSteps != y.halfSteps { return x.halfSteps < y.halfSteps }
        for position in x.people.indices where x.people[position] != y.people[position] {
            return x.people[position] < y.people[position]
        }
        for position in x.relations.indices where x.relations[position] != y.relations[position] {
            return x.relations[position].order < y.relations[position].order
        }
        return false
    }

    /// Cuts the steps, from `a`, into the longest stretches shaped like blood kin, with partnerships between.
    private static func cut(_ relations: [KinshipPath.Relation]) -> [Piece] {
        var pieces: [Piece] = []
        var position = 0
        while position < relations.count {
            if case .partner(let status) = relations[position] {
                pieces.append(.partner(status, position: position))
                position += 1
                continue
            }
            var stretch = KinStretch(start: position, end: position)
            while position < relations.count, case .child(let kind) = relations[position] {
                stretch.ups += 1
                stretch.qualifier = max(stretch.qualifier, Qualifier(kind))
                position += 1
            }
            if position < relations.count, case .sibling(let kind) = relations[position] {
                stretch.sibling = kind
                stretch.qualifier = max(stretch.qualifier, Qualifier(kind))
                position += 1
            }
            while position < relations.count, case .parent(let kind) = relations[position] {
                stretch.downs += 1
                stretch.qualifier = max(stretch.qualifier, Qualifier(kind))
                position += 1
            }
            stretch.end = position
            pieces.append(.kin(stretch))
        }
        return pieces
    }
}

extension PathReading.Qualifier {
    init(_ kind: FamilyGraph.ParentKind) {
        switch kind {
        case .birth: self = .none
        case .adoptive: self = .adoptive
        case .step: self = .step
        case .foster: self = .foster
        }
    }

    init(_ kind: KinshipPath.SiblingKind) {
        switch kind {
        case .full, .half: self = .none
        case .adoptive: self = .adoptive
        case .step: self = .step
        case .foster: self = .foster
        }
    }
}
