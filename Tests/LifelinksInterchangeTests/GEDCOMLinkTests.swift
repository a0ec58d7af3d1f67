import Foundation
import LifelinksModel
import Testing

@testable import LifelinksInterchange

/// Family links: kinds of parenthood, partnership statuses, and links written on one side only.
@Suite("GEDCOM links: parent kinds, statuses, one-sided links")
struct GEDCOMLinkTests {
    @Test(
        "PEDI words in 5.5.1 and 7.0 spelling give the kind of a child's link",
        arguments: [
            ("birth", FamilyGraph.ParentKind.birth), ("BIRTH", .birth), ("adopted", .adoptive), ("ADOPTED", .adoptive),
            ("foster", .foster), ("FOSTER", .foster), ("step", .step), ("sealed", .birth), ("SEALING", .birth),
            ("OTHER", .birth), ("", .birth),
        ])
    func pedigree(word: String, kind: FamilyGraph.ParentKind) throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @C1@ INDI
                1 FAMC @F1@
                2 PEDI \(word)
                0 @P1@ INDI
                1 SEX M
                0 @P2@ INDI
                1 SEX F
                0 @F1@ FAM
                1 HUSB @P1@
                1 WIFE @P2@
                1 CHIL @C1@
                """))
        #expect(gedcomChildLinks(document.individual("C1")) == ["F1:\(kind.rawValue)"])
        #expect(document.family("F1")?.children == [GedcomChild(xref: "C1", fatherKind: kind, motherKind: kind)])
    }

    @Test("Family Tree Maker's _FREL and _MREL give each parent's kind; the child's link reports the non-birth one")
    func ftmRelations() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @D@ INDI
                1 SEX M
                1 FAMS @F1@
                0 @M@ INDI
                1 SEX F
                1 FAMS @F1@
                0 @A@ INDI
                1 FAMC @F1@
                0 @B@ INDI
                1 FAMC @F1@
                0 @C@ INDI
                1 FAMC @F1@
                0 @E@ INDI
                1 FAMC @F1@
                0 @F1@ FAM
                1 HUSB @D@
                1 WIFE @M@
                1 CHIL @A@
                2 _FREL Step
                2 _MREL Natural
                1 CHIL @B@
                2 _FREL Adopted
                2 _MREL Adopted
                1 CHIL @C@
                2 _FREL Foster
                2 _MREL Birth
                1 CHIL @E@
                2 _FREL Unknown
                2 _MREL Private
                """))
        #expect(
            document.family("F1")?.children == [
                GedcomChild(xref: "A", fatherKind: .step, motherKind: .birth),
                GedcomChild(xref: "B", fatherKind: .adoptive, motherKind: .adoptive),
                GedcomChild(xref: "C", fatherKind: .foster, motherKind: .birth),
                GedcomChild(xref: "E", fatherKind: .birth, motherKind: .birth),
            ])
        #expect(gedcomChildLinks(document.individual("A")) == ["F1:step"])
        #expect(gedcomChildLinks(document.individual("B")) == ["F1:adoptive"])
        #expect(gedcomChildLinks(document.individual("C")) == ["F1:foster"])
        #expect(gedcomChildLinks(document.individual("E")) == ["F1:birth"])
    }

    @Test("ADOP with FAMC and ADOP HUSB, WIFE or BOTH says which partner adopted")
    func adoption() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @H@ INDI
                1 FAMS @F1@
                0 @W@ INDI
                1 FAMS @F1@
                0 @A@ INDI
                1 FAMC @F1@
                2 PEDI adopted
                1 ADOP
                2 DATE 1990
                2 FAMC @F1@
                3 ADOP HUSB
                0 @B@ INDI
                1 FAMC @F1@
                1 ADOP Y
                2 FAMC @F1@
                3 ADOP WIFE
                0 @C@ INDI
                1 FAMC @F1@
                1 ADOP
                2 FAMC @F1@
                3 ADOP BOTH
                0 @D@ INDI
                1 FAMC @F1@
                1 ADOP
                2 FAMC @F2@
                0 @F1@ FAM
                1 HUSB @H@
                1 WIFE @W@
                0 @F2@ FAM
                """))
        let children = try #require(document.family("F1")).children
        #expect(
            children == [
                GedcomChild(xref: "A", fatherKind: .adoptive, motherKind: .birth),
                GedcomChild(xref: "B", fatherKind: .birth, motherKind: .adoptive),
                GedcomChild(xref: "C", fatherKind: .adoptive, motherKind: .adoptive),
                GedcomChild(xref: "D", fatherKind: .birth, motherKind: .birth),
            ])
        #expect(gedcomChildLinks(document.individual("A")) == ["F1:adoptive"])
        #expect(gedcomChildLinks(document.individual("B")) == ["F1:adoptive"])
    }

    @Test("A child listed only under FAM CHIL, or only with INDI FAMC, is linked on both sides")
    func oneSidedChildren() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @K1@ INDI
                0 @K2@ INDI
                1 FAMC @F1@
                2 PEDI foster
                0 @K3@ INDI
                1 FAMC @F1@
                0 @F1@ FAM
                1 CHIL @K1@
                1 CHIL @K3@
                1 CHIL @K3@
                """))
        #expect(document.family("F1")?.children.map(\.xref) == ["K1", "K3", "K2"])
        #expect(
            document.family("F1")?.children.last == GedcomChild(xref: "K2", fatherKind: .foster, motherKind: .foster))
        #expect(gedcomChildLinks(document.individual("K1")) == ["F1:birth"])
        #expect(gedcomChildLinks(document.individual("K2")) == ["F1:foster"])
    }

    @Test("A partner named only by FAMS fills the free slot (by sex first); one named only by HUSB/WIFE gains FAMS")
    func oneSidedPartners() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @H@ INDI
                1 SEX M
                1 FAMS @F1@
                0 @W@ INDI
                1 SEX F
                1 FAMS @F1@
                0 @U@ INDI
                1 FAMS @F2@
                0 @V@ INDI
                1 SEX F
                0 @X@ INDI
                1 FAMS @F2@
                0 @Y@ INDI
                1 FAMS @F2@
                0 @F1@ FAM
                0 @F2@ FAM
                1 WIFE @V@
                """))
        #expect(document.family("F1")?.husband == "H")
        #expect(document.family("F1")?.wife == "W")
        #expect(document.family("F2")?.husband == "U")
        #expect(document.family("F2")?.wife == "V")
        #expect(document.individual("V")?.partnerIn == ["F2"])
        // F2 already has two partners: the family record names them, so X's and Y's FAMS are dropped.
        #expect(document.individual("X")?.partnerIn == [])
        #expect(document.individual("Y")?.partnerIn == [])
    }

    @Test("A family with one partner keeps the other slot empty")
    func onePartner() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @M@ INDI
                1 NAME Teresa /Caregiver/
                1 SEX F
                1 FAMS @F1@
                0 @C@ INDI
                1 FAMC @F1@
                2 PEDI adopted
                0 @F1@ FAM
                1 WIFE @M@
                1 CHIL @C@
                """))
        let family = try #require(document.family("F1"))
        #expect(family.husband == nil)
        #expect(family.wife == "M")
        #expect(family.children == [GedcomChild(xref: "C", fatherKind: .adoptive, motherKind: .adoptive)])
        #expect(family.status == .unmarried)
    }

    @Test("@VOID@ and pointers to records that do not exist are dropped, on both sides")
    func voidAndDangling() throws {
        let document = try readGedcom(
            gedcom70(
                """
                0 @I1@ INDI
                1 FAMS @VOID@
                1 FAMS @F1@
                1 FAMC @VOID@
                2 PEDI ADOPTED
                1 FAMC @NOWHERE@
                0 @I2@ INDI
                1 FAMS @F1@
                0 @F1@ FAM
                1 HUSB @I1@
                1 WIFE @I2@
                1 CHIL @VOID@
                1 CHIL @GHOST@
                0 @F2@ FAM
                1 HUSB @VOID@
                1 WIFE @I1@
                """))
        #expect(document.individual("I1")?.childOf.isEmpty == true)
        #expect(document.individual("I1")?.partnerIn == ["F1", "F2"])
        #expect(document.family("F1")?.children == [])
        #expect(document.family("F2")?.husband == nil)
        #expect(document.family("F2")?.wife == "I1")
    }

    @Test("Pointers whose case differs from the record's xref still link (5.5.1 programs that fold case)")
    func caseFoldedPointers() throws {
        let document = try readGedcom(gedcom551("0 @i1@ INDI\n1 FAMS @f1@\n0 @F1@ FAM\n1 CHIL @I2@\n0 @I2@ INDI"))
        #expect(document.family("F1")?.husband == "i1")
        #expect(document.family("F1")?.children.map(\.xref) == ["I2"])
    }

    @Test("Statuses: DIV divorced, _SEPR or a separation event separated, MARR married, nothing unmarried")
    func statuses() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @F1@ FAM
                1 MARR
                2 DATE 1970
                1 DIV
                0 @F2@ FAM
                1 MARR Y
                1 _SEPR
                2 DATE 1999
                0 @F3@ FAM
                1 EVEN
                2 TYPE Separation
                0 @F4@ FAM
                1 MARR
                2 PLAC Leeds
                0 @F5@ FAM
                1 ENGA
                0 @F6@ FAM
                1 ANUL Y
                0 @F7@ FAM
                1 DIV N
                1 MARR Y
                0 @F8@ FAM
                1 EVEN Separated
                0 @F9@ FAM
                1 _STAT Never Married
                0 @F10@ FAM
                1 MARR Y
                1 _STAT Divorced
                0 @F11@ FAM
                1 SEPARATED Y
                """))
        #expect(
            document.families.map(\.status) == [
                .divorced, .separated, .separated, .married, .unmarried, .former, .married, .separated, .unmarried,
                .divorced, .separated,
            ])
    }

    @Test("A marriage dated after the divorce means they remarried; undated, the divorce stands")
    func remarriage() throws {
        let document = try readGedcom(
            gedcom70(
                """
                0 @F1@ FAM
                1 MARR
                2 DATE 1 APR 1911
                1 DIV
                2 DATE 2 MAY 1912
                1 MARR
                2 DATE 4 JUL 1914
                0 @F2@ FAM
                1 DIV Y
                1 MARR Y
                0 @F3@ FAM
                1 MARR
                2 DATE 1911
                1 DIV
                2 DATE 1912
                """))
        #expect(document.families.map(\.status) == [.married, .divorced, .divorced])
    }

    @Test("The corpus GEDCOM 7 remarriage and void-pointer files", .enabled(if: gedcomCorpusAvailable))
    func corpusSevenFiles() throws {
        let remarriage = try GedcomReader.read(path: gedcomCorpusPath("gedcom7-gedcomio/gedcom70/remarriage1.ged"))
        #expect(remarriage.family("F1")?.status == .married)
        #expect(remarriage.family("F2")?.status == .married)
        let void = try GedcomReader.read(path: gedcomCorpusPath("gedcom7-gedcomio/gedcom70/voidptr.ged"))
        #expect(void.individual("I1")?.partnerIn == ["F1"])
        #expect(void.individual("I1")?.childOf.isEmpty == true)
        #expect(void.family("F1")?.children.isEmpty == true)
        let maximal = try GedcomReader.read(path: gedcomCorpusPath("gedcom7-gedcomio/gedcom70/maximal70.ged"))
        // FAMC @F2@ twice (ADOPTED, then BIRTH): the first mention wins.
        #expect(gedcomChildLinks(maximal.individual("I1")) == ["F2:adoptive"])
        #expect(maximal.family("F1")?.status == .divorced)
        let sameSex = try GedcomReader.read(path: gedcomCorpusPath("gedcom7-gedcomio/gedcom70/same-sex-marriage.ged"))
        #expect(sameSex.family("F1")?.husband == "I1")
        #expect(sameSex.family("F1")?.wife == "I2")
    }

    @Test("The torture test's adopted child and one-partner families", .enabled(if: gedcomCorpusAvailable))
    func tortureTest() throws {
        let document = try GedcomReader.read(path: gedcomCorpusPath("torture55/TGC55C.ged"))
        let adoptive = try #require(document.family("ADOPTIVE_PARENTS"))
        #expect(adoptive.husband == nil)
        #expect(adoptive.wife == "PERSON6")
        #expect(adoptive.children.map(\.fatherKind) == [.adoptive])
        #expect(gedcomChildLinks(document.individual("PERSON1")).contains("ADOPTIVE_PARENTS:adoptive"))
        #expect(document.encoding == "ANSEL")
    }
}
