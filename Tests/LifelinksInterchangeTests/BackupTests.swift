import Foundation
import LifelinksModel
import LifelinksStore
import Testing

@testable import LifelinksInterchange

@Suite("The whole-database JSON backup")
struct BackupTests {
    /// The samples and a generated cohort, with a few changes made by hand.
    static func source(cohort: Int = 12) throws -> Store {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CohortGenerator(seed: 31).write(cases: cohort, to: folder.path)
        try importFiles(folder.path, into: store)
        // A correction and a step forward again, an edited person, and a logged visit.
        let reference = "LL-2026-071"
        try store.setStage(
            .searching, of: "auntie-ngozi", in: reference, on: Day("2026-11-20")!, recordedBy: "test", correction: true,
            reason: "the address was for another person")
        try store.setStage(.located, of: "auntie-ngozi", in: reference, on: Day("2026-11-21")!, recordedBy: "test")
        try store.updateConnection("jade", in: reference) { $0.gender = "non-binary" }
        try store.log(
            Event(connection: "bernie", date: Day("2026-11-22")!, kind: .visit, recordedBy: "test", note: "tea"),
            in: reference)
        return store
    }

    /// The samples alone: small enough to break one row at a time.
    static func samples() throws -> DatabaseBackup {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        return try store.backup()
    }

    @Test("backup → restore into a new database → backup gives the same bytes and the same rows")
    func roundTrip() throws {
        let source = try BackupTests.source()
        let first = try source.backup()
        let json = try first.json()
        let read = try DatabaseBackup(json: json)
        #expect(read == first)

        let target = try Store()
        try target.restore(read)
        let second = try target.backup()
        #expect(second.tables.map(\.name) == first.tables.map(\.name))
        for (one, two) in zip(first.tables, second.tables) {
            #expect(one.columns == two.columns, "\(one.name)")
            #expect(one.rows == two.rows, "\(one.name) differs after a round trip")
        }
        #expect(try second.json() == json)
        #expect(try target.networks() == source.networks())

        // What the round trip carried: history with a correction, events, an edited row's version.
        let history = try #require(first.table("stage_changes"))
        let correction = try #require(history.columns.firstIndex(of: "is_correction"))
        #expect(history.rows.contains { $0[correction] == .integer(1) })
        #expect(history.rows.count > 300)
        #expect(try #require(first.table("events")).rows.count > 50)
        let connections = try #require(first.table("connections"))
        let version = try #require(connections.columns.firstIndex(of: "version"))
        #expect(connections.rows.contains { $0[version] == .integer(2) })
        #expect(first.migrations.count >= 3)
        #expect(first.format == DatabaseBackup.formatName && first.version == DatabaseBackup.formatVersion)
    }

    @Test("Integers, reals, texts, blobs and nulls come back from JSON as they went in")
    func valueKinds() throws {
        let values: [DatabaseBackup.Value] = [
            .integer(Int64.min), .integer(Int64.max), .integer(0), .real(0.1), .real(-1e300), .real(.infinity),
            .real(42), .text(""), .text("Zoë 👩🏽‍🦱 \"quoted\" \\ / \u{7}"), .blob(Data([0, 1, 254, 255])), .blob(Data()),
            .null,
        ]
        let backup = DatabaseBackup(
            migrations: ["one"], tables: [DatabaseBackup.Table(name: "t", columns: ["a"], rows: values.map { [$0] })])
        let json = try backup.json()
        #expect(try DatabaseBackup(json: json) == backup)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains(#""real" : "0.1""#))
        #expect(text.contains(#""blob" : "AAH+/w==""#))
        #expect(text.contains(#""format" : "lifelinks-backup""#))
    }

    @Test("A network written whole comes back the same, and a family view backs up and restores")
    func networksWritten() throws {
        let source = try BackupTests.source(cohort: 4)
        let copy = try Store()
        try copy.insert(source.networks())
        #expect(try copy.networks() == source.networks())

        let family = try Store()
        try family.insert(source.networks().map { Audience.family.view(of: $0) })
        let backup = try family.backup()
        let restored = try Store()
        try restored.restore(try DatabaseBackup(json: backup.json()))
        #expect(try restored.backup() == backup)
        #expect(try restored.networks().map(\.connections) == family.networks().map(\.connections))
    }

    /// One way to spoil the samples' backup, what the refusal must say, and a value it must not repeat.
    struct Spoiling: CustomTestStringConvertible, Sendable {
        var name: String
        var says: String
        var spoil: @Sendable (inout DatabaseBackup) -> Void

        var testDescription: String { name }
    }

    static let secret = "Secret-Value-7781"

