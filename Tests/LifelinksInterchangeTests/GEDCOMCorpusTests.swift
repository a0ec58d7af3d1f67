import Foundation
import LifelinksModel
import Testing

@testable import LifelinksInterchange

/// Reference counts a correct reader reproduces, and the promise that no corpus file crashes the reader.
///
/// The definitions behind the counts:
/// - individuals and families: INDI and FAM records that have an xref;
/// - with a birth date: individuals with a BIRT that has a non-empty DATE (any calendar, any form);
/// - both partners: families with a HUSB and a WIFE after FAMS-only partners are joined in;
/// - child links: distinct (family, child) pairs after FAM CHIL and INDI FAMC are joined up.
@Suite("GEDCOM corpus: reference counts and every file", .enabled(if: gedcomCorpusAvailable))
struct GEDCOMCorpusTests {
    struct Counts: Equatable, CustomStringConvertible {
        var individuals, families, withBirthDate, bothPartners, gedcomChildLinks: Int

        init(individuals: Int, families: Int, withBirthDate: Int, bothPartners: Int, gedcomChildLinks: Int) {
            self.individuals = individuals
            self.families = families
            self.withBirthDate = withBirthDate
            self.bothPartners = bothPartners
            self.gedcomChildLinks = gedcomChildLinks
        }

        init(_ document: GedcomDocument) {
            individuals = document.individuals.count
            families = document.families.count
            withBirthDate = document.individuals.filter { $0.birthDate != nil }.count
            bothPartners = document.families.filter { $0.husband != nil && $0.wife != nil }.count
            gedcomChildLinks = document.families.reduce(0) { $0 + $1.children.count }
        }

        var description: String {
            "\(individuals) people, \(families) families, \(withBirthDate) born, \(bothPartners) couples, "
                + "\(gedcomChildLinks) child links"
        }
    }

