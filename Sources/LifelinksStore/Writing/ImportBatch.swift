import GRDB
import LifelinksModel

/// One all-or-nothing import: upserts by case and id inside a single transaction.
///
/// Given only to the closure of `Store.importing`; when that closure throws,
/// nothing it wrote stays.
public final class ImportBatch {
    let db: Database
    let recordedBy: String
    public private(set) var rowsWritten = 0
    /// True when the import began with no connections at all, so none can exist yet but those it adds.
    private let startedEmpty: Bool

    init(db: Database, recordedBy: String) throws {
        self.db = db
        self.recordedBy = recordedBy
        startedEmpty = try Row.fetchOne(db, sql: "SELECT 1 FROM connections LIMIT 1") == nil
        // A larger page cache for the length of a bulk import (64 MiB).
        try db.execute(sql: "PRAGMA cache_size = -65536")
    }

    public func caseExists(_ reference: String) throws -> Bool {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM cases WHERE reference = ?"), arguments: [reference]) != nil
    }

    public func connectionExists(_ reference: String, _ id: String) throws -> Bool {
        if startedEmpty { return false }
        return try Row.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM connections WHERE case_ref = ? AND id = ?"),
            arguments: [reference, id]) != nil
    }

    /// Adds the case, or brings its row up to date.
    public func upsert(_ youngPerson: YoungPersonCase) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO cases (\(Rows.caseColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reference) DO UPDATE SET
                    name = excluded.name, preferred_name = excluded.preferred_name,
                    date_of_birth = excluded.date_of_birth, status = excluded.status,
                    social_worker = excluded.social_worker, coordinator = excluded.coordinator,
                    referral_date = excluded.referral_date, consent_date = excluded.consent_date,
                    agreed_date = excluded.agreed_date, withdrawn_date = excluded.withdrawn_date,
                    fgc_date = excluded.fgc_date, plan_agreed_date = excluded.plan_agreed_date,
                    next_review_date = excluded.next_review_date
                """)
        try statement.execute(arguments: Rows.arguments(youngPerson))
        rowsWritten += 1
    }

    /// Adds the connection, or brings it up to date; a new or changed stage is added to the history.
    public func upsert(_ connection: Connection, in reference: String) throws {
        // Duplicate ids within one import are refused before they get here, so a fresh import need not look.
        let current =
            startedEmpty
            ? nil
            : try Row.fetchOne(
                db.cachedStatement(sql: "SELECT stage, stage_date FROM connections WHERE case_ref = ? AND id = ?"),
                arguments: [reference, connection.id])
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO connections (case_ref, \(Rows.connectionColumns))
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_ref, id) DO UPDATE SET
                    name = excluded.name, kind = excluded.kind, relationship = excluded.relationship,
                    category = excluded.category, side = excluded.side, found_via = excluded.found_via,
                    wishes = excluded.wishes, safety = excluded.safety, closeness = excluded.closeness,
                    support_flow = excluded.support_flow, stage = excluded.stage,
                    stage_date = excluded.stage_date, notes = excluded.notes, version = version + 1
                WHERE (name, kind, relationship, category, side, found_via, wishes, safety, closeness,
                    support_flow, stage, stage_date, notes)
                    IS NOT (excluded.name, excluded.kind, excluded.relationship, excluded.category,
                    excluded.side, excluded.found_via, excluded.wishes, excluded.safety,
                    excluded.closeness, excluded.support_flow, excluded.stage, excluded.stage_date,
                    excluded.notes)
                """)
        try statement.execute(arguments: Rows.arguments(connection, in: reference))
        let stageDate = connection.stageDate?.description
        if current == nil || current?["stage"] != connection.stage.rawValue
            || (current?["stage_date"] as String?) != stageDate
        {
            try Store.appendStageChange(
                StageChange(
                    connection: connection.id, stage: connection.stage, date: connection.stageDate,
                    recordedBy: recordedBy, reason: "imported"),
                in: reference, db: db)
        }
        rowsWritten += 1
    }

    /// Adds a family tie unless the same tie is already recorded.
    public func upsert(_ relation: FamilyRelation, in reference: String) throws {
        let tie = relation.canonical
        try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO relations (case_ref, from_id, to_id, relation) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [reference, tie.from, tie.to, tie.kind.rawValue])
        rowsWritten += 1
    }

    /// Adds a commitment, or updates the one this connection already has for this kind of support.
    public func upsert(_ commitment: Commitment, in reference: String) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO commitments (case_ref, connection_id, support, what, frequency, responsible, start_date)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_ref, connection_id, support) DO UPDATE SET
                    what = excluded.what, frequency = excluded.frequency,
                    responsible = excluded.responsible, start_date = excluded.start_date
                """
        ).execute(arguments: Rows.arguments(commitment, in: reference))
        rowsWritten += 1
    }
}

@available(*, unavailable)
extension ImportBatch: Sendable {}

extension Store {
    /// Runs `body` in one write transaction; if it throws, the database is left as it was.
    public func importing<T>(recordedBy: String, _ body: (ImportBatch) throws -> T) throws -> T {
        do {
            return try writer.write { db in
                try body(ImportBatch(db: db, recordedBy: recordedBy))
            }
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }

    static func appendStageChange(_ change: StageChange, in reference: String, db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO stage_changes (case_ref, connection_id, stage, date, recorded_by, reason, is_correction)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            reference, change.connection, change.stage.rawValue, change.date?.description, change.recordedBy,
            change.reason, change.isCorrection,
        ])
    }
}
