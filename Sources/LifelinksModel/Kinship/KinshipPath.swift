/// One way two people are joined through the family, step by step from `a` to `b`, and what that way makes `a`
/// to `b`.
///
/// Several paths join the same two people when cousins marry or two families intermarry; each is kept, so a
/// coordinator can see every way a relative belongs to the young person.
public struct KinshipPath: Hashable, Sendable, Codable {
    /// A single tie between neighbours on the path, read as "`from` is `to`'s `relation`".
    public struct Step: Hashable, Sendable, Codable {
        public var from: String
        public var to: String
        public var relation: Relation

        public init(from: String, to: String, relation: Relation) {
            self.from = from
            self.to = to
            self.relation = relation
        }
    }

    /// What `from` is to `to` on one step, with how a parent is a parent or how a partnership stands.
    public enum Relation: Hashable, Sendable, Codable {
        /// `from` is `to`'s parent: the path steps down a generation.
        case parent(kind: FamilyGraph.ParentKind)
        /// `from` is `to`'s child: the path steps up a generation.
        case child(kind: FamilyGraph.ParentKind)
        case partner(status: FamilyGraph.PartnerStatus)
        /// Children of a common parent (or siblings stated outright), one step rather than up and down again.
        case sibling(kind: SiblingKind)
    }

    /// How two siblings are siblings; adoptive and foster siblings share an adoptive or foster parent.
    public enum SiblingKind: String, Hashable, Sendable, CaseIterable, Codable {
        case full
        case half
        case step
        case adoptive
        case foster
    }

    public var steps: [Step]
    /// What this path alone makes `a` to `b`, such as "aunt" or "wife's brother".
    public var label: String

    public init(steps: [Step], label: String) {
        self.steps = steps
        self.label = label
    }
}
