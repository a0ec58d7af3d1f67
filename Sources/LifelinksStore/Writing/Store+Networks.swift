import GRDB
import LifelinksModel

extension Store {
    /// Writes whole networks, none of whose cases the database holds yet, in one transaction.
    ///
    /// Every row goes in as the network has it, with its stage history,
    /// events and review outcomes in their order (the history is not rebuilt from the stages). Used
    /// to make a database of what one audience may see, so it can be backed up.
    public func insert(_ networks: [CaseNetwork]) throws(StoreError) {
        try write { db in
            let cases = BulkInsert(
                head: "INSERT INTO cases (\(Rows.caseColumns)) VALUES", columns: Store.count(Rows.caseColumns))
            let connections = BulkInsert(
                head: "INSERT INTO connections (case_ref, \(Rows.connectionColumns)) VALUES",
                columns: 1 + Store.count(Rows.connectionColumns))
            let relations = BulkInsert(
                head: "INSERT INTO relations (case_ref, from_id, to_id, relation) VALUES", columns: 4)
            let commitments = BulkInsert(
                head:
                    "INSERT INTO commitments (case_ref, connection_id, support, what, frequency, responsible, start_date) VALUES",
                columns: 7)
            let history = BulkInsert(
                head:
                    "INSERT INTO stage_changes (case_ref, connection_id, stage, date, recorded_by, reason, is_correction) VALUES",
                columns: 7)
            let events = BulkInsert(
                head: "INSERT INTO events (case_ref, connection_id, date, kind, recorded_by, note) VALUES", columns: 6)
            let reviews = BulkInsert(
                head: "INSERT INTO review_outcomes (\(Rows.reviewColumns)) VALUES",
                columns: Store.count(Rows.reviewColumns))
            // Each table's rows refer only to the ones before it.
            let tables = [cases, connections, relations, commitments, history, events, reviews]
            func add(_ values: [String?], to table: BulkInsert) throws {
                table.add(values)
                if table.isFull {
                    for table in tables { try table.flush(db) }
                }
            }
            for network in networks {
                let reference = network.youngPerson.reference
                try add(Rows.texts(network.youngPerson), to: cases)
                for connection in network.connections {
                    try add(Rows.texts(connection, in: reference), to: connections)
                }
                for relation in network.relations.map(\.canonical) {
                    try add([reference, relation.from, relation.to, relation.kind.rawValue], to: relations)
                }
                for commitment in network.commitments {
                    try add(Rows.texts(commitment, in: reference), to: commitments)
                }
                for change in network.history {
                    try add(
                        [
                            reference, change.connection, change.stage.rawValue, change.date?.description,
                            change.recordedBy, change.reason, change.isCorrection ? "1" : "0",
                        ], to: history)
                }
                for event in network.events {
                    try add(
                        [
                            reference, event.connection, event.date.description, event.kind.rawValue,
                            event.recordedBy, event.note,
                        ], to: events)
                }
                for review in network.reviews {
                    try add(Rows.texts(review, in: reference), to: reviews)
                }
            }
            for table in tables { try table.flush(db) }
        }
    }

    /// How many names a comma-separated column list holds.
    private static func count(_ columns: String) -> Int {
        columns.split(separator: ",").count
    }
}