    @Test("Gramps' example tree gives the reference counts")
    func grampsExample() throws {
        let document = try GedcomReader.read(path: gedcomCorpusPath("gramps/example.ged"))
        #expect(
            Counts(document)
                == Counts(
                    individuals: 2157, families: 762, withBirthDate: 1147, bothPartners: 687, gedcomChildLinks: 1377))
        #expect(document.version == "5.5.1")
        #expect(document.encoding == "UTF-8")
    }

    @Test("royal92 (ANSEL, PAF 2.2) gives the reference counts")
    func royal92() throws {
        let document = try GedcomReader.read(path: gedcomCorpusPath("royal92/royal92.ged"))
        #expect(
            Counts(document)
                == Counts(
                    individuals: 3010, families: 1422, withBirthDate: 1735, bothPartners: 1138, gedcomChildLinks: 2018))
        #expect(document.encoding == "ANSEL")
    }

    @Test("Every corpus file reads, or is refused with its path and a line; none crashes")
    func everyFile() throws {
        let files = corpusGedcomFiles()
        #expect(files.count >= 110)
        var refused: [String] = []
        for relative in files {
            let path = gedcomCorpusPath(relative)
            do {
                let document = try GedcomReader.read(path: path)
                #expect(document.lineCount > 0, "\(relative)")
                expectConsistent(document, relative)
            } catch {
                #expect(error.description.hasPrefix(path + ":"), "\(error)")
                refused.append(relative)
            }
        }
        // The zip packages and the one hand-broken file are refused; everything else reads.
        #expect(
            refused.sorted() == [
                "gedcom4j-relationship/Sopranos.ged", "gedcom7-gedcomio/gedcom70/maximal70.gdz",
                "gedcom7-gedcomio/gedcom70/maximal70/maximal70.gdz", "gedcom7-gedcomio/gedcom70/minimal70.gdz",
                "gedcom7-gedcomio/gedcom71/minimal71.gdz",
            ])
    }

    @Test("Sopranos.ged, hand-edited with text lines lacking a level, is refused at the first such line")
    func sopranos() {
        #expect(throws: GedcomError.self) {
            try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-relationship/Sopranos.ged"))
        }
        do {
            _ = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-relationship/Sopranos.ged"))
        } catch {
            #expect(error.line == 26)
            #expect(error.message.contains("level number"))
        }
    }

    @Test(".gdz packages are refused as zip archives, for the whole file")
    func gdz() {
        let path = gedcomCorpusPath("gedcom7-gedcomio/gedcom70/minimal70.gdz")
        do {
            _ = try GedcomReader.read(path: path)
            Issue.record("a .gdz should be refused")
        } catch {
            #expect(error.line == nil)
            #expect(error.description.hasPrefix(path + ": "))
            #expect(error.message.contains("zip"))
        }
    }

    @Test("The torture tests: CR and CRLF copies agree, and every copy has the same people and families")
    func tortureTests() throws {
        let names = [
            "TGC55C.ged", "TGC55CLF.ged", "TGC551.ged", "TGC551LF.ged", "php-gedcom-variant/TGC55C.ged",
            "php-gedcom-variant/TGC55CLF.ged", "php-gedcom-variant/TGC551.ged", "php-gedcom-variant/TGC551LF.ged",
        ]
        let documents = try names.map { try GedcomReader.read(path: gedcomCorpusPath("torture55/" + $0)) }
        for document in documents {
            #expect(document.individuals.map(\.xref) == documents[0].individuals.map(\.xref))
            #expect(document.families.map(\.xref) == documents[0].families.map(\.xref))
            #expect(document.encoding == "ANSEL")
        }
        #expect(documents[0].individuals.count == 15)
        #expect(documents[0].families.count == 7)
        func withoutLines(_ document: GedcomDocument) -> GedcomDocument {
            var document = document
            for index in document.individuals.indices { document.individuals[index].line = 0 }
            for index in document.families.indices { document.families[index].line = 0 }
            document.lineCount = 0
            return document
        }
        #expect(withoutLines(documents[0]) == withoutLines(documents[1]))
        #expect(documents[0].individual("I14")?.name == "Charlie Accented ANSEL")
    }

    @Test("Indented, 100-level, super-long-line and custom-tag files read")
    func edgeFiles() throws {
        let plain = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/minimal55.ged"))
        let indented = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/minimal55indented.ged"))
        #expect(plain == indented)
        let deep = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/issue102_100levels.ged"))
        #expect(deep.customTags == 99)
        let long = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/superlongline-ansel.ged"))
        #expect(long.lineCount == 11)
        for (file, people, custom) in [
            ("ftmcustomtags.ged", 3, 24), ("legacycustomtags.ged", 8, 68), ("famhistcustomtags.ged", 3, 63),
            ("customtagstorture.ged", 3, 142),
        ] {
            let document = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/" + file))
            #expect(document.individuals.count == people, "\(file)")
            #expect(document.customTags == custom, "\(file)")
        }
    }

    @Test("Release builds read example.ged (875 KB) well within the import budget")
    func speed() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: gedcomCorpusPath("gramps/example.ged")))
        var best = Duration.seconds(60)
        for _ in 0..<5 {
            let elapsed = try ContinuousClock().measure { _ = try GedcomReader.read(data, file: "example.ged") }
            best = min(best, elapsed)
        }
        #if !DEBUG
            #expect(best < .milliseconds(50), "best of 5: \(best)")
        #endif
    }

    /// Both sides of every link agree, and every link points at a record in the document.
    func expectConsistent(_ document: GedcomDocument, _ file: String) {
        let people = Dictionary(document.individuals.map { ($0.xref, $0) }, uniquingKeysWith: { first, _ in first })
        let families = Dictionary(document.families.map { ($0.xref, $0) }, uniquingKeysWith: { first, _ in first })
        for family in document.families {
            for partner in [family.husband, family.wife].compactMap({ $0 }) {
                #expect(people[partner]?.partnerIn.contains(family.xref) == true, "\(file) \(family.xref)")
            }
            for child in family.children {
                #expect(people[child.xref]?.childOf.contains { $0.family == family.xref } == true, "\(file)")
            }
        }
        for person in document.individuals {
            for family in person.partnerIn {
                let record = families[family]
                #expect(record?.husband == person.xref || record?.wife == person.xref, "\(file) \(person.xref)")
            }
            for link in person.childOf {
                #expect(families[link.family]?.children.contains { $0.xref == person.xref } == true, "\(file)")
            }
        }
    }
}
