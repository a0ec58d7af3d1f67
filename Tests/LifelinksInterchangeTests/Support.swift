import Foundation
import LifelinksModel
import LifelinksStore
import Testing

@testable import LifelinksInterchange

/// The repository's root, found from this file's place in Tests/.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

let samplesFolder = repositoryRoot.appendingPathComponent("Samples").path

/// A fresh folder under the system's temporary folder, removed by the caller when done.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lifelinks-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes files (name → text) into a new folder and returns it.
func folder(with files: [String: String]) throws -> URL {
    let url = try temporaryFolder()
    for (name, text) in files {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    return url
}

/// Imports `path` into `store`, by the test user.
@discardableResult
func importFiles(_ path: String, into store: Store) throws -> ImportSummary {
    try SpreadsheetImport(recordedBy: "test").run(ImportSource.find(at: path), into: store)
}

/// The problems an import of `files` reports, or an empty list when it succeeds.
func problems(importing files: [String: String], into store: Store? = nil) throws -> [ImportProblem] {
    let url = try folder(with: files)
    defer { try? FileManager.default.removeItem(at: url) }
    do {
        try importFiles(url.path, into: try store ?? Store())
        return []
    } catch let failure as ImportFailure {
        return failure.problems
    }
}

/// Everything in the store, as the export would write it: a fingerprint of the database.
func snapshot(_ store: Store) throws -> [SpreadsheetFile: String] {
    try SpreadsheetExport.files(for: store.networks())
}

let minimalCases = """
    case,name,date_of_birth,status,referral_date,consent_date,agreed_date
    LL-1,Test Young Person,2009-05-01,in-care,2026-01-10,2026-01-12,2026-01-12

    """

let minimalConnections = """
    case,id,name,category,side,stage,safety,wishes
    LL-1,nan,Test Nan,family,maternal,located,safe,wants-contact
    LL-1,teacher,Test Teacher,education,,identified,,

    """
