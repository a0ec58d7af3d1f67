import Foundation
import GRDB
import LifelinksModel
import Testing

@testable import LifelinksStore

@Suite("The SQLite store")
struct StoreTests {
    static let youngPerson = YoungPersonCase(
        reference: "S-1", name: "Store Test", dateOfBirth: Day("2009-03-03")!, status: .inCare,
        referralDate: Day("2026-02-01")!,
        consent: Consent(parentalResponsibility: Day("2026-02-02")!, youngPerson: Day("2026-02-03")!),
        conferenceDate: Day("2026-06-01")!)

    static let nan = Connection(
        id: "nan", name: "Nan Test", relationship: "my nan", category: .family, side: .maternal,
        foundVia: .youngPerson, wishes: .wantsContact, safety: .safe, closeness: .strong,
        supportFlow: .toYoungPerson, stage: .located, stageDate: Day("2026-02-10")!, notes: "note")

    static let cousin = Connection(
        id: "cousin", name: "Cousin Test", category: .family, side: .maternal, foundVia: .connection("nan"),
        stage: .identified)

    /// A store holding one case with two people, a tie between them, and one commitment.
    func filled() throws -> Store {
        let store = try Store()
        try store.importing(recordedBy: "tester") { batch in
            try batch.upsert(StoreTests.youngPerson)
            try batch.upsert(StoreTests.nan, in: "S-1", recordStage: true)
            try batch.upsert(StoreTests.cousin, in: "S-1", recordStage: true)
            try batch.upsert(FamilyRelation(from: "nan", to: "cousin", kind: .parent), in: "S-1")
            try batch.upsert(
                Commitment(
                    connection: "nan", support: .emotional, what: "calls", frequency: .weekly, responsible: .coordinator
                ),
                in: "S-1")
        }
        return store
    }

    @Test("What goes in comes out the same")
    func roundTrip() throws {
        let network = try #require(try filled().network("S-1"))
        #expect(network.youngPerson == StoreTests.youngPerson)
        #expect(network.connections == [StoreTests.cousin, StoreTests.nan])
        #expect(network.relations == [FamilyRelation(from: "nan", to: "cousin", kind: .parent)])
        #expect(network.commitments.first?.responsible == .coordinator)
        #expect(network.history.map(\.stage) == [.located, .identified])
        #expect(network.history.allSatisfy { $0.recordedBy == "tester" })
    }

    @Test("Foreign keys, NOT NULL and CHECK constraints are enforced by SQLite itself")
    func constraints() throws {
        let store = try filled()
        let statements = [
            "INSERT INTO connections (case_ref, id, name, kind, category, wishes, safety, stage) VALUES ('NOPE', 'x', 'X', 'person', 'family', 'unsure', 'unassessed', 'identified')",
            "INSERT INTO connections (case_ref, id, name, kind, category, wishes, safety, stage) VALUES ('S-1', 'y', NULL, 'person', 'family', 'unsure', 'unassessed', 'identified')",
            "INSERT INTO connections (case_ref, id, name, kind, category, wishes, safety, stage) VALUES ('S-1', 'z', 'Z', 'person', 'cousin', 'unsure', 'unassessed', 'identified')",
            "INSERT INTO connections (case_ref, id, name, kind, category, wishes, safety, stage) VALUES ('S-1', 'young-person', 'Z', 'person', 'family', 'unsure', 'unassessed', 'identified')",
            "INSERT INTO relations (case_ref, from_id, to_id, relation) VALUES ('S-1', 'nan', 'nan', 'sibling')",
            "INSERT INTO commitments (case_ref, connection_id, support) VALUES ('S-1', 'ghost', 'emotional')",
            "UPDATE stage_changes SET stage = 'committed'",
            "DELETE FROM stage_changes",
        ]
        for sql in statements {
            #expect(throws: DatabaseError.self, "\(sql)") { try store.writer.write { try $0.execute(sql: sql) } }
        }
        #expect(try store.network("S-1")?.history.count == 2)
    }

