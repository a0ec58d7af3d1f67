/// The family as a graph: who is whose parent (and how), who partnered whom, and siblings stated outright.
///
/// Built from a case's connections and relations (or from a GEDCOM tree), it
/// is what kinship, unexplored branches and the genogram read. The young
/// person is the person with id `Connection.youngPersonID`.
public struct FamilyGraph: Hashable, Sendable {
    public struct Person: Hashable, Sendable {
        public var id: String
        public var sex: Sex
        /// Gender identity in the person's own words, when recorded; never used to choose a symbol.
        public var gender: String?
        public var deceased: Bool
        /// A full or partial ISO date ("1950", "1950-03", "1950-03-02"), for birth order.
        public var born: String?

        public init(id: String, sex: Sex = .unknown, gender: String? = nil, deceased: Bool = false, born: String? = nil)
        {
            self.id = id
            self.sex = sex
            self.gender = gender
            self.deceased = deceased
            self.born = born
        }
    }

    /// How a parent is a parent. Adoptive, step and foster parents are never birth kin.
    public enum ParentKind: String, Hashable, Sendable, CaseIterable, Codable {
        case birth
        case adoptive
        case step
        case foster
    }

    public struct ParentLink: Hashable, Sendable {
        public var parent: String
        public var child: String
        public var kind: ParentKind

        public init(parent: String, child: String, kind: ParentKind) {
            self.parent = parent
            self.child = child
            self.kind = kind
        }
    }

    public enum PartnerStatus: String, Hashable, Sendable, CaseIterable, Codable {
        case married
        case unmarried
        case separated
        case divorced
        /// A former partner who was not married to them, or whose marriage's end is not recorded.
        case former
    }

    public struct Partnership: Hashable, Sendable {
        public var first: String
        public var second: String
        public var status: PartnerStatus

        public init(_ first: String, _ second: String, status: PartnerStatus) {
            self.first = first
            self.second = second
            self.status = status
        }
    }

    public enum SiblingKind: String, Hashable, Sendable, CaseIterable, Codable {
        case full
        case half
        case step
    }

    /// A sibling tie recorded where the parents are not (derived ties come from shared parents).
    public struct StatedSibling: Hashable, Sendable {
        public var first: String
        public var second: String
        public var kind: SiblingKind

        public init(_ first: String, _ second: String, kind: SiblingKind) {
            self.first = first
            self.second = second
            self.kind = kind
        }
    }

    public var people: [String: Person]
    public var parentLinks: [ParentLink]
    public var partnerships: [Partnership]
    public var statedSiblings: [StatedSibling]

    public init(
        people: [Person], parentLinks: [ParentLink] = [], partnerships: [Partnership] = [],
        statedSiblings: [StatedSibling] = []
    ) {
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.parentLinks = parentLinks
        self.partnerships = partnerships
        self.statedSiblings = statedSiblings
    }

    /// The family of a case: the young person, every connection, and the family ties in relations.
    public init(_ network: CaseNetwork) {
        var people = [Person(id: Connection.youngPersonID, sex: network.youngPerson.sex ?? .unknown)]
        people += network.connections.map { connection in
            Person(
                id: connection.id, sex: connection.sex ?? .unknown, gender: connection.gender,
                deceased: connection.stage == .deceased, born: connection.born)
        }
        var parents: [ParentLink] = []
        var partners: [Partnership] = []
        var siblings: [StatedSibling] = []
        for relation in network.relations {
            switch relation.kind {
            case .parent: parents.append(ParentLink(parent: relation.from, child: relation.to, kind: .birth))
            case .adoptiveParent: parents.append(ParentLink(parent: relation.from, child: relation.to, kind: .adoptive))
            case .stepParent: parents.append(ParentLink(parent: relation.from, child: relation.to, kind: .step))
            case .fosterParent: parents.append(ParentLink(parent: relation.from, child: relation.to, kind: .foster))
            case .spouse: partners.append(Partnership(relation.from, relation.to, status: .married))
            case .partner: partners.append(Partnership(relation.from, relation.to, status: .unmarried))
            case .separated: partners.append(Partnership(relation.from, relation.to, status: .separated))
            case .divorced: partners.append(Partnership(relation.from, relation.to, status: .divorced))
            case .exPartner: partners.append(Partnership(relation.from, relation.to, status: .former))
            case .sibling: siblings.append(StatedSibling(relation.from, relation.to, kind: .full))
            case .halfSibling: siblings.append(StatedSibling(relation.from, relation.to, kind: .half))
            case .stepSibling: siblings.append(StatedSibling(relation.from, relation.to, kind: .step))
            case .knows: break
            }
        }
        self.init(
            people: people, parentLinks: Array(Set(parents)).sorted { ($0.parent, $0.child) < ($1.parent, $1.child) },
            partnerships: FamilyGraph.onePerCouple(partners), statedSiblings: siblings)
    }

    /// One partnership per couple: where several are recorded, the one that says most about how it stands.
    static func onePerCouple(_ partnerships: [Partnership]) -> [Partnership] {
        let weight: [PartnerStatus: Int] = [.divorced: 5, .separated: 4, .former: 3, .married: 2, .unmarried: 1]
        var chosen: [String: Partnership] = [:]
        var order: [String] = []
        for partnership in partnerships {
            let key = [partnership.first, partnership.second].sorted().joined(separator: "\u{1F}")
            if let known = chosen[key] {
                if weight[partnership.status]! > weight[known.status]! { chosen[key] = partnership }
            } else {
                chosen[key] = partnership
                order.append(key)
            }
        }
        return order.map { chosen[$0]! }
    }

    /// The parents of `id`, with how each is a parent.
    public func parents(of id: String) -> [(id: String, kind: ParentKind)] {
        parentLinks.filter { $0.child == id }.map { ($0.parent, $0.kind) }
    }

    /// The children of `id`, with how `id` is their parent.
    public func children(of id: String) -> [(id: String, kind: ParentKind)] {
        parentLinks.filter { $0.parent == id }.map { ($0.child, $0.kind) }
    }

    /// The partners of `id`, with the partnership's status.
    public func partners(of id: String) -> [(id: String, status: PartnerStatus)] {
        partnerships.compactMap { partnership in
            if partnership.first == id { return (partnership.second, partnership.status) }
            if partnership.second == id { return (partnership.first, partnership.status) }
            return nil
        }
    }
}
