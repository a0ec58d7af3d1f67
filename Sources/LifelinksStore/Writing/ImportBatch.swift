import GRDB
import LifelinksModel

/// One all-or-nothing import: upserts by case and id inside a single transaction.
///
/// Given only to the closure of `Store.importing`; when that closure throws,
/// nothing it wrote stays. What the database held at the start is in
/// `existing`, so checks need not query it row by row.
public final class ImportBatch {
    let db: Database
    let recordedBy: String
    public let existing: ExistingRecords
    public private(set) var rowsWritten = 0
    /// In the order they must be written: each table's rows refer only to the ones before.
    private let tables: [BulkInsert]
    private let cases: BulkInsert
    private let connections: BulkInsert
    private let history: BulkInsert
    private let relations: BulkInsert
    private let commitments: BulkInsert
    private let events: BulkInsert
    private let reviews: BulkInsert

    init(db: Database, recordedBy: String, includingHistory: Bool = false) throws {
        self.db = db
        self.recordedBy = recordedBy
        existing = try ExistingRecords.load(db, includingHistory: includingHistory)
        // A larger page cache for the length of a bulk import (64 MiB).
        try db.execute(sql: "PRAGMA cache_size = -65536")
        cases = BulkInsert(
            head: "INSERT INTO cases (\(Rows.caseColumns)) VALUES", columns: 15, tail: ImportBatch.caseConflict)
        connections = BulkInsert(
            head: "INSERT INTO connections (case_ref, \(Rows.connectionColumns)) VALUES",
            columns: Rows.connectionColumnCount + 1,
            tail: ImportBatch.connectionConflict)
        history = BulkInsert(
            head: "INSERT INTO stage_changes (case_ref, connection_id, stage, date, recorded_by, reason) VALUES",
            columns: 6)
        relations = BulkInsert(
            head: "INSERT OR IGNORE INTO relations (case_ref, from_id, to_id, relation) VALUES", columns: 4)
        commitments = BulkInsert(
            head:
                "INSERT INTO commitments (case_ref, connection_id, support, what, frequency, responsible, start_date) VALUES",
            columns: 7, tail: ImportBatch.commitmentConflict)
        events = BulkInsert(
            head: "INSERT INTO events (case_ref, connection_id, date, kind, recorded_by, note) VALUES", columns: 6)
        reviews = BulkInsert(
            head: "INSERT INTO review_outcomes (\(Rows.reviewColumns)) VALUES", columns: 6,
            tail: ImportBatch.reviewConflict)
        tables = [cases, connections, history, relations, commitments, events, reviews]
    }

    /// Adds the case, or brings its row up to date.
    public func upsert(_ youngPerson: YoungPersonCase) throws {
        try add(Rows.texts(youngPerson), to: cases)
    }

    /// Adds the connection, or brings it up to date; `recordStage` adds its stage to the history.
    public func upsert(_ connection: Connection, in reference: String, recordStage: Bool) throws {
        try add(Rows.texts(connection, in: reference), to: connections)
        if recordStage {
            history.add([
                reference, connection.id, connection.stage.rawValue, connection.stageDate?.description, recordedBy,
                "imported",
            ])
            if history.isFull { try flush() }
        }
    }

    /// Adds a family tie unless the same tie is already recorded.
    public func upsert(_ relation: FamilyRelation, in reference: String) throws {
        let tie = relation.canonical
        try add([reference, tie.from, tie.to, tie.kind.rawValue], to: relations)
    }

    /// Adds a commitment, or updates the one this connection already has for this kind of support.
    public func upsert(_ commitment: Commitment, in reference: String) throws {
        try add(Rows.texts(commitment, in: reference), to: commitments)
    }

    /// Adds one dated stage change from an imported tracker's history.
    ///
    /// `settles`: the change comes from a tracker's history, so the connection's current stage is
    /// brought up to date from the history at the end.
    public func append(_ change: StageChange, in reference: String, settles: Bool) throws {
        if settles { historyTouched.insert(ExistingRecords.Key(reference: reference, id: change.connection)) }
        try add(
            [
                reference, change.connection, change.stage.rawValue, change.date?.description, change.recordedBy,
                change.reason,
            ],
            to: history)
    }