    static let spoilings: [Spoiling] = [
        Spoiling(name: "another format", says: "is not a Lifelinks backup") { $0.format = "other" },
        Spoiling(name: "a later version", says: "is a backup of version 2") { $0.version = 2 },
        Spoiling(name: "an older schema", says: "different database schema") { $0.migrations.removeLast() },
        Spoiling(name: "an unknown table", says: "(secret_table) is not in this database") {
            $0.tables.append(DatabaseBackup.Table(name: "secret_table", columns: ["x"], rows: [[.text(secret)]]))
        },
        Spoiling(name: "a missing table", says: "has no table events") { $0.tables.removeAll { $0.name == "events" } },
        Spoiling(name: "an unknown column", says: "table connections, column 21 (favourite_colour) is not in") {
            change(&$0, "connections") { table in
                table.columns.append("favourite_colour")
                for index in table.rows.indices { table.rows[index].append(.text(secret)) }
            }
        },
        Spoiling(name: "a missing column", says: "table connections has no column name") {
            change(&$0, "connections") { table in
                let name = table.columns.firstIndex(of: "name")!
                table.columns.remove(at: name)
                for index in table.rows.indices { table.rows[index].remove(at: name) }
            }
        },
        Spoiling(name: "a short row", says: "table relations, row 2: has 3 values for 4 columns") {
            change(&$0, "relations") { $0.rows[1].removeLast() }
        },
        Spoiling(
            name: "text for an integer", says: "table stage_changes, row 3, column id: holds a value of the wrong type"
        ) {
            set(&$0, "stage_changes", row: 3, "id", .text(secret))
        },
        Spoiling(name: "a number for a text", says: "table cases, row 1, column name: holds a value of the wrong type")
        {
            set(&$0, "cases", row: 1, "name", .integer(7781))
        },
        Spoiling(name: "a missing name", says: "table connections, row 2, column name: is empty but required") {
            set(&$0, "connections", row: 2, "name", .null)
        },
        Spoiling(name: "an unknown category", says: "table connections, row 5, column category: holds a value the") {
            set(&$0, "connections", row: 5, "category", .text(secret))
        },
        Spoiling(name: "an empty case name", says: "table cases, row 2, column name: holds a value the schema") {
            set(&$0, "cases", row: 2, "name", .text(""))
        },
        Spoiling(name: "a reserved id", says: "table connections, row 6, column id: holds a value the schema") {
            set(&$0, "connections", row: 6, "id", .text("Young-Person"))
        },
        Spoiling(
            name: "a case that is not there",
            says: "table connections, row 4, column case_ref: refers to a row of cases"
        ) {
            set(&$0, "connections", row: 4, "case_ref", .text(secret))
        },
        Spoiling(name: "a repeated case", says: "table cases, row 4, column reference: repeats a value") {
            change(&$0, "cases") { $0.rows.append($0.rows[0]) }
        },
        Spoiling(name: "a repeated stage change id", says: "table stage_changes, row 2, column id: repeats a value") {
            set(&$0, "stage_changes", row: 2, "id", .integer(1))
        },
        Spoiling(name: "a repeated commitment", says: "table commitments, row 2, column case_ref: repeats the key") {
            change(&$0, "commitments") { $0.rows[1] = $0.rows[0] }
        },
    ]

    static func change(_ backup: inout DatabaseBackup, _ table: String, _ body: (inout DatabaseBackup.Table) -> Void) {
        let index = backup.tables.firstIndex { $0.name == table }!
        body(&backup.tables[index])
    }

    static func set(
        _ backup: inout DatabaseBackup, _ table: String, row: Int, _ column: String, _ value: DatabaseBackup.Value
    ) {
        change(&backup, table) { table in
            table.rows[row - 1][table.columns.firstIndex(of: column)!] = value
        }
    }

    @Test(
        "A spoiled backup is refused by table, row and column, without the value, and nothing is written",
        arguments: spoilings)
    func refusals(_ spoiling: Spoiling) throws {
        var backup = try BackupTests.samples()
        spoiling.spoil(&backup)
        let target = try Store()
        let empty = try target.backup()
        do {
            try target.restore(backup)
            Issue.record("\(spoiling.name) was restored")
        } catch {
            #expect(error.description.contains(spoiling.says), "\(error.description)")
            #expect(!error.description.contains(BackupTests.secret))
            #expect(!error.description.contains("7781"))
        }
        #expect(try target.backup() == empty)
    }

    @Test("A database that already holds cases is refused and left as it was")
    func nonEmptyTarget() throws {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        let before = try store.backup()
        #expect(throws: BackupError.self) { try store.restore(before) }
        do {
            try store.restore(before)
        } catch {
            #expect(error.description.contains("already holds 3 cases"))
        }
        #expect(try store.backup() == before)
    }

    @Test("Malformed JSON is refused by where it goes wrong, never by what it holds")
    func malformed() throws {
        let cases: [(String, String)] = [
            ("{ \"format\": \"lifelinks-backup\", ", "is not valid JSON"),
            (#"{"version": 1, "migrations": [], "tables": []}"#, "format is missing"),
            (
                #"{"format": "lifelinks-backup", "version": 1, "migrations": [], "tables": [{"name": "t", "columns": ["a"], "rows": [[1], [{"secret": "Secret-Value-7781"}]]}]}"#,
                "tables[1].rows[2][1] is not an integer, text, null, real or blob"
            ),
            (
                #"{"format": "lifelinks-backup", "version": 1, "migrations": [], "tables": [{"name": "t", "columns": ["a"], "rows": [[true]]}]}"#,
                "tables[1].rows[1][1] is not an integer"
            ),
            (
                #"{"format": "lifelinks-backup", "version": 1, "migrations": [], "tables": [{"name": "t", "columns": ["a"], "rows": [[{"real": "Secret-Value-7781"}]]}]}"#,
                "tables[1].rows[1][1] is not an integer"
            ),
            (#"{"format": "lifelinks-backup", "version": "one", "migrations": [], "tables": []}"#, "version is not"),
        ]
        for (json, says) in cases {
            do {
                _ = try DatabaseBackup(json: Data(json.utf8))
                Issue.record("read: \(json)")
            } catch {
                #expect(error.description.contains(says), "\(error.description)")
                #expect(!error.description.contains("Secret"))
            }
        }
    }
}
