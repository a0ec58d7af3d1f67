import GRDB
import LifelinksModel

/// What the database held when an import began: enough to check references and decide history, in memory.
public struct ExistingRecords: Sendable {
    public struct Key: Hashable, Sendable {
        public var reference: String
        public var id: String

        public init(reference: String, id: String) {
            self.reference = reference
            self.id = id
        }
    }

    /// A connection's current stage and its date, and the two gates, as stored.
    public struct StageMark: Hashable, Sendable {
        public var stage: String
        public var date: String?
        public var safety: Safety
        public var wishes: Wishes
    }

    public var cases: [String: YoungPersonCase] = [:]
    public var connections: [Key: StageMark] = [:]
    /// Stage changes already recorded, as "case|connection|stage|date", so a history import can be repeated.
    public var stageChanges: Set<String> = []
    /// Events already logged, as "case|connection|date|kind|by|note".
    public var events: Set<String> = []

    static func load(_ db: Database, includingHistory: Bool) throws -> ExistingRecords {
        var records = ExistingRecords()
        for youngPerson in try Row.fetchAll(db, sql: "SELECT \(Rows.caseColumns) FROM cases").map(Rows.youngPerson) {
            records.cases[youngPerson.reference] = youngPerson
        }
        let rows = try Row.fetchCursor(
            db, sql: "SELECT case_ref, id, stage, stage_date, safety, wishes FROM connections")
        while let row = try rows.next() {
            records.connections[Key(reference: row[0], id: row[1])] = StageMark(
                stage: row[2], date: row[3], safety: try Rows.term(row, "safety"), wishes: try Rows.term(row, "wishes"))
        }
        guard includingHistory else { return records }
        let changes = try Row.fetchCursor(db, sql: "SELECT case_ref, connection_id, stage, date FROM stage_changes")
        while let row = try changes.next() {
            records.stageChanges.insert(
                ExistingRecords.stageKey(row[0], row[1], row[2], row[3]))
        }
        let events = try Row.fetchCursor(
            db, sql: "SELECT case_ref, connection_id, date, kind, recorded_by, note FROM events")
        while let row = try events.next() {
            records.events.insert(ExistingRecords.eventKey(row[0], row[1], row[2], row[3], row[4], row[5]))
        }
        return records
    }

    public static func stageKey(_ reference: String, _ id: String, _ stage: String, _ date: String?) -> String {
        [reference, id, stage, date ?? ""].joined(separator: "\u{1F}")
    }

    public static func eventKey(
        _ reference: String, _ id: String, _ date: String, _ kind: String, _ by: String, _ note: String?
    ) -> String {
        [reference, id, date, kind, by, note ?? ""].joined(separator: "\u{1F}")
    }

    /// Whether an imported connection's stage differs from what is stored, so a history entry is due.
    public func stageChanged(_ connection: Connection, in reference: String) -> Bool {
        guard let mark = connections[Key(reference: reference, id: connection.id)] else { return true }
        return mark.stage != connection.stage.rawValue || mark.date != connection.stageDate?.description
    }
}
