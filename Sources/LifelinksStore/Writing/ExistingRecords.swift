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

    /// A connection's current stage and its date, as stored.
    public struct StageMark: Hashable, Sendable {
        public var stage: String
        public var date: String?
    }

    public var cases: Set<String> = []
    public var connections: [Key: StageMark] = [:]

    static func load(_ db: Database) throws -> ExistingRecords {
        var records = ExistingRecords()
        records.cases = Set(try String.fetchAll(db, sql: "SELECT reference FROM cases"))
        let rows = try Row.fetchCursor(db, sql: "SELECT case_ref, id, stage, stage_date FROM connections")
        while let row = try rows.next() {
            records.connections[Key(reference: row[0], id: row[1])] = StageMark(stage: row[2], date: row[3])
        }
        return records
    }

    /// Whether an imported connection's stage differs from what is stored, so a history entry is due.
    public func stageChanged(_ connection: Connection, in reference: String) -> Bool {
        guard let mark = connections[Key(reference: reference, id: connection.id)] else { return true }
        return mark.stage != connection.stage.rawValue || mark.date != connection.stageDate?.description
    }
}
