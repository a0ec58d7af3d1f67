/// One stated tie between two people of a case (family, or `knows`), by connection id;
/// `Connection.youngPersonID` stands for the young person.
public struct FamilyRelation: Hashable, Sendable, Codable {
    public var from: String
    public var to: String
    public var kind: RelationKind

    public init(from: String, to: String, kind: RelationKind) {
        self.from = from
        self.to = to
        self.kind = kind
    }

    /// The same tie whichever way round a symmetric one was written.
    public var canonical: FamilyRelation {
        guard kind.isSymmetric, to < from else { return self }
        return FamilyRelation(from: to, to: from, kind: kind)
    }
}
