import Foundation
import LifelinksModel
import Testing

@testable import LifelinksInterchange

/// Writing GEDCOM 5.5.1, and reading what was written back to the same document.
@Suite("GEDCOM writer: 5.5.1 out, the same document back in")
struct GEDCOMWriterTests {
    let sample = GedcomDocument(
        individuals: [
            GedcomIndividual(
                xref: "I1", name: "Tunde Adeyemi", givenName: "Tunde", surname: "Adeyemi", sex: .male,
                born: "1950-03-02", deceased: true, partnerIn: ["F1"]),
            GedcomIndividual(
                xref: "I2", name: "Ngozi Adeyemi", givenName: "Ngozi", surname: "Adeyemi", sex: .female,
                birthDate: "ABT 1952", born: "1952", partnerIn: ["F1", "F2"]),
            GedcomIndividual(
                xref: "I3", name: "Kai Adeyemi", givenName: "Kai", surname: "Adeyemi", born: "2009-05",
                childOf: [(family: "F1", kind: .adoptive), (family: "F2", kind: .foster)]),
            GedcomIndividual(xref: "I4", name: "Sam", givenName: "Sam", childOf: [(family: "F1", kind: .step)]),
        ],
        families: [
            GedcomFamily(
                xref: "F1", husband: "I1", wife: "I2",
                children: [
                    GedcomChild(xref: "I3", fatherKind: .adoptive, motherKind: .birth),
                    GedcomChild(xref: "I4", fatherKind: .step, motherKind: .birth),
                ], status: .divorced),
            GedcomFamily(
                xref: "F2", wife: "I2", children: [GedcomChild(xref: "I3", fatherKind: .foster, motherKind: .foster)],
                status: .separated),
        ])

