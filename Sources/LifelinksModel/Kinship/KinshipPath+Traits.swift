/// Internal readings of one step: which way it moves through the generations, and a fixed order for ties.
extension KinshipPath.Relation {
    /// Which way a step moves through the family, for reading a path's shape.
    enum Move {
        case up
        case down
        case across
        case partner
    }

    var move: Move {
        switch self {
        case .child: .up
        case .parent: .down
        case .sibling: .across
        case .partner: .partner
        }
    }

    /// A fixed number per relation, so parallel ties (a partner who is also a stepsibling) sort the same way
    /// every run.
    var order: Int {
        switch self {
        case .parent(let kind): kind.strength
        case .child(let kind): 4 + kind.strength
        case .sibling(let kind): 8 + kind.strength
        case .partner(let status): 13 + status.preference
        }
    }
}

extension FamilyGraph.ParentKind {
    /// Birth before adoptive before step before foster: the stronger tie wins when one is recorded twice.
    var strength: Int {
        switch self {
        case .birth: 0
        case .adoptive: 1
        case .step: 2
        case .foster: 3
        }
    }
}

extension KinshipPath.SiblingKind {
    /// Blood siblings first, then adoptive, step and foster, like parent kinds.
    var strength: Int {
        switch self {
        case .full: 0
        case .half: 1
        case .adoptive: 2
        case .step: 3
        case .foster: 4
        }
    }
}

extension FamilyGraph.PartnerStatus {
    /// The most current standing first, for a couple recorded twice (divorced, then married again).
    var preference: Int {
        switch self {
        case .married: 0
        case .separated: 1
        case .unmarried: 2
        case .divorced: 3
        case .former: 4
        }
    }

    /// Whether the partnership has ended, which turns "stepfather" into "former stepfather".
    var hasEnded: Bool { self == .divorced || self == .former }
}
