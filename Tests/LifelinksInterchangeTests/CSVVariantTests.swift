import Foundation
import LifelinksModel
import LifelinksStore
import Testing

@testable import LifelinksInterchange

@Suite("The spreadsheet dialects coordinators' tools write")
struct CSVVariantTests {
    /// The same two connections, written the plain way, for comparison.
    func plainImport() throws -> [Connection] {
        let store = try Store()
        let url = try folder(with: ["cases.csv": minimalCases, "connections.csv": minimalConnections])
        defer { try? FileManager.default.removeItem(at: url) }
        try importFiles(url.path, into: store)
        return try #require(try store.network("LL-1")).connections
    }

    func connections(casesText: String = minimalCases, connectionsBytes: Data) throws -> [Connection] {
        let store = try Store()
        let url = try folder(with: ["cases.csv": casesText])
        defer { try? FileManager.default.removeItem(at: url) }
        try connectionsBytes.write(to: url.appendingPathComponent("connections.csv"))
        try importFiles(url.path, into: store)
        return try #require(try store.network("LL-1")).connections
    }

    @Test(
        "Byte order mark, CRLF, semicolons, header case and order all read the same",
        arguments: [
            "bom", "crlf", "semicolon", "headers", "utf16le", "utf16be", "blank-lines",
        ])
    func dialect(_ variant: String) throws {
        var text = minimalConnections
        var bytes: Data
        switch variant {
        case "bom":
            bytes = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        case "crlf":
            bytes = Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case "semicolon":
            bytes = Data(text.replacingOccurrences(of: ",", with: ";").utf8)
        case "headers":
            text = """
                Wishes,SAFETY,Stage,Side, Category ,Name,ID,Case
                wants-contact,safe,located,maternal,family,Test Nan,nan,LL-1
                ,,identified,,education,Test Teacher,teacher,LL-1

                """
            bytes = Data(text.utf8)
        case "utf16le":
            bytes = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        case "utf16be":
            bytes = Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        default:
            bytes = Data(text.replacingOccurrences(of: "\nLL-1,teacher", with: "\n\n,,,,,,,\n\nLL-1,teacher").utf8)
        }
        #expect(try connections(connectionsBytes: bytes) == plainImport())
    }

    @Test("Quoted fields keep commas, quotes and line breaks")
    func quotedFields() throws {
        let text = """
            case,id,name,category,notes
            LL-1,nan,"Nan, ""the boss"" O'Neil",family,"Met 12 Oct;
            keen to help, with ""driving"" lessons"
            LL-1,teacher,Test Teacher,education,

            """
        let result = try connections(connectionsBytes: Data(text.utf8))
        let nan = try #require(result.first { $0.id == "nan" })
        #expect(nan.name == "Nan, \"the boss\" O'Neil")
        #expect(nan.notes == "Met 12 Oct;\nkeen to help, with \"driving\" lessons")
        #expect(result.count == 2)
    }

    @Test("Line numbers count the lines inside quoted fields")
    func lineNumbersAfterMultilineField() throws {
        let text = """
            case,id,name,category
            LL-1,nan,"Test
            Nan
            Smith",family
            LL-1,teacher,Test Teacher,school

            """
        let found = try problems(importing: ["cases.csv": minimalCases, "connections.csv": text])
        #expect(found.count == 1)
        #expect(found.first?.line == 5)
        #expect(found.first?.column == "category")
    }
}
