import GRDB
import LifelinksModel

extension Store {
    /// Adds one new connection to an existing case, with its first stage in the history.
    public func addConnection(_ connection: Connection, to reference: String, recordedBy: String)
        throws(StoreError)
    {
        try write { db in
            guard
                try Row.fetchOne(db, sql: "SELECT 1 FROM cases WHERE reference = ?", arguments: [reference])
                    != nil
            else { throw StoreError("there is no case \(reference)") }
            if try Row.fetchOne(
                db, sql: "SELECT 1 FROM connections WHERE case_ref = ? AND id = ?",
                arguments: [reference, connection.id]) != nil
            {
                throw StoreError("case \(reference) already has a connection with id \(connection.id)")
            }
            if case .connection(let via) = connection.foundVia,
                try Row.fetchOne(
                    db, sql: "SELECT 1 FROM connections WHERE case_ref = ? AND id = ?",
                    arguments: [reference, via]) == nil
            {
                throw StoreError("found_via names \(via), which is not a connection in case \(reference)")
            }
            try db.execute(
                sql: """
                    INSERT INTO connections (case_ref, \(Rows.connectionColumns))
                    VALUES (\(Array(repeating: "?", count: Rows.connectionColumnCount + 1).joined(separator: ", ")))
                    """, arguments: Rows.arguments(connection, in: reference))

            try Store.appendStageChange(
                StageChange(
                    connection: connection.id, stage: connection.stage, date: connection.stageDate,
                    recordedBy: recordedBy),
                in: reference, db: db)
        }
    }

    /// Moves one connection to a new stage if the journey's rules allow it, and records the change.
    ///
    /// Throws `StageRules.Refusal` for a change the rules refuse, `StoreError` otherwise.
    @discardableResult
    public func setStage(
        _ stage: SearchStage, of id: String, in reference: String, on date: Day, recordedBy: String,
        correction: Bool = false, reason: String? = nil, expectedVersion: Int? = nil
    ) throws -> StageChange {
        try writer.write { db in
            guard let network = try Store.network(reference, in: db) else {
                throw StoreError("there is no case \(reference)")
            }
            guard let connection = network.connection(id) else {
                throw StoreError("case \(reference) has no connection with id \(id)")
            }
            try Store.checkVersion(expectedVersion, of: connection, in: reference, db: db)

            let proposal = StageRules.Proposal(
                youngPerson: network.youngPerson, connection: connection, stage: stage, date: date,
                correction: correction, reason: reason)
            if let refusal = StageRules.check(proposal) { throw refusal }
            try db.execute(
                sql: """
                    UPDATE connections SET stage = ?, stage_date = ?, version = version + 1
                    WHERE case_ref = ? AND id = ?
                    """, arguments: [stage.rawValue, date.description, reference, id])
            let change = StageChange(
                connection: id, stage: stage, date: date, recordedBy: recordedBy, reason: reason,
                isCorrection: correction)
            try Store.appendStageChange(change, in: reference, db: db)
            return change
        }
    }
}
