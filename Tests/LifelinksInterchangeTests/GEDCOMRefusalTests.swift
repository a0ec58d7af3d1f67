import Foundation
import LifelinksModel
import Testing

@testable import LifelinksInterchange

/// Malformed input is refused with one error naming the file and line, never a crash or half a document.
@Suite("GEDCOM refusals: one clear error, never a crash")
struct GEDCOMRefusalTests {
    /// The error for `text`, expected to exist.
    func refusal(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> GedcomError {
        try #require(gedcomError(Array(text.utf8), file: "tree.ged"), sourceLocation: sourceLocation)
    }

    @Test("A line without a level number is refused at that line, without quoting it")
    func noLevelNumber() throws {
        let error = try refusal(
            gedcom551("0 @I1@ INDI\n1 NAME Ann /Lee/\n1 NOTE Her address is\nAnn Lee, 3 Mill Lane\n1 SEX F"))
        #expect(error.line == 9)
        #expect(error.description == "tree.ged:9: this line does not begin with a level number")
        #expect(!error.description.contains("Ann"))
    }

    @Test("A level that rises by more than one is refused")
    func levelJump() throws {
        let error = try refusal(gedcom551("0 @I1@ INDI\n1 BIRT\n3 DATE 1950"))
        #expect(error.line == 8)
        #expect(error.message.hasPrefix("level 3 follows level 1"))
        let fromZero = try refusal(gedcom551("0 @I1@ INDI\n2 NAME Ann"))
        #expect(fromZero.line == 7)
    }

    @Test(
        "A file that is not GEDCOM is refused at its first line",
        arguments: [
            ("case,id,name\nLL-1,x,Ann Lee\n", 1), ("<?xml version=\"1.0\"?>\n<database/>\n", 1),
            ("1 HEAD\n0 TRLR\n", 1),
            ("0 @I1@ INDI\n0 TRLR\n", 1), ("0 HEADER\n0 TRLR\n", 1), ("\n\n  Ann Lee\n", 3), ("\n\r\n\r0HEAD\n", 3),
        ])
    func notGedcom(text: String, line: Int) throws {
        let error = try refusal(text)
        #expect(error.message.hasPrefix("this is not a GEDCOM file"))
        #expect(error.line == line)
        #expect(!error.description.contains("Ann"))
    }

    @Test("An empty file, or one of only blank lines, is refused for the whole file")
    func empty() throws {
        for bytes: [UInt8] in [[], Array(" \n\r\n\t".utf8), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE, 0x0A, 0x00]] {
            let error = try #require(gedcomError(bytes, file: "empty.ged"))
            #expect(error.description == "empty.ged: the file is empty")
        }
    }

    @Test("A zip archive (a .gdz package) is refused as such")
    func zip() throws {
        let error = try #require(gedcomError([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], file: "tree.gdz"))
        #expect(error.line == nil)
        #expect(error.description.hasPrefix("tree.gdz: this is a zip archive"))
    }

    @Test("A file cut short before TRLR is refused at its last line")
    func noTrailer() throws {
        let error = try refusal("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I1@ INDI\n1 NAME Ann /Lee/\n")
        #expect(error.line == 5)
        #expect(error.message.contains("TRLR"))
    }

    @Test("Broken lines: no tag, an unclosed xref, a tag with impossible characters, a NUL byte")
    func brokenLines() throws {
        #expect(try refusal(gedcom551("0 @I1@ INDI\n1")).message == "this line has a level number but no tag")
        #expect(try refusal(gedcom551("0 @I1@")).message == "this line has a cross-reference id but no tag")
        #expect(try refusal(gedcom551("0 @I1 INDI")).message.contains("not closed"))
        #expect(try refusal(gedcom551("0 @I1@ INDI\n1 NA-ME Ann")).message.contains("tag"))
        #expect(try refusal(gedcom551("0 @I1@ INDI\n1NAME Ann")).message.contains("not followed by a space"))
        #expect(try refusal(gedcom551("0 @I1@ INDI\n99999 NAME Ann")).message.contains("too large"))
        let nul = try refusal(gedcom551("0 @I1@ INDI\n1 NAME A\u{0}nn"))
        #expect(nul.line == 7)
        #expect(nul.message.contains("NUL"))
    }

    @Test("An xref defined twice is refused at the second definition, naming the xref only")
    func duplicateXref() throws {
        let error = try refusal(gedcom551("0 @I1@ INDI\n1 NAME Ann /Lee/\n0 @F1@ FAM\n0 @I1@ INDI\n1 NAME Bo /Lee/"))
        #expect(error.line == 9)
        #expect(error.message == "@I1@ is defined twice (first on line 6); links to it would be ambiguous")
        let acrossKinds = try refusal(gedcom551("0 @X1@ INDI\n0 @X1@ FAM"))
        #expect(acrossKinds.line == 7)
    }

    @Test("Binary junk is refused with one error and never crashes")
    func binaryJunk() {
        var generator = GedcomTestRandom(seed: 7)
        for length in [1, 2, 3, 17, 512, 4096] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let error = gedcomError(bytes, file: "junk.bin")
            #expect(error != nil, "\(length) random bytes")
            #expect(error?.description.hasPrefix("junk.bin") == true)
        }
    }

    @Test("Thousands of mutated files each read or are refused; none crashes")
    func mutations() throws {
        let original = Array(
            gedcom551(
                """
                0 @I1@ INDI
                1 NAME Ann /Lee/
                2 GIVN Ann
                1 SEX F
                1 BIRT
                2 DATE ABT 2 MAR 1950
                1 FAMS @F1@
                1 FAMC @F2@
                2 PEDI adopted
                1 ADOP
                2 FAMC @F2@
                3 ADOP WIFE
                0 @F1@ FAM
                1 WIFE @I1@
                1 CHIL @I2@
                2 _FREL Step
                1 DIV
                0 @I2@ INDI
                1 NAME Bo
                2 CONC b /Lee/
                """
            ).utf8)
        var generator = GedcomTestRandom(seed: 42)
        var read = 0
        var refused = 0
        let interesting: [UInt8] = [0x0A, 0x0D, 0x20, 0x40, 0x30, 0x31, 0x32, 0x33, 0x00, 0xE2, 0xFF, 0x2F]
        for _ in 0..<3000 {
            var bytes = original
            for _ in 0..<Int(generator.next() % 4 + 1) {
                let position = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[position] = interesting[Int(generator.next() % UInt64(interesting.count))]
                case 1: bytes.remove(at: position)
                default: bytes.insert(interesting[Int(generator.next() % UInt64(interesting.count))], at: position)
                }
            }
            do {
                _ = try GedcomReader.read(Data(bytes), file: "m.ged")
                read += 1
            } catch {
                #expect(error.description.hasPrefix("m.ged:"))
                refused += 1
            }
        }
        #expect(read > 0)
        #expect(refused > 0)
    }
}

/// A small seeded generator, so the random inputs are the same on every run.
struct GedcomTestRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