    @Test("A file database is in WAL mode with foreign keys on")
    func walMode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lifelinks-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("t.sqlite").path)
        let mode = try store.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        let keys = try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") }
        #expect(mode == "wal")
        #expect(keys == 1)
        _ = try Store(path: folder.appendingPathComponent("t.sqlite").path)
    }

    @Test("A failed import leaves nothing behind")
    func importRollsBack() throws {
        let store = try filled()
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try store.importing(recordedBy: "tester") { batch in
                var other = StoreTests.youngPerson
                other.reference = "S-2"
                try batch.upsert(other)
                try batch.flush()
                #expect(try Row.fetchOne(batch.db, sql: "SELECT 1 FROM cases WHERE reference = 'S-2'") != nil)
                throw Stop()
            }
        }
        #expect(try store.cases().map(\.reference) == ["S-1"])
    }

    @Test("add-connection refuses duplicates, unknown cases and unknown found_via")
    func addConnection() throws {
        let store = try filled()
        #expect(throws: StoreError.self) { try store.addConnection(StoreTests.nan, to: "S-1", recordedBy: "t") }
        #expect(throws: StoreError.self) { try store.addConnection(StoreTests.nan, to: "S-9", recordedBy: "t") }
        var stray = StoreTests.nan
        stray.id = "stray"
        stray.foundVia = .connection("nobody")
        #expect(throws: StoreError.self) { try store.addConnection(stray, to: "S-1", recordedBy: "t") }
        stray.foundVia = .connection("nan")
        try store.addConnection(stray, to: "S-1", recordedBy: "t")
        #expect(try store.network("S-1")?.connection("stray")?.foundVia == .connection("nan"))
    }

    @Test("set-stage records a permitted change and refuses a forbidden one without changing anything")
    func setStage() throws {
        let store = try filled()
        try store.setStage(.contacted, of: "nan", in: "S-1", on: Day("2026-03-01")!, recordedBy: "coordinator")
        var network = try #require(try store.network("S-1"))
        #expect(network.connection("nan")?.stage == .contacted)
        #expect(
            network.history.last
                == StageChange(
                    connection: "nan", stage: .contacted, date: Day("2026-03-01")!, recordedBy: "coordinator"))

        // The cousin's safety is not assessed: contact is refused, and nothing changes.
        #expect(throws: StageRules.Refusal.safetyNotAssessed) {
            try store.setStage(.contacted, of: "cousin", in: "S-1", on: Day("2026-03-01")!, recordedBy: "c")
        }
        #expect(throws: StageRules.Refusal.backwards(from: .contacted, to: .searching)) {
            try store.setStage(.searching, of: "nan", in: "S-1", on: Day("2026-03-02")!, recordedBy: "c")
        }
        network = try #require(try store.network("S-1"))
        #expect(network.history.count == 3)
        #expect(network.connection("cousin")?.stage == .identified)

        try store.setStage(
            .searching, of: "nan", in: "S-1", on: Day("2026-03-02")!, recordedBy: "c", correction: true,
            reason: "entered on the wrong person")
        network = try #require(try store.network("S-1"))
        #expect(network.history.last?.isCorrection == true)
        #expect(network.history.last?.reason == "entered on the wrong person")
        #expect(throws: StoreError.self) {
            try store.setStage(.searching, of: "ghost", in: "S-1", on: Day("2026-03-02")!, recordedBy: "c")
        }
    }

    @Test("Errors from the database never carry the values involved")
    func errorsCarryNoData() throws {
        let store = try filled()
        do {
            try store.writer.write {
                try $0.execute(
                    sql:
                        "INSERT INTO cases (reference, name, date_of_birth, status, referral_date) VALUES (?, ?, ?, ?, ?)",
                    arguments: ["S-1", "Secret Name", "2009-01-01", "in-care", "2026-01-01"])
            }
            Issue.record("a duplicate case was inserted")
        } catch {
            #expect(!StoreError(error).description.contains("Secret"))
            #expect(!String(describing: error).contains("Secret"))
        }
    }
}
