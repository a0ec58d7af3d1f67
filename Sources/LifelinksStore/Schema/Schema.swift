import GRDB
import LifelinksModel

/// The tables, as migrations. SQLite enforces what the model requires.
///
/// Allowed values are written as `column = 'a' OR column = 'b'` rather than
/// `IN (...)`: SQLite rebuilds an IN list for every row inserted, which made a
/// bulk import seven times slower. The lists come from the model's own terms.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: cases, connections, relations, commitments, stage history") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2: events (attempts, visits, calls, notes)") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3: sex, gender and birth date, for kinship and genograms") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4: contact details and review outcomes") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5: staff accounts and the audit trail") { db in
            try db.execute(sql: v5)
        }
        return migrator
    }

    static let v5 = """
        CREATE TABLE staff (
            name TEXT PRIMARY KEY NOT NULL CHECK (name <> ''),
            password_hash TEXT NOT NULL,
            created TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE staff_roles (
            name TEXT NOT NULL REFERENCES staff(name) ON DELETE CASCADE,
            role TEXT NOT NULL \(oneOf("role", Role.self)),
            PRIMARY KEY (name, role)
        ) WITHOUT ROWID;
        CREATE TABLE audit (
            -- Rows are never changed or deleted: the id orders the trail.
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            staff TEXT NOT NULL,
            action TEXT NOT NULL,
            case_ref TEXT,
            detail TEXT
        );
        CREATE INDEX audit_by_case ON audit(case_ref);
        CREATE INDEX audit_by_staff ON audit(staff);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be deleted'); END;
        """

    static let v4 = """
        ALTER TABLE connections ADD COLUMN contact TEXT;
        CREATE TABLE review_outcomes (
            case_ref TEXT NOT NULL,
            connection_id TEXT NOT NULL,
            review_date TEXT NOT NULL,
            outcome TEXT NOT NULL \(oneOf("outcome", ReviewOutcome.self)),
            recorded_by TEXT NOT NULL,
            note TEXT,
            PRIMARY KEY (case_ref, review_date, connection_id),
            FOREIGN KEY (case_ref, connection_id) REFERENCES connections(case_ref, id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        """

    /// A CHECK that `column` holds one of `T`'s spellings (or NULL, when `optional`).
    static func oneOf<T: PracticeTerm>(_ column: String, _: T.Type, optional: Bool = false) -> String {
        let choices = T.allCases.map { "\(column) = '\($0.rawValue)'" }.joined(separator: " OR ")
        return optional ? "CHECK (\(column) IS NULL OR \(choices))" : "CHECK (\(choices))"
    }

    static var reservedIDCheck: String {
        (["id <> ''"] + Connection.reservedIDs.sorted().map { "lower(id) <> '\($0)'" }).joined(separator: " AND ")
    }

    static let v3 = """
        ALTER TABLE connections ADD COLUMN sex TEXT \(oneOf("sex", Sex.self, optional: true));
        ALTER TABLE connections ADD COLUMN gender TEXT;
        ALTER TABLE connections ADD COLUMN born TEXT;
        ALTER TABLE cases ADD COLUMN sex TEXT \(oneOf("sex", Sex.self, optional: true));
        """

    static let v2 = """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            case_ref TEXT NOT NULL,
            connection_id TEXT NOT NULL,
            date TEXT NOT NULL,
            kind TEXT NOT NULL \(oneOf("kind", EventKind.self)),
            recorded_by TEXT NOT NULL,
            note TEXT,
            FOREIGN KEY (case_ref, connection_id) REFERENCES connections(case_ref, id)
        );
        CREATE INDEX events_by_connection ON events(case_ref, connection_id);
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log cannot be changed'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log cannot be deleted'); END;
        """

    static let v1 = """
        CREATE TABLE cases (
            reference TEXT PRIMARY KEY NOT NULL CHECK (reference <> ''),
            name TEXT NOT NULL CHECK (name <> ''),
            preferred_name TEXT,
            date_of_birth TEXT NOT NULL,
            status TEXT NOT NULL \(oneOf("status", CareStatus.self)),
            social_worker TEXT,
            coordinator TEXT,
            referral_date TEXT NOT NULL,
            consent_date TEXT,
            agreed_date TEXT,
            withdrawn_date TEXT,
            fgc_date TEXT,
            plan_agreed_date TEXT,
            next_review_date TEXT
        ) WITHOUT ROWID;

        CREATE TABLE connections (
            case_ref TEXT NOT NULL REFERENCES cases(reference) ON DELETE CASCADE,
            id TEXT NOT NULL CHECK (\(reservedIDCheck)),
            name TEXT NOT NULL CHECK (name <> ''),
            kind TEXT NOT NULL \(oneOf("kind", ConnectionKind.self)),
            relationship TEXT,
            category TEXT NOT NULL \(oneOf("category", Category.self)),
            side TEXT \(oneOf("side", FamilySide.self, optional: true)),
            found_via TEXT,
            wishes TEXT NOT NULL \(oneOf("wishes", Wishes.self)),
            safety TEXT NOT NULL \(oneOf("safety", Safety.self)),
            closeness TEXT \(oneOf("closeness", Closeness.self, optional: true)),
            support_flow TEXT \(oneOf("support_flow", SupportFlow.self, optional: true)),
            stage TEXT NOT NULL \(oneOf("stage", SearchStage.self)),
            stage_date TEXT,
            notes TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (case_ref, id)
        ) WITHOUT ROWID;

        CREATE TABLE relations (
            case_ref TEXT NOT NULL REFERENCES cases(reference) ON DELETE CASCADE,
            from_id TEXT NOT NULL,
            to_id TEXT NOT NULL,
            relation TEXT NOT NULL \(oneOf("relation", RelationKind.self)),
            CHECK (from_id <> to_id),
            PRIMARY KEY (case_ref, from_id, to_id, relation)
        ) WITHOUT ROWID;

        CREATE TABLE commitments (
            case_ref TEXT NOT NULL,
            connection_id TEXT NOT NULL,
            support TEXT NOT NULL \(oneOf("support", SupportKind.self)),
            what TEXT,
            frequency TEXT \(oneOf("frequency", Frequency.self, optional: true)),
            responsible TEXT,
            start_date TEXT,
            PRIMARY KEY (case_ref, connection_id, support),
            FOREIGN KEY (case_ref, connection_id) REFERENCES connections(case_ref, id) ON DELETE CASCADE
        ) WITHOUT ROWID;

        CREATE TABLE stage_changes (
            -- Rows are never deleted, so rowids only grow: the id orders the history.
            id INTEGER PRIMARY KEY,
            case_ref TEXT NOT NULL,
            connection_id TEXT NOT NULL,
            stage TEXT NOT NULL \(oneOf("stage", SearchStage.self)),
            date TEXT,
            recorded_by TEXT NOT NULL,
            reason TEXT,
            is_correction INTEGER NOT NULL DEFAULT 0 CHECK (is_correction = 0 OR is_correction = 1),
            FOREIGN KEY (case_ref, connection_id) REFERENCES connections(case_ref, id)
        );
        CREATE INDEX stage_changes_by_connection ON stage_changes(case_ref, connection_id);

        -- The history is never rewritten.
        CREATE TRIGGER stage_changes_no_update BEFORE UPDATE ON stage_changes
        BEGIN SELECT RAISE(ABORT, 'the stage history cannot be changed'); END;
        CREATE TRIGGER stage_changes_no_delete BEFORE DELETE ON stage_changes
        BEGIN SELECT RAISE(ABORT, 'the stage history cannot be deleted'); END;
        """
}
