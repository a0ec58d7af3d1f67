import LifelinksModel

/// One FAM record: up to two partners, their children, and how the partnership stands.
public struct GedcomFamily: Hashable, Sendable {
    public var xref: String
    /// HUSB: the first partner, whatever their sex (GEDCOM 7 allows any).
    public var husband: String?
    /// WIFE: the second partner.
    public var wife: String?
    public var children: [GedcomChild]
    public var status: FamilyGraph.PartnerStatus
    /// The line of the `0 @xref@ FAM` line.
    public var line: Int

    public init(
        xref: String, husband: String? = nil, wife: String? = nil, children: [GedcomChild] = [],
        status: FamilyGraph.PartnerStatus = .unmarried, line: Int = 0
    ) {
        self.xref = xref
        self.husband = husband
        self.wife = wife
        self.children = children
        self.status = status
        self.line = line
    }
}

/// A child of a family, with how each partner is their parent (a stepfather and a birth mother, say).
public struct GedcomChild: Hashable, Sendable {
    public var xref: String
    /// How the family's HUSB is this child's parent.
    public var fatherKind: FamilyGraph.ParentKind
    /// How the family's WIFE is this child's parent.
    public var motherKind: FamilyGraph.ParentKind

    public init(xref: String, fatherKind: FamilyGraph.ParentKind = .birth, motherKind: FamilyGraph.ParentKind = .birth)
    {
        self.xref = xref
        self.fatherKind = fatherKind
        self.motherKind = motherKind
    }
}
