import LifelinksModel

/// An INDI record as read, before links are checked and joined: raw bytes for text, xrefs as written.
struct GedcomIndividualDraft {
    var xref: String
    var line: Int
    var nameValue: [UInt8]?
    var given: [UInt8]?
    var surname: [UInt8]?
    var namesSeen = 0
    var sex: Sex?
    var birthDate: [UInt8]?
    var deceased = false
    var childOf: [GedcomChildOfDraft] = []
    var partnerIn: [String] = []
    var adoptions: [GedcomAdoptionDraft] = []

    init(xref: String, line: Int) {
        self.xref = xref
        self.line = line
    }
}

/// A FAMC link: the family and, when PEDI says, how the person is its child.
struct GedcomChildOfDraft {
    var family: String?
    var pedigree: FamilyGraph.ParentKind?
}

/// An ADOP event: into which family (ADOP FAMC) and by whom (FAMC ADOP HUSB | WIFE | BOTH).
struct GedcomAdoptionDraft {
    var family: String?
    var by: GedcomAdoptingParents = .both
}

enum GedcomAdoptingParents {
    case husband, wife, both
}

/// A FAM record as read.
struct GedcomFamilyDraft {
    var xref: String
    var line: Int
    var husband: String?
    var wife: String?
    var children: [GedcomChildDraft] = []
    var events: [GedcomPartnershipEvent] = []
    /// A `_STAT` value (Family Tree Maker's relationship status), when present.
    var statusText: String?

    init(xref: String, line: Int) {
        self.xref = xref
        self.line = line
    }
}

/// A CHIL link, with Family Tree Maker's `_FREL`/`_MREL` when present.
struct GedcomChildDraft {
    var xref: String?
    var father: FamilyGraph.ParentKind?
    var mother: FamilyGraph.ParentKind?
}

/// An event that says how a partnership stands.
struct GedcomPartnershipEvent {
    enum Kind {
        case marriage, divorce, annulment, separation
        /// EVEN or FACT: a separation only if its value or TYPE says so.
        case other
    }

    var kind: Kind
    var date: String?
}
