import GRDB
import LifelinksModel

extension Store {
    /// Logs an attempt, visit, call or note against a connection of a case.
    public func log(_ event: Event, in reference: String) throws(StoreError) {
        try write { db in
            guard
                try Row.fetchOne(
                    db, sql: "SELECT 1 FROM connections WHERE case_ref = ? AND id = ?",
                    arguments: [reference, event.connection]) != nil
            else {
                if try Row.fetchOne(db, sql: "SELECT 1 FROM cases WHERE reference = ?", arguments: [reference]) == nil {
                    throw StoreError("there is no case \(reference)")
                }
                throw StoreError("case \(reference) has no connection with id \(event.connection)")
            }
            try Store.append(event, in: reference, db: db)
        }
    }

    static func append(_ event: Event, in reference: String, db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO events (case_ref, connection_id, date, kind, recorded_by, note) VALUES (?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            reference, event.connection, event.date.description, event.kind.rawValue, event.recordedBy, event.note,
        ])
    }
}
