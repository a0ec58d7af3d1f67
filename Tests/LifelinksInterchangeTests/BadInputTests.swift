import Foundation
import LifelinksModel
import LifelinksStore
import Testing

@testable import LifelinksInterchange

@Suite("Bad input is located, explained, and changes nothing")
struct BadInputTests {
    /// Imports the samples, then `files`; expects a refusal and an unchanged database. Returns the problems.
    func refused(_ files: [String: String]) throws -> [ImportProblem] {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        let before = try snapshot(store)
        let found = try problems(importing: files, into: store)
        #expect(!found.isEmpty, "the import should have been refused")
        #expect(try snapshot(store) == before, "a refused import must leave the database as it was")
        return found
    }

    func expectOne(
        _ found: [ImportProblem], file: String, line: Int?, column: String?, saying words: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let match = found.first { problem in
            problem.file.hasSuffix(file) && problem.line == line && problem.column == column
                && problem.message.contains(words)
        }
        #expect(
            match != nil, "expected \(file):\(line ?? 0): \(column ?? "-"): …\(words)… in \(found)",
            sourceLocation: sourceLocation)
    }

    @Test("A missing required column is named, with what the file should hold")
    func missingColumn() throws {
        let found = try refused(["connections.csv": "case,id,category\nLL-1,x,family\n"])
        expectOne(found, file: "connections.csv", line: 1, column: "name", saying: "missing required column")
    }

    @Test("A missing required value is located")
    func missingValue() throws {
        let found = try refused(["cases.csv": minimalCases + "LL-2,,2009-01-01,in-care,2026-01-01\n"])
        expectOne(found, file: "cases.csv", line: 3, column: "name", saying: "a value is required")
    }

    @Test("An unknown value lists what is allowed")
    func unknownValue() throws {
        let found = try refused([
            "cases.csv": minimalCases, "connections.csv": "case,id,name,category,wishes\nLL-1,x,X,family,maybe\n",
        ])
        expectOne(
            found, file: "connections.csv", line: 2, column: "wishes", saying: "wants-contact | unsure | no-contact")
    }

    @Test("A bad date says how to write one", arguments: ["2026-02-30", "26/11/2026", "2026-11-26T10:00", "soon"])
    func badDate(_ date: String) throws {
        let found = try refused([
            "cases.csv": "case,name,date_of_birth,status,referral_date\nLL-9,A,\(date),in-care,2026-01-01\n"
        ])
        expectOne(found, file: "cases.csv", line: 2, column: "date_of_birth", saying: "YYYY-MM-DD")
    }

    @Test("A duplicate id names the line it first appeared on")
    func duplicateID() throws {
        let found = try refused([
            "cases.csv": minimalCases,
            "connections.csv": "case,id,name,category\nLL-1,x,X,family\nLL-1,y,Y,friend\nLL-1,x,Z,friend\n",
        ])
        expectOne(found, file: "connections.csv", line: 4, column: "id", saying: "first on line 2")
    }

    @Test("found_via, relations and commitments that name an unknown id are refused")
    func unknownIDs() throws {
        let found = try refused([
            "cases.csv": minimalCases,
            "connections.csv": minimalConnections + "LL-1,aunt,Aunt,family,maternal,identified,,\n",
            "relations.csv": "case,from,to,relation\nLL-1,nan,ghost,parent\n",
            "commitments.csv":
                "case,connection,support,responsible\nLL-1,phantom,emotional,\nLL-1,nan,practical,nobody\n",
        ])
        expectOne(found, file: "relations.csv", line: 2, column: "to", saying: "not a connection id")
        expectOne(found, file: "commitments.csv", line: 2, column: "connection", saying: "not a connection id")
        expectOne(found, file: "commitments.csv", line: 3, column: "responsible", saying: "social-worker")

        let via = try refused([
            "cases.csv": minimalCases,
            "connections.csv": "case,id,name,category,found_via\nLL-1,x,X,family,nobody-here\nLL-1,y,Y,family,x\n",
        ])
        expectOne(via, file: "connections.csv", line: 2, column: "found_via", saying: "young-person | records")
        #expect(via.count == 1, "a later row may be found through an earlier one")
    }

    @Test("A relation to oneself is refused")
    func relationToSelf() throws {
        let found = try refused([
            "cases.csv": minimalCases, "connections.csv": minimalConnections,
            "relations.csv": "case,from,to,relation\nLL-1,nan,nan,sibling\n",
        ])
        expectOne(found, file: "relations.csv", line: 2, column: "to", saying: "themself")
    }

    @Test("An unknown case is refused")
    func unknownCase() throws {
        let found = try refused(["connections.csv": "case,id,name,category\nNOPE-1,x,X,family\n"])
        expectOne(found, file: "connections.csv", line: 2, column: "case", saying: "no case")
    }

    @Test("Unbalanced quotes point at the line where the quote opened")
    func unbalancedQuotes() throws {
        let found = try refused([
            "cases.csv": minimalCases,
            "connections.csv": "case,id,name,category\nLL-1,x,X,family\nLL-1,y,\"Y,family\nLL-1,z,Z,family\n",
        ])
        expectOne(found, file: "connections.csv", line: 3, column: nil, saying: "never closed")
    }

    @Test("Text after a closing quote is located")
    func textAfterQuote() throws {
        let found = try refused([
            "cases.csv": minimalCases, "connections.csv": "case,id,name,category\nLL-1,x,\"X\" Smith,family\n",
        ])
        expectOne(found, file: "connections.csv", line: 2, column: nil, saying: "closing quote")
    }

    @Test("A file that is not CSV at all is refused", arguments: ["png", "prose", "json"])
    func notCSV(_ kind: String) throws {
        let store = try Store()
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        let file = url.appendingPathComponent("connections.csv")
        switch kind {
        case "png":
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xD8]).write(
                to: file)
        case "prose":
            try Data("Dear colleague,\nplease find the list attached.\nThanks\n".utf8).write(to: file)
        default:
            try Data(#"{"case": "LL-1", "people": [1, 2, 3]}"#.utf8).write(to: file)
        }
        #expect(throws: ImportFailure.self) { try importFiles(url.path, into: store) }
        do {
            try importFiles(url.path, into: store)
        } catch let failure as ImportFailure {
            #expect(failure.problems.allSatisfy { $0.file.hasSuffix("connections.csv") })
            #expect(failure.description.contains("Nothing was imported"))
        }
        #expect(try store.cases().isEmpty)
    }

    @Test("An empty file is refused", arguments: ["", "\n\n", "   \r\n"])
    func emptyFile(_ text: String) throws {
        let found = try refused(["cases.csv": text])
        expectOne(found, file: "cases.csv", line: nil, column: nil, saying: "empty")
    }

    @Test("Fifty megabytes of junk are refused quickly and whole")
    func fiftyMegabytesOfJunk() throws {
        let store = try Store()
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        var generator = SeededRandom(seed: 7)
        var junk = [UInt8](repeating: 0, count: 50 * 1024 * 1024)
        for index in stride(from: 0, to: junk.count, by: 8) {
            withUnsafeBytes(of: generator.next()) { raw in
                for offset in 0..<min(8, junk.count - index) { junk[index + offset] = raw[offset] }
            }
        }
        try Data(junk).write(to: url.appendingPathComponent("cases.csv"))
        do {
            try importFiles(url.path, into: store)
            Issue.record("junk was imported")
        } catch let failure as ImportFailure {
            #expect(failure.problems.count == 1)
            #expect(
                failure.problems.first?.message.contains("not UTF-8") == true
                    || failure.problems.first?.message.contains("NUL") == true)
        }
        #expect(try store.cases().isEmpty)
    }

    @Test("Every problem in a file is reported at once, up to a limit")
    func manyProblems() throws {
        var text = "case,id,name,category\n"
        for index in 0..<120 { text += "LL-1,p\(index),P,nonsense\n" }
        let url = try folder(with: ["cases.csv": minimalCases, "connections.csv": text])
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            try importFiles(url.path, into: Store())
            Issue.record("should be refused")
        } catch let failure as ImportFailure {
            #expect(failure.problems.count == ImportFailure.limit)
            #expect(failure.omitted == 120 - ImportFailure.limit)
            #expect(failure.problems.map(\.line) == Array(2..<(2 + ImportFailure.limit)))
            #expect(failure.description.contains("and 70 more problems"))
        }
    }

    @Test("Problems never quote a person's name")
    func noNamesInMessages() throws {
        let found = try refused([
            "cases.csv": minimalCases,
            "connections.csv":
                "case,id,name,category,wishes\nLL-1,x,Secret Person Name,family,maybe\nLL-1,x,Secret Person Name,family,\n",
        ])
        #expect(!found.map(\.description).joined().contains("Secret"))
    }
}
