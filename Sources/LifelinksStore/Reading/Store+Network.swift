import GRDB
import LifelinksModel

extension Store {
    /// The whole network of one case, or nil when the case does not exist.
    public func network(_ reference: String) throws(StoreError) -> CaseNetwork? {
        try read { db in try Store.network(reference, in: db) }
    }

    /// Every case's network, by reference, for exports.
    public func networks() throws(StoreError) -> [CaseNetwork] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT reference FROM cases ORDER BY reference")
                .compactMap { try Store.network($0, in: db) }
        }
    }

    static func network(_ reference: String, in db: Database) throws -> CaseNetwork? {
        guard
            let youngPerson = try Row.fetchOne(
                db, sql: "SELECT \(Rows.caseColumns) FROM cases WHERE reference = ?", arguments: [reference]
            ).map(Rows.youngPerson)
        else { return nil }
        let connections = try Row.fetchAll(
            db, sql: "SELECT \(Rows.connectionColumns) FROM connections WHERE case_ref = ? ORDER BY id",
            arguments: [reference]
        ).map(Rows.connection)
        let relations = try Row.fetchAll(
            db,
            sql: "SELECT from_id, to_id, relation FROM relations WHERE case_ref = ? ORDER BY from_id, to_id, relation",
            arguments: [reference]
        ).map { row in
            FamilyRelation(from: row["from_id"], to: row["to_id"], kind: try Rows.term(row, "relation"))
        }
        let commitments = try Row.fetchAll(
            db,
            sql: """
                SELECT connection_id, support, what, frequency, responsible, start_date FROM commitments
                WHERE case_ref = ? ORDER BY connection_id, support
                """,
            arguments: [reference]
        ).map(Rows.commitment)
        let history = try Row.fetchAll(
            db,
            sql: """
                SELECT connection_id, stage, date, recorded_by, reason, is_correction FROM stage_changes
                WHERE case_ref = ? ORDER BY id
                """,
            arguments: [reference]
        ).map(Rows.stageChange)
        return CaseNetwork(
            youngPerson: youngPerson, connections: connections, relations: relations,
            commitments: commitments, history: history)
    }
}
