import LifelinksModel

/// One INDI record: who the person is and which families they belong to.
///
/// Only what Lifelinks uses is kept; events, sources and notes are read past.
public struct GedcomIndividual: Sendable {
    /// The record's id without its `@`s.
    public var xref: String
    /// Given names and surname as the first NAME writes them, slashes removed and spaces collapsed.
    public var name: String?
    public var givenName: String?
    public var surname: String?
    public var sex: Sex
    /// The raw GEDCOM text of the first BIRT DATE, e.g. "ABT 1950" or "@#DJULIAN@ 1 JAN 1700".
    public var birthDate: String?
    /// `birthDate` as an ISO partial date ("1950", "1950-03", "1950-03-02") when it is a plain Gregorian date.
    public var born: String?
    /// The record has a DEAT structure (any but `DEAT N`, which some programs write for "not dead").
    public var deceased: Bool
    /// The line of the `0 @xref@ INDI` line.
    public var line: Int
    /// The families this person is a child of, and how.
    public var childOf: [(family: String, kind: FamilyGraph.ParentKind)]
    /// The families this person is a partner in.
    public var partnerIn: [String]

    public init(
        xref: String, name: String? = nil, givenName: String? = nil, surname: String? = nil, sex: Sex = .unknown,
        birthDate: String? = nil, born: String? = nil, deceased: Bool = false, line: Int = 0,
        childOf: [(family: String, kind: FamilyGraph.ParentKind)] = [], partnerIn: [String] = []
    ) {
        self.xref = xref
        self.name = name
        self.givenName = givenName
        self.surname = surname
        self.sex = sex
        self.birthDate = birthDate
        self.born = born
        self.deceased = deceased
        self.line = line
        self.childOf = childOf
        self.partnerIn = partnerIn
    }
}

// Tuples are not Hashable, so equality and hashing are spelt out; `childOf` compares element by element.
extension GedcomIndividual: Hashable {
    public static func == (lhs: GedcomIndividual, rhs: GedcomIndividual) -> Bool {
        lhs.xref == rhs.xref && lhs.name == rhs.name && lhs.givenName == rhs.givenName
            && lhs.surname == rhs.surname && lhs.sex == rhs.sex && lhs.birthDate == rhs.birthDate
            && lhs.born == rhs.born && lhs.deceased == rhs.deceased && lhs.line == rhs.line
            && lhs.childOf.elementsEqual(rhs.childOf) { $0.family == $1.family && $0.kind == $1.kind }
            && lhs.partnerIn == rhs.partnerIn
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(xref)
        hasher.combine(name)
        hasher.combine(line)
        for link in childOf {
            hasher.combine(link.family)
            hasher.combine(link.kind)
        }
        hasher.combine(partnerIn)
    }
}
