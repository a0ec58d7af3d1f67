import Foundation
import LifelinksModel
import Testing

@testable import LifelinksInterchange

/// Character encodings: ANSEL, ASCII, Windows-1252, UTF-8 and UTF-16, detected and decoded.
@Suite("GEDCOM encodings: ANSEL, ASCII, Windows-1252, UTF-8, UTF-16")
struct GEDCOMEncodingTests {
    /// A 5.5.1 file declaring `charset`, with `names` as INDI records, as bytes (names given as raw bytes).
    func file(charset: String, names: [[UInt8]]) -> [UInt8] {
        var bytes = Array("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR \(charset)\n".utf8)
        for (index, name) in names.enumerated() {
            bytes += Array("0 @I\(index)@ INDI\n1 NAME ".utf8) + name + [0x0A]
        }
        return bytes + Array("0 TRLR\n".utf8)
    }

    func names(_ bytes: [UInt8]) throws -> [String?] {
        try GedcomReader.read(Data(bytes), file: "enc.ged").individuals.map(\.name)
    }

    @Test("ANSEL: combining marks come before the letter and end up after it, composed (NFC)")
    func anselDiacritics() throws {
        let bytes = file(
            charset: "ANSEL",
            names: [
                Array("Bj".utf8) + [0xE8] + Array("orn /M".utf8) + [0xE8] + Array("uller/".utf8),
                Array("Fran".utf8) + [0xF0] + Array("cois /".utf8) + [0xE1] + Array("Eluard/".utf8),
                [0xA1, 0xE2, 0x6F, 0x64, 0xE2, 0x7A] + Array(" /Ko".utf8) + [0xE9] + Array("sik/".utf8),
                Array("Ren".utf8) + [0xE2] + Array("e /C".utf8) + [0xE3] + Array("a".utf8) + [0xE4] + Array("nh/".utf8),
                [0x63, 0x20, 0xE2, 0xF0, 0x63],  // two marks on one letter: cedilla and acute
                Array("S".utf8) + [0xEA] + Array("a /".utf8) + [0xEE] + Array("o/".utf8),
            ])
        let document = try GedcomReader.read(Data(bytes), file: "ansel.ged")
        #expect(document.encoding == "ANSEL")
        #expect(
            document.individuals.map(\.name) == [
                "Björn Müller", "François Èluard", "Łódź Košik", "René Câñh", "c ḉ", "Så ő",
            ])
        #expect(document.individuals[0].name?.unicodeScalars.count == 12, "composed, not letter + mark")
    }

    @Test(
        "ANSEL: the spacing characters of the full table",
        arguments: [
            (0xA1, "Ł"), (0xA2, "Ø"), (0xA3, "Đ"), (0xA4, "Þ"), (0xA5, "Æ"), (0xA6, "Œ"), (0xA7, "ʹ"), (0xA8, "·"),
            (0xA9, "♭"), (0xAA, "®"), (0xAB, "±"), (0xAC, "Ơ"), (0xAD, "Ư"), (0xAE, "ʾ"), (0xB0, "ʿ"), (0xB1, "ł"),
            (0xB2, "ø"), (0xB3, "đ"), (0xB4, "þ"), (0xB5, "æ"), (0xB6, "œ"), (0xB7, "ʺ"), (0xB8, "ı"), (0xB9, "£"),
            (0xBA, "ð"), (0xBC, "ơ"), (0xBD, "ư"), (0xC0, "°"), (0xC1, "ℓ"), (0xC2, "℗"), (0xC3, "©"), (0xC4, "♯"),
            (0xC5, "¿"), (0xC6, "¡"), (0xC7, "ß"), (0xC8, "€"), (0xCF, "ß"),
        ] as [(UInt8, String)])
    func anselSpacing(byte: UInt8, character: String) throws {
        #expect(try names(file(charset: "ANSEL", names: [[0x78, byte, 0x78]])) == ["x\(character)x"])
    }

    @Test(
        "ANSEL: the combining marks of the full table",
        arguments: [
            (0xE0, "ả"), (0xE1, "à"), (0xE2, "á"), (0xE3, "â"), (0xE4, "ã"), (0xE5, "ā"), (0xE6, "ă"), (0xE7, "ȧ"),
            (0xE8, "ä"), (0xE9, "ǎ"), (0xEA, "å"), (0xEB, "a\u{FE20}"), (0xEC, "a\u{FE21}"), (0xED, "a\u{315}"),
            (0xEE, "a\u{30B}"), (0xEF, "a\u{310}"), (0xF0, "a\u{327}"), (0xF1, "ą"), (0xF2, "ạ"), (0xF3, "a\u{324}"),
            (0xF4, "ḁ"), (0xF5, "a\u{333}"), (0xF6, "a\u{332}"), (0xF7, "a\u{326}"), (0xF8, "a\u{31C}"),
            (0xF9, "a\u{32E}"), (0xFA, "a\u{FE22}"), (0xFB, "a\u{FE23}"), (0xFE, "a\u{313}"),
        ] as [(UInt8, String)])
    func anselCombining(byte: UInt8, expected: String) throws {
        let name = try #require(try names(file(charset: "ANSEL", names: [[byte, 0x61]])).first ?? nil)
        #expect(Array(name.unicodeScalars) == Array(expected.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("ANSI, IBM WINDOWS and LATIN1 read as Windows-1252")
    func windows1252() throws {
        for charset in ["ANSI", "IBM WINDOWS", "LATIN1", "ISO-8859-1"] {
            let bytes = file(
                charset: charset,
                names: [Array("Jos".utf8) + [0xE9] + Array(" /Garc".utf8) + [0xED] + Array("a/".utf8), [0x80, 0x9C]])
            let document = try GedcomReader.read(Data(bytes), file: "ansi.ged")
            #expect(document.encoding == "Windows-1252", "\(charset)")
            #expect(document.individuals.map(\.name) == ["José García", "€œ"], "\(charset)")
        }
    }

    @Test("ASCII reads as ASCII; an ASCII or ANSEL header over valid UTF-8 bytes reads as UTF-8")
    func declaredVersusActual() throws {
        let ascii = try GedcomReader.read(Data(file(charset: "ASCII", names: [Array("Ann /Lee/".utf8)])), file: "a")
        #expect(ascii.encoding == "ASCII")
        let mislabelled = try GedcomReader.read(
            Data(file(charset: "ANSEL", names: [Array("Zoë /Ødegård/".utf8)])), file: "b")
        #expect(mislabelled.encoding == "UTF-8")
        #expect(mislabelled.individuals.first?.name == "Zoë Ødegård")
    }

    @Test("UTF-8 with stray Latin-1 bytes keeps both kinds of letter; no CHAR at all falls back the same way")
    func utf8Repair() throws {
        let mixed = Array("Zoë ".utf8) + Array("Ren".utf8) + [0xE9] + Array(" /Dupont/".utf8)
        #expect(try names(file(charset: "UTF-8", names: [mixed])) == ["Zoë René Dupont"])
        let noCharset = Array("0 HEAD\n0 @I1@ INDI\n1 NAME M".utf8) + [0xFC] + Array("ller\n0 TRLR\n".utf8)
        #expect(try names(noCharset) == ["Müller"])
    }

    @Test("UTF-8 with and without a BOM, UTF-16 LE and BE with and without a BOM, give one document")
    func unicodeForms() throws {
        let text = gedcom551("0 @I1@ INDI\n1 NAME Ólafur /Þórðarson/\n0 @I2@ INDI\n1 NAME 𝔄da /Łęcka/")
        let utf16 = Array(text.utf16)
        let little = utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let forms: [(String, [UInt8])] = [
            ("UTF-8", Array(text.utf8)), ("UTF-8", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            ("UTF-16LE", little), ("UTF-16LE", [0xFF, 0xFE] + little),
            ("UTF-16BE", big), ("UTF-16BE", [0xFE, 0xFF] + big),
        ]
        let expected = try readGedcom(text)
        #expect(expected.individuals.map(\.name) == ["Ólafur Þórðarson", "𝔄da Łęcka"])
        for (encoding, bytes) in forms {
            var document = try GedcomReader.read(Data(bytes), file: "u.ged")
            #expect(document.encoding == encoding)
            document.encoding = expected.encoding
            #expect(document == expected, "\(encoding), \(bytes.prefix(2))")
        }
    }

    @Test("Decomposed UTF-8 (as macOS writes it) is composed, so names compare equal")
    func nfc() throws {
        let decomposed = "Rene\u{301} /Mu\u{308}ller/"
        #expect(try names(file(charset: "UTF-8", names: [Array(decomposed.utf8)])) == ["René Müller"])
    }

    // MARK: The corpus

    /// Everything that should agree between encodings of one tree (not line numbers or the encoding);
    /// without `kinds`, parent kinds are left out.
    func essence(_ document: GedcomDocument, kinds: Bool = true) -> [String] {
        document.individuals.map { person in
            [
                person.xref, person.name ?? "-", person.givenName ?? "-", person.surname ?? "-", person.sex.rawValue,
                person.birthDate ?? "-", person.born ?? "-", "\(person.deceased)",
                (kinds ? gedcomChildLinks(person) : person.childOf.map(\.family)).joined(separator: ","),
                person.partnerIn.joined(separator: ","),
            ].joined(separator: "|")
        }
            + document.families.map { family in
                "\(family.xref) \(family.husband ?? "-") \(family.wife ?? "-") \(family.status) "
                    + family.children.map { kinds ? "\($0.xref):\($0.fatherKind):\($0.motherKind)" : $0.xref }
                    .joined(separator: ",")
            }
    }

    /// The whole file decoded to text (NFC), for checking characters that sit in places and notes.
    func decodedText(_ relative: String) throws -> String {
        let raw = try [UInt8](Data(contentsOf: URL(fileURLWithPath: gedcomCorpusPath(relative))))
        return GedcomText.string(try GedcomDecoding.decode(raw).bytes)
    }

    @Test("The willis tree in five encodings gives the same people and families", .enabled(if: gedcomCorpusAvailable))
    func willis() throws {
        let files = [
            ("willis-ansel.ged", "ANSEL"), ("willis-ascii.ged", "ASCII"), ("willis-unicode-bigendian.ged", "UTF-16BE"),
            ("willis-unicode-littleendian.ged", "UTF-16LE"), ("willis.ged", "UTF-8"),
        ]
        var reference: [String] = []
        var referenceWithoutKinds: [String] = []
        for (name, encoding) in files {
            let document = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/" + name))
            #expect(document.encoding == encoding, "\(name)")
            #expect(document.individuals.count == 761, "\(name)")
            #expect(document.families.count == 293, "\(name)")
            if reference.isEmpty {
                reference = essence(document)
                referenceWithoutKinds = essence(document, kinds: false)
            } else if name == "willis.ged" {
                // The Family Tree Maker original keeps _FREL/_MREL (a stepfather, an adoption), which the
                // converted copies lost; everything else agrees.
                let differences = Set(essence(document, kinds: false)).symmetricDifference(referenceWithoutKinds)
                #expect(differences.isEmpty, "\(name): \(differences.sorted().prefix(4))")
                #expect(document.family("F199")?.children.first { $0.xref == "I5137" }?.fatherKind == .step)
                #expect(document.family("F615")?.children.first?.motherKind == .adoptive)
            } else {
                let differences = Set(essence(document)).symmetricDifference(reference)
                #expect(differences.isEmpty, "\(name): \(differences.sorted().prefix(4))")
            }
            let sample = ["I402", "I414", "I1198"].map { document.individual($0)?.name }
            #expect(sample == ["Maggie Mae Coleman", "William Layne", "William Christopher Willis"], "\(name)")
            // Accented letters in these files are in sources: "Brøderbund" (ANSEL 0xB2, UTF-8, UTF-16).
            if name != "willis-ascii.ged" {
                #expect(try decodedText("gedcom4j-encodings/" + name).contains("Brøderbund"), "\(name)")
            }
        }
    }

    @Test("utf16be, utf16le and utf8 (with BOMs, headers saying ANSEL) read alike", .enabled(if: gedcomCorpusAvailable))
    func gedcom4jUnicode() throws {
        let documents = try ["utf8.ged", "utf16be.ged", "utf16le.ged"].map {
            try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/" + $0))
        }
        #expect(documents.map(\.encoding) == ["UTF-8", "UTF-16BE", "UTF-16LE"])
        #expect(Set(documents.map { essence($0) }).count == 1)
    }

    @Test(
        "UTF-8 with CR, CRLF or LF ends, with or without a BOM, reads identically", .enabled(if: gedcomCorpusAvailable))
    func gedcom4jLineEnds() throws {
        let documents = try ["utf8_cr_nobom.ged", "utf8_crlf_bom.ged", "utf8_crlf_nobom.ged", "utf8_lf_nobom.ged"].map {
            try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/" + $0))
        }
        for document in documents { #expect(essence(document) == essence(documents[0])) }
        #expect(
            documents[0].individuals.map(\.name) == [
                "John Grüber", "Mary Hægermann", "Abraham Smîth", "Betsy Großmann", "Cleo Nôrden", "Elizabeth Jåckson",
                "Daniel Ćuarón", "Michael Garçon", "Ellen Łowenstėin", "Fred Ûlrich",
            ])
        #expect(documents[0].families.count == 4)
    }

    @Test("UTF-16LE without a BOM, with LF-CR or CR ends, reads identically", .enabled(if: gedcomCorpusAvailable))
    func unicodeLittleEndian() throws {
        let lfcr = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/unicode-littleendian-crlf.ged"))
        let cr = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/unicode-littleendian-cronly.ged"))
        #expect(lfcr.encoding == "UTF-16LE")
        #expect(essence(lfcr) == essence(cr))
        #expect(lfcr.individuals.count == 35)
        #expect(lfcr.family("FAMILY")?.children.count == 33)
    }

    @Test(
        "ANSEL.GED decodes to the letters the Unicode edition of the same test spells out",
        .enabled(if: gedcomCorpusAvailable))
    func anselTestFile() throws {
        let document = try GedcomReader.read(path: gedcomCorpusPath("gedcom4j-encodings/ANSEL.GED"))
        #expect(document.encoding == "ANSEL")
        #expect(document.individuals.count == 35)
        #expect(document.individuals.contains { $0.name == "code: E2 (Unicode: acute, 0301) acute accent" })
        let ansel = try decodedText("gedcom4j-encodings/ANSEL.GED")
        for special in [
            "(Ł)", "(Ø)", "(Đ)", "(Þ)", "(Æ)", "(Œ)", "(ł)", "(ø)", "(đ)", "(þ)", "(æ)", "(œ)", "(£)", "(ß)", "(©)",
        ] {
            #expect(ansel.contains(special), "\(special)")
        }
        // The UTF-16 edition lists, per mark, every letter Unicode composes with it; ANSEL.GED writes the
        // mark before every letter. Each composed letter must come out of the ANSEL decoding.
        let unicode = try decodedText("gedcom4j-encodings/unicode-littleendian-crlf.ged")
        let marks = ["GRAVE", "ACUTE", "CIRCUMFLEX", "TILDE", "DIAERESIS", "CARON", "RING ABOVE", "CEDILLA", "OGONEK"]
        let lines = unicode.split(whereSeparator: \.isNewline)
        for mark in marks {
            let nameLine = try #require(lines.firstIndex { $0.hasSuffix("/\(mark)/") }, "\(mark)")
            let deathPlace = try #require(
                lines[nameLine...].first { $0.hasPrefix("2 PLAC") && $0 != lines[nameLine + 2] })
            for letter in deathPlace.dropFirst("2 PLAC ".count) where letter != "," {
                #expect(ansel.contains(letter), "\(mark): \(letter)")
            }
        }
    }

    @Test("Encodings are detected in the paired 5.5.1 and 7.0 test files", .enabled(if: gedcomCorpusAvailable))
    func pairedFiles() throws {
        let expected = [
            "char_ascii_1.ged": "ASCII", "char_ascii_2.ged": "Windows-1252", "char_utf8-1.ged": "UTF-8",
            "char_utf8-2.ged": "UTF-8", "char_utf8-3.ged": "UTF-8", "char_utf16be-1.ged": "UTF-16BE",
            "char_utf16be-2.ged": "UTF-16BE", "char_utf16le-1.ged": "UTF-16LE", "char_utf16le-2.ged": "UTF-16LE",
        ]
        for (file, encoding) in expected {
            let old = try GedcomReader.read(path: gedcomCorpusPath("gedcom7code-test-files/5/" + file))
            #expect(old.encoding == encoding, "5/\(file)")
            let new = try GedcomReader.read(path: gedcomCorpusPath("gedcom7code-test-files/7/" + file))
            #expect(new.version?.hasPrefix("7") == true, "7/\(file)")
            #expect(new.encoding == "UTF-8", "7/\(file): GEDCOM 7 is always UTF-8")
        }
    }
}
