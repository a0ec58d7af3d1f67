/// The family's ties by person number, each recorded once: the strongest kind of a parent link written twice,
/// the most current standing of a couple written twice, and links naming nobody in the graph left out.
struct FamilyTies {
    typealias ParentKind = FamilyGraph.ParentKind
    typealias PartnerStatus = FamilyGraph.PartnerStatus

    struct Couple {
        var first: Int32
        var second: Int32
        var status: PartnerStatus
    }

    struct SiblingPair {
        var first: Int32
        var second: Int32
        var kind: KinshipPath.SiblingKind
    }

    /// For each person, their parents in number order, with how each is a parent.
    private(set) var parents: [[(id: Int32, kind: ParentKind)]]
    /// For each person, their children in number order, with how the person is their parent.
    private(set) var children: [[(id: Int32, kind: ParentKind)]]
    /// Each couple once, the lower number first.
    private(set) var couples: [Couple] = []
    /// Each sibling pair once, the lower number first: derived from shared parents, else stated.
    private(set) var siblings: [SiblingPair] = []

    init(_ graph: FamilyGraph, numbers: [String: Int32]) {
        let count = numbers.count
        var strongest: [Int64: ParentKind] = [:]
        for link in graph.parentLinks {
            guard let parent = numbers[link.parent], let child = numbers[link.child], parent != child else {
                continue
            }
            let key = Self.key(parent, child)
            if let known = strongest[key], known.strength <= link.kind.strength { continue }
            strongest[key] = link.kind
        }
        var parents = [[(id: Int32, kind: ParentKind)]](repeating: [], count: count)
        var children = [[(id: Int32, kind: ParentKind)]](repeating: [], count: count)
        for (key, kind) in strongest {
            let (parent, child) = Self.split(key)
            parents[Int(child)].append((parent, kind))
            children[Int(parent)].append((child, kind))
        }
        for person in 0..<count {
            parents[person].sort { $0.id < $1.id }
            children[person].sort { $0.id < $1.id }
        }
        self.parents = parents
        self.children = children

        var standing: [Int64: PartnerStatus] = [:]
        for partnership in graph.partnerships {
            guard let one = numbers[partnership.first], let other = numbers[partnership.second], one != other
            else { continue }
            let key = Self.key(min(one, other), max(one, other))
            if let known = standing[key], known.preference <= partnership.status.preference { continue }
            standing[key] = partnership.status
        }
        couples = standing.map { key, status in
            let (first, second) = Self.split(key)
            return Couple(first: first, second: second, status: status)
        }
        couples.sort { ($0.first, $0.second) < ($1.first, $1.second) }

        siblings = deriveSiblings(stated: graph.statedSiblings, numbers: numbers)
    }

    /// Birth parents only, in number order: what full and half siblings are told apart by.
    func birthParents(of person: Int32) -> [Int32] {
        parents[Int(person)].compactMap { $0.kind == .birth ? $0.id : nil }
    }

    static func key(_ first: Int32, _ second: Int32) -> Int64 {
        Int64(first) << 32 | Int64(second)
    }

    static func split(_ key: Int64) -> (Int32, Int32) {
        (Int32(truncatingIfNeeded: key >> 32), Int32(truncatingIfNeeded: key))
    }
}