    @Test("The written file: header, people, families, trailer")
    func format() {
        let text = GedcomWriter.write(sample)
        #expect(
            text == """
                0 HEAD
                1 SOUR Lifelinks
                1 SUBM @SUBM@
                1 GEDC
                2 VERS 5.5.1
                2 FORM LINEAGE-LINKED
                1 CHAR UTF-8
                0 @SUBM@ SUBM
                1 NAME Lifelinks
                0 @I1@ INDI
                1 NAME Tunde /Adeyemi/
                2 GIVN Tunde
                2 SURN Adeyemi
                1 SEX M
                1 BIRT
                2 DATE 2 MAR 1950
                1 DEAT Y
                1 FAMS @F1@
                0 @I2@ INDI
                1 NAME Ngozi /Adeyemi/
                2 GIVN Ngozi
                2 SURN Adeyemi
                1 SEX F
                1 BIRT
                2 DATE ABT 1952
                1 FAMS @F1@
                1 FAMS @F2@
                0 @I3@ INDI
                1 NAME Kai /Adeyemi/
                2 GIVN Kai
                2 SURN Adeyemi
                1 SEX U
                1 BIRT
                2 DATE MAY 2009
                1 FAMC @F1@
                2 PEDI adopted
                1 FAMC @F2@
                2 PEDI foster
                0 @I4@ INDI
                1 NAME Sam
                2 GIVN Sam
                1 SEX U
                1 FAMC @F1@
                2 PEDI step
                0 @F1@ FAM
                1 HUSB @I1@
                1 WIFE @I2@
                1 CHIL @I3@
                2 _FREL Adopted
                2 _MREL Natural
                1 CHIL @I4@
                2 _FREL Step
                2 _MREL Natural
                1 MARR Y
                1 DIV Y
                0 @F2@ FAM
                1 WIFE @I2@
                1 CHIL @I3@
                1 _SEPR Y
                0 TRLR

                """)
    }

    /// What must survive a round trip: everything but line numbers (and the header facts). Raw birth dates
    /// come back in 5.5.1 spelling (a GEDCOM 7 `JULIAN` as `@#DJULIAN@`).
    func expectSame(_ read: GedcomDocument, _ original: GedcomDocument, _ label: String) {
        #expect(read.individuals.count == original.individuals.count, "\(label)")
        for (back, person) in zip(read.individuals, original.individuals) {
            var back = back
            back.line = person.line
            if back.birthDate == person.birthDate.map(GedcomWriter.dialect551) { back.birthDate = person.birthDate }
            #expect(back == person, "\(label) \(person.xref)")
        }
        #expect(read.families.count == original.families.count, "\(label)")
        for (back, family) in zip(read.families, original.families) {
            var back = back
            back.line = family.line
            #expect(back == family, "\(label) \(family.xref)")
        }
    }

    @Test("Reading the written text back gives the same individuals, families, kinds and statuses")
    func roundTrip() throws {
        var every = sample
        for (index, status) in FamilyGraph.PartnerStatus.allCases.enumerated() {
            every.families.append(GedcomFamily(xref: "S\(index)", status: status))
        }
        let read = try readGedcom(GedcomWriter.write(every), file: "written.ged")
        #expect(read.version == "5.5.1")
        #expect(read.encoding == "UTF-8")
        var expected = every
        expected.individuals[0].birthDate = "2 MAR 1950"
        expected.individuals[2].birthDate = "MAY 2009"
        expectSame(read, expected, "sample")
        #expect(read.families.suffix(5).map(\.status) == FamilyGraph.PartnerStatus.allCases)
    }

    @Test("Long text is split with CONC at non-spaces within 248 bytes; line breaks become CONT; @ is doubled")
    func longTextAndEscapes() throws {
        let given = (1...60).map { "Given\($0)" }.joined(separator: " ") + " Zoë@home"
        let person = GedcomIndividual(
            xref: "I1", name: "\(given) Smith", givenName: given, surname: "Smith", partnerIn: [])
        let text = GedcomWriter.write(GedcomDocument(individuals: [person]))
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 248 })
        let continuations = lines.filter { $0.hasPrefix("2 CONC ") || $0.hasPrefix("3 CONC ") }
        #expect(continuations.count >= 3)
        #expect(continuations.allSatisfy { !$0.hasPrefix("2 CONC  ") && !$0.hasSuffix(" ") })
        #expect(text.contains("Zoë@@home"))
        let back = try readGedcom(text)
        #expect(back.individuals.first?.name == person.name)
        #expect(back.individuals.first?.givenName == given)

        let broken = GedcomIndividual(xref: "I2", name: "Ann Lee", givenName: "Ann\nMarie", surname: "Lee")
        let written = GedcomWriter.write(GedcomDocument(individuals: [broken]))
        #expect(written.contains("2 GIVN Ann\n3 CONT Marie\n"))
        #expect(try readGedcom(written).individuals.first?.givenName == "Ann Marie")
    }

    @Test("Names: slashes go round the surname where the display name has it, else GIVN and SURN carry it")
    func nameValues() {
        #expect(
            GedcomWriter.nameValue(GedcomIndividual(xref: "a", name: "John Smith Jr.", surname: "Smith"))
                == "John /Smith/ Jr.")
        #expect(
            GedcomWriter.nameValue(GedcomIndividual(xref: "b", name: "Okafor Chidi", surname: "Okafor"))
                == "/Okafor/ Chidi")
        #expect(
            GedcomWriter.nameValue(GedcomIndividual(xref: "c", name: "Annabel Lee", surname: "Ann")) == "Annabel Lee")
        #expect(GedcomWriter.nameValue(GedcomIndividual(xref: "d", givenName: "Kai", surname: "Lee")) == "Kai /Lee/")
        #expect(GedcomWriter.nameValue(GedcomIndividual(xref: "e")) == nil)
    }

    @Test("Birth dates: the raw text when it agrees with born, else born as a GEDCOM date; 7.0 calendars as 5.5.1")
    func birthDates() {
        #expect(GedcomWriter.birthDate(GedcomIndividual(xref: "a", birthDate: "BEF 1950", born: "1950")) == "BEF 1950")
        #expect(GedcomWriter.birthDate(GedcomIndividual(xref: "b", birthDate: "1949", born: "1950-01")) == "JAN 1950")
        #expect(
            GedcomWriter.birthDate(GedcomIndividual(xref: "c", birthDate: "BET 1900 AND 1910")) == "BET 1900 AND 1910")
        #expect(
            GedcomWriter.birthDate(GedcomIndividual(xref: "d", birthDate: "JULIAN 1 JAN 1700"))
                == "@#DJULIAN@ 1 JAN 1700")
        #expect(GedcomWriter.birthDate(GedcomIndividual(xref: "e", born: "bad")) == nil)
    }

    @Test("Xrefs GEDCOM cannot carry are made safe, and the submitter's xref never clashes")
    func xrefs() {
        let document = GedcomDocument(
            individuals: [GedcomIndividual(xref: "a b@c", partnerIn: ["SUBM"])], families: [GedcomFamily(xref: "SUBM")])
        let text = GedcomWriter.write(document)
        #expect(text.contains("0 @a_b_c@ INDI"))
        #expect(text.contains("1 SUBM @SUBM_@"))
    }

    @Test("Every readable corpus file survives writing and reading back", .enabled(if: gedcomCorpusAvailable))
    func corpusRoundTrip() throws {
        var checked = 0
        for relative in corpusGedcomFiles() where relative.hasSuffix(".ged") {
            guard let original = try? GedcomReader.read(path: gedcomCorpusPath(relative)) else { continue }
            let text = GedcomWriter.write(original)
            let read = try readGedcom(text, file: relative)
            expectSame(read, original, relative)
            checked += 1
        }
        #expect(checked >= 100)
    }
}
