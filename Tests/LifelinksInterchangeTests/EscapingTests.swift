import Foundation
import LifelinksModel
import LifelinksStore
import Testing

@testable import LifelinksInterchange

@Suite("Names and notes survive the spreadsheets as text")
struct EscapingTests {
    static let names = [
        "Dan \"the man\" O'Neil",
        "<b>Nan</b>",
        "a\\\"];x[label=\"pwned",
        "Smith, Jo; \"JJ\"",
        "نور الهدى",
        "Auntie 🌈 Bev 👩🏽‍🦱",
        "line one\nline two",
        String(repeating: "Longname ", count: 33) + "End",
    ]

    @Test("Hostile names and notes go out to CSV and come back unchanged")
    func roundTrip() throws {
        let store = try Store()
        let youngPerson = YoungPersonCase(
            reference: "E-1", name: "Escape Test", dateOfBirth: Day("2009-01-01")!, status: .inCare,
            referralDate: Day("2026-01-01")!)
        try store.importing(recordedBy: "test") { batch in
            try batch.upsert(youngPerson)
            for (index, name) in EscapingTests.names.enumerated() {
                try batch.upsert(
                    Connection(id: "p\(index)", name: name, relationship: name, category: .friend, notes: name),
                    in: "E-1", recordStage: true)
            }
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SpreadsheetExport.write(store.networks(), to: folder.path)
        let again = try Store()
        try importFiles(folder.path, into: again)
        let people = try #require(try again.network("E-1")).connections.sorted { $0.id < $1.id }
        #expect(people.map(\.name) == EscapingTests.names)
        #expect(people.map(\.notes) == EscapingTests.names.map { Optional($0) })
        let text = try String(contentsOf: folder.appendingPathComponent("connections.csv"), encoding: .utf8)
        #expect(text.contains(#""Dan ""the man"" O'Neil""#), "quotes inside a field are doubled")
    }
}
