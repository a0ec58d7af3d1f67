import GRDB
import LifelinksModel

extension Store {
    /// The whole network of one case, or nil when the case does not exist.
    public func network(_ reference: String) throws(StoreError) -> CaseNetwork? {
        try read { db in try Store.networks(in: db, only: reference).first }
    }

    /// Every case's network, by reference: a handful of queries however many cases there are.
    public func networks() throws(StoreError) -> [CaseNetwork] {
        try read { db in try Store.networks(in: db, only: nil) }
    }

    static func network(_ reference: String, in db: Database) throws -> CaseNetwork? {
        try networks(in: db, only: reference).first
    }

    /// Reads each table once (for one case, or all), grouping rows by case in memory.
    static func networks(in db: Database, only reference: String?) throws -> [CaseNetwork] {
        let filter = reference == nil ? "" : "WHERE case_ref = ?"
        let arguments: StatementArguments = reference.map { [$0] } ?? []
        func grouped<T>(_ sql: String, _ make: (Row) throws -> T) throws -> [String: [T]] {
            var groups: [String: [T]] = [:]
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                groups[row["case_ref"], default: []].append(try make(row))
            }
            return groups
        }
        let cases = try Row.fetchAll(
            db,
            sql:
                "SELECT \(Rows.caseColumns) FROM cases \(reference == nil ? "" : "WHERE reference = ?") ORDER BY reference",
            arguments: arguments
        ).map(Rows.youngPerson)
        let connections = try grouped(
            "SELECT case_ref, \(Rows.connectionColumns) FROM connections \(filter) ORDER BY case_ref, id",
            Rows.connection)
        let relations = try grouped(
            "SELECT case_ref, from_id, to_id, relation FROM relations \(filter) ORDER BY case_ref, from_id, to_id, relation"
        ) { row in
            FamilyRelation(from: row["from_id"], to: row["to_id"], kind: try Rows.term(row, "relation"))
        }
        let commitments = try grouped(
            """
            SELECT case_ref, connection_id, support, what, frequency, responsible, start_date FROM commitments \(filter)
            ORDER BY case_ref, connection_id, support
            """, Rows.commitment)
        let history = try grouped(
            """
            SELECT case_ref, connection_id, stage, date, recorded_by, reason, is_correction FROM stage_changes \(filter)
            ORDER BY id
            """, Rows.stageChange)
        let events = try grouped(
            "SELECT case_ref, connection_id, date, kind, recorded_by, note FROM events \(filter) ORDER BY id",
            Rows.event)
        let reviews = try grouped(
            "SELECT \(Rows.reviewColumns) FROM review_outcomes \(filter) ORDER BY case_ref, review_date, connection_id",
            Rows.review)
        return cases.map { youngPerson in
            let key = youngPerson.reference
            return CaseNetwork(
                youngPerson: youngPerson, connections: connections[key] ?? [], relations: relations[key] ?? [],
                commitments: commitments[key] ?? [], history: history[key] ?? [], events: events[key] ?? [],
                reviews: reviews[key] ?? [])

        }
    }
}
