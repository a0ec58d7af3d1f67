import Foundation
import LifelinksModel
import Testing

@testable import LifelinksInterchange

/// The shared GEDCOM corpus, beside the repository (`<root>/../shared/corpus`); tests that need it skip
/// when it is absent.
let gedcomCorpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")

let gedcomCorpusAvailable = FileManager.default.fileExists(atPath: gedcomCorpus.path)

/// The path of a corpus file, e.g. `gedcomCorpusPath("gramps/example.ged")`.
func gedcomCorpusPath(_ relative: String) -> String {
    gedcomCorpus.appendingPathComponent(relative).path
}

/// Reads a GEDCOM text written in a test (lines joined with LF unless the text has its own line ends).
func readGedcom(_ text: String, file: String = "test.ged") throws -> GedcomDocument {
    try GedcomReader.read(Data(text.utf8), file: file)
}

/// The error reading `bytes` gives, or nil when they read.
func gedcomError(_ bytes: [UInt8], file: String = "test.ged") -> GedcomError? {
    do {
        _ = try GedcomReader.read(Data(bytes), file: file)
        return nil
    } catch {
        return error
    }
}

/// A minimal 5.5.1 file around `body` (records, without HEAD and TRLR).
func gedcom551(_ body: String) -> String {
    """
    0 HEAD
    1 GEDC
    2 VERS 5.5.1
    2 FORM LINEAGE-LINKED
    1 CHAR UTF-8
    \(body)
    0 TRLR

    """
}

/// A minimal GEDCOM 7.0 file around `body`.
func gedcom70(_ body: String) -> String {
    """
    0 HEAD
    1 GEDC
    2 VERS 7.0
    \(body)
    0 TRLR

    """
}

/// The (family, kind) pairs of an individual's childOf, as comparable values.
func gedcomChildLinks(_ individual: GedcomIndividual?) -> [String] {
    individual?.childOf.map { "\($0.family):\($0.kind.rawValue)" } ?? []
}

/// Every .ged and .gdz file in the corpus, relative to it, sorted.
func corpusGedcomFiles() -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: gedcomCorpus.path) else { return [] }
    return walker.compactMap { $0 as? String }
        .filter { $0.lowercased().hasSuffix(".ged") || $0.lowercased().hasSuffix(".gdz") }
        .sorted()
}
