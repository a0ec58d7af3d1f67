import Foundation
import LifelinksModel
import Testing

@testable import LifelinksInterchange

/// The line syntax GEDCOM 5.5.1 and 7.0 allow, and the leniencies real files need.
@Suite("GEDCOM syntax: lines, continuations, escapes, versions")
struct GEDCOMSyntaxTests {
    @Test("A person's name, sex, birth and death are read")
    func person() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @I1@ INDI
                1 NAME Mary Ann /Smith/ Jr.
                1 SEX F
                1 BIRT
                2 DATE ABT 2 MAR 1950
                2 PLAC London
                1 BIRT
                2 DATE 1951
                1 DEAT
                2 DATE 2001
                """))
        let mary = try #require(document.individual("I1"))
        #expect(mary.name == "Mary Ann Smith Jr.")
        #expect(mary.givenName == "Mary Ann")
        #expect(mary.surname == "Smith")
        #expect(mary.sex == .female)
        #expect(mary.birthDate == "ABT 2 MAR 1950")
        #expect(mary.born == "1950-03-02")
        #expect(mary.deceased)
        #expect(mary.line == 6)
        #expect(document.version == "5.5.1")
        #expect(document.lineCount == 16)
    }

    @Test("GIVN and SURN win over the slashes; a name without slashes is all given names")
    func nameParts() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @I1@ INDI
                1 NAME  Jean   Pierre  /de la Cour/
                2 GIVN Jean-Pierre
                2 SURN de la Cour
                0 @I2@ INDI
                1 NAME Cher
                0 @I3@ INDI
                1 NAME //
                0 @I4@ INDI
                1 SEX M
                0 @I5@ INDI
                1 NAME
                2 GIVN Ada
                2 SURN Lovelace
                0 @I6@ INDI
                1 NAME /Okafor/ Chidi
                1 NAME Second /Name/
                """))
        #expect(document.individual("I1")?.name == "Jean Pierre de la Cour")
        #expect(document.individual("I1")?.givenName == "Jean-Pierre")
        #expect(document.individual("I2")?.name == "Cher")
        #expect(document.individual("I2")?.givenName == "Cher")
        #expect(document.individual("I2")?.surname == nil)
        #expect(document.individual("I3")?.name == nil)
        #expect(document.individual("I4")?.name == nil)
        #expect(document.individual("I4")?.sex == .male)
        #expect(document.individual("I5")?.name == "Ada Lovelace")
        #expect(document.individual("I6")?.name == "Okafor Chidi")
        #expect(document.individual("I6")?.surname == "Okafor")
        #expect(document.individual("I6")?.givenName == nil)
    }

    @Test("SEX: M and F, in either case; U, X and anything else are unknown")
    func sex() throws {
        let document = try readGedcom(
            gedcom551(
                ["M", "f", "U", "X", "", "male"].enumerated().map { "0 @I\($0)@ INDI\n1 SEX \($1)" }
                    .joined(separator: "\n")))
        #expect(document.individuals.map(\.sex) == [.male, .female, .unknown, .unknown, .unknown, .male])
    }

    @Test("DEAT Y, DEAT with details and a bare DEAT all mean deceased; no DEAT means not known to be")
    func death() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @I1@ INDI
                1 DEAT Y
                0 @I2@ INDI
                1 DEAT
                2 PLAC Leeds
                0 @I3@ INDI
                1 DEAT
                0 @I4@ INDI
                1 BURI
                """))
        #expect(document.individuals.map(\.deceased) == [true, true, true, false])
    }

    @Test("CONC joins without a space and CONT with a line break, which a name shows as a space")
    func continuations() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @I1@ INDI
                1 NAME Jo
                2 CONC hn /Sm
                2 CONC ith/
                2 GIVN Jo
                3 CONC hn
                0 @I2@ INDI
                1 NAME Anna
                2 CONT Maria /Berg/
                1 BIRT
                2 DATE 12 JAN
                3 CONC  1901
                1 NOTE A note
                2 CONT that goes on
                2 CONC and on
                """))
        #expect(document.individual("I1")?.name == "John Smith")
        #expect(document.individual("I1")?.surname == "Smith")
        #expect(document.individual("I1")?.givenName == "John")
        #expect(document.individual("I2")?.name == "Anna Maria Berg")
        #expect(document.individual("I2")?.birthDate == "12 JAN 1901")
        #expect(document.individual("I2")?.born == "1901-01-12")
    }

    @Test("@@ is one @ everywhere in 5.5.1 text, and only at the start of a value in 7.0")
    func atSigns() throws {
        let old = try readGedcom(gedcom551("0 @I1@ INDI\n1 NAME Ann @@home /Wu@@x/"))
        #expect(old.individual("I1")?.name == "Ann @home Wu@x")
        let new = try readGedcom(gedcom70("0 @I1@ INDI\n1 NAME @@Ann a@@b /Wu/"))
        #expect(new.individual("I1")?.name == "@Ann a@@b Wu")
        #expect(new.version == "7.0")
    }

    @Test("Indented lines (leading spaces or tabs) read as if they were not")
    func indented() throws {
        let plain = try readGedcom(gedcom551("0 @I1@ INDI\n1 NAME Matt /Harrah/\n2 GIVN Matt\n1 SEX M"))
        let indented = try readGedcom(
            gedcom551("0 @I1@ INDI\n 1 NAME Matt /Harrah/\n\t\t2 GIVN Matt\n  1 SEX M").replacingOccurrences(
                of: "\n1 ", with: "\n   1 "))
        #expect(indented.individuals == plain.individuals)
    }

    @Test("Custom tags (underscored or not in 5.5.1 or 7.0) are read past and counted, with what they hold")
    func customTags() throws {
        let document = try readGedcom(
            gedcom551(
                """
                0 @I1@ INDI
                1 NAME Ann /Lee/
                1 _MILT Navy
                2 DATE 1942
                2 _RANK Captain
                1 SHOESIZE 9
                1 _NAME Not the name
                0 @X1@ _PLACE
                1 NAME Somewhere
                """))
        #expect(document.customTags == 5)
        #expect(document.individual("I1")?.name == "Ann Lee")
        #expect(document.individual("I1")?.birthDate == nil)
    }

    @Test("Records without an xref are counted and left out: nothing could link to them")
    func recordsWithoutID() throws {
        let document = try readGedcom(
            gedcom70(
                """
                0 INDI
                1 NAME No /Id/
                0 @I1@ INDI
                1 NAME Has /Id/
                0 FAM
                1 HUSB @I1@
                0 SNOTE A shared note without an id
                """))
        #expect(document.individuals.map(\.xref) == ["I1"])
        #expect(document.families.isEmpty)
        #expect(document.recordsWithoutID == 3)
    }

    @Test("Xrefs may be any length and hold any character but @ (5.5.1 even allows spaces)")
    func xrefs() throws {
        let long = String(repeating: "X", count: 300)
        let document = try readGedcom(
            gedcom551(
                """
                0 @\(long)@ INDI
                1 FAMS @fam one@
                0 @_@ INDI
                1 FAMS @fam one@
                0 @fam one@ FAM
                """))
        #expect(document.family("fam one")?.husband == long)
        #expect(document.family("fam one")?.wife == "_")
    }

    @Test("Nesting to 100 levels reads")
    func deepNesting() throws {
        let lines = (1...100).map { "\($0) _DEEP level \($0)" }.joined(separator: "\n")
        let document = try readGedcom(gedcom551("0 @I1@ INDI\n1 NAME Deep /Diver/\n" + lines + "\n1 SEX F"))
        #expect(document.individual("I1")?.sex == .female)
        #expect(document.customTags == 100)
    }

    @Test("Very long lines read, whatever the 255-character limit says")
    func longLines() throws {
        let note = String(repeating: "very long note ", count: 20_000)
        let given = String(repeating: "Name", count: 500)
        let document = try readGedcom(gedcom551("0 @I1@ INDI\n1 NAME \(given) /Long/\n1 NOTE \(note)\n1 SEX M"))
        #expect(document.individual("I1")?.givenName == given)
        #expect(document.individual("I1")?.sex == .male)
    }

    @Test("CR, LF, CRLF and LF-CR line ends give the same document; line numbers count physical lines")
    func lineEnds() throws {
        let text = gedcom551(
            """
            0 @I1@ INDI
            1 NAME Ann /Lee/
            1 FAMC @F1@

            0 @F1@ FAM
            1 MARR
            """)
        let documents = try ["\n", "\r", "\r\n", "\n\r"].map { end in
            try GedcomReader.read(Data(text.replacingOccurrences(of: "\n", with: end).utf8), file: "ends.ged")
        }
        for document in documents.dropFirst() {
            #expect(document == documents[0])
        }
        #expect(documents[0].family("F1")?.line == 10)
        #expect(documents[0].lineCount == 11)
    }

    @Test("A GEDCOM 7 file: version, UTF-8 with a BOM, @VOID@, PEDI in capitals, extension records")
    func gedcom7() throws {
        let text = gedcom70(
            """
            1 SCHMA
            2 TAG _SKYPEID http://xmlns.com/foaf/0.1/skypeID
            0 @I1@ INDI
            1 NAME Ola /Nordmann/
            1 SEX X
            1 FAMC @VOID@
            2 PEDI ADOPTED
            1 FAMC @F1@
            2 PEDI FOSTER
            1 _SKYPEID ola
            0 @F1@ FAM
            1 HUSB @VOID@
            1 WIFE @I2@
            1 CHIL @VOID@
            0 @I2@ INDI
            0 @E1@ _LOC
            1 NAME Oslo
            """)
        let document = try GedcomReader.read(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)), file: "seven.ged")
        #expect(document.version == "7.0")
        #expect(document.encoding == "UTF-8")
        #expect(gedcomChildLinks(document.individual("I1")) == ["F1:foster"])
        #expect(document.individual("I1")?.sex == .unknown)
        #expect(document.family("F1")?.husband == nil)
        #expect(document.family("F1")?.wife == "I2")
        #expect(document.family("F1")?.children == [GedcomChild(xref: "I1", fatherKind: .foster, motherKind: .foster)])
        #expect(document.customTags == 2)
    }

    @Test("Blank lines and a DOS end-of-file mark are read past; text after TRLR is ignored")
    func blankLinesAndAfterTrailer() throws {
        let text = "\n\n0  HEAD\n\n1 GEDC\n2 VERS 5.5.1\n   \n0 @I1@ INDI\n0 TRLR\n\u{1A}"
        let document = try readGedcom(text)
        #expect(document.individuals.count == 1)
        #expect(document.individual("I1")?.line == 8)
        let after = try readGedcom(gedcom551("0 @I1@ INDI") + "this is not GEDCOM\n0 @I2@ INDI\n")
        #expect(after.individuals.map(\.xref) == ["I1"])
    }
}