    /// Adds one logged attempt, visit, call or note.
    public func append(_ event: Event, in reference: String) throws {
        try add(
            [reference, event.connection, event.date.description, event.kind.rawValue, event.recordedBy, event.note],
            to: events)
    }

    /// Adds a review's outcome for one connection, or brings it up to date.
    public func upsert(_ review: CommitmentReview, in reference: String) throws {
        try add(Rows.texts(review, in: reference), to: reviews)
    }

    /// Connections whose history an import added to; their current stage is brought up to date at the end.
    private var historyTouched: Set<ExistingRecords.Key> = []

    /// Sets each touched connection's current stage to the latest in its history (by date, then as recorded).
    func settleStages() throws {
        for key in historyTouched {
            try db.execute(
                sql: """
                    UPDATE connections SET (stage, stage_date) = (
                        SELECT stage, date FROM stage_changes
                        WHERE case_ref = ?1 AND connection_id = ?2
                        ORDER BY coalesce(date, '') DESC, id DESC LIMIT 1)
                    WHERE case_ref = ?1 AND id = ?2
                    """, arguments: [key.reference, key.id])
        }
    }

    private func add(_ values: [String?], to table: BulkInsert) throws {
        table.add(values)
        rowsWritten += 1
        if table.isFull { try flush() }
    }

    /// Writes every gathered row, each table before the ones that refer to it.
    func flush() throws {
        for table in tables { try table.flush(db) }
    }

    static let caseConflict = """
        ON CONFLICT (reference) DO UPDATE SET
            name = excluded.name, preferred_name = excluded.preferred_name,
            date_of_birth = excluded.date_of_birth, status = excluded.status,
            social_worker = excluded.social_worker, coordinator = excluded.coordinator,
            referral_date = excluded.referral_date, consent_date = excluded.consent_date,
            agreed_date = excluded.agreed_date, withdrawn_date = excluded.withdrawn_date,
            fgc_date = excluded.fgc_date, plan_agreed_date = excluded.plan_agreed_date,
            next_review_date = excluded.next_review_date, sex = excluded.sex
        """

    /// A changed row gets a new version; an unchanged one is left exactly as it was.
    static let connectionConflict = """
        ON CONFLICT (case_ref, id) DO UPDATE SET
            name = excluded.name, kind = excluded.kind, relationship = excluded.relationship,
            category = excluded.category, side = excluded.side, found_via = excluded.found_via,
            wishes = excluded.wishes, safety = excluded.safety, closeness = excluded.closeness,
            support_flow = excluded.support_flow, stage = excluded.stage,
            stage_date = excluded.stage_date, notes = excluded.notes, sex = excluded.sex,
            gender = excluded.gender, born = excluded.born, contact = excluded.contact, version = version + 1
        WHERE (name, kind, relationship, category, side, found_via, wishes, safety, closeness,
            support_flow, stage, stage_date, notes, sex, gender, born, contact)
            IS NOT (excluded.name, excluded.kind, excluded.relationship, excluded.category,
            excluded.side, excluded.found_via, excluded.wishes, excluded.safety,
            excluded.closeness, excluded.support_flow, excluded.stage, excluded.stage_date,
            excluded.notes, excluded.sex, excluded.gender, excluded.born, excluded.contact)
        """

    static let reviewConflict = """
        ON CONFLICT (case_ref, review_date, connection_id) DO UPDATE SET
            outcome = excluded.outcome, recorded_by = excluded.recorded_by, note = excluded.note
        """

    static let commitmentConflict = """
        ON CONFLICT (case_ref, connection_id, support) DO UPDATE SET
            what = excluded.what, frequency = excluded.frequency,
            responsible = excluded.responsible, start_date = excluded.start_date
        """
}

@available(*, unavailable)
extension ImportBatch: Sendable {}

extension Store {
    /// Runs `body` in one write transaction; if it throws, the database is left as it was.
    public func importing<T>(recordedBy: String, includingHistory: Bool = false, _ body: (ImportBatch) throws -> T)
        throws -> T
    {
        do {
            return try writer.write { db in
                let batch = try ImportBatch(db: db, recordedBy: recordedBy, includingHistory: includingHistory)
                let result = try body(batch)
                try batch.flush()
                try batch.settleStages()
                return result
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
