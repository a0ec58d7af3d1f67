import GRDB

/// The tables, as migrations. SQLite enforces what the model requires.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: cases, connections, relations, commitments, stage history") { db in
            try db.execute(sql: v1)
        }
        return migrator
    }

    static let v1 = """
        CREATE TABLE cases (
            reference TEXT PRIMARY KEY NOT NULL CHECK (reference <> ''),
            name TEXT NOT NULL CHECK (name <> ''),
            preferred_name TEXT,
            date_of_birth TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('in-care', 'care-leaver')),
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
            id TEXT NOT NULL CHECK (id <> '' AND lower(id) NOT IN ('young-person', 'records', 'genealogy',
                'professional', 'social-worker', 'coordinator', 'carer')),
            name TEXT NOT NULL CHECK (name <> ''),
            kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
            relationship TEXT,
            category TEXT NOT NULL CHECK (category IN ('family', 'former-carer', 'education', 'friend',
                'family-friend', 'neighbour', 'community', 'professional', 'other')),
            side TEXT CHECK (side IN ('maternal', 'paternal', 'both')),
            found_via TEXT,
            wishes TEXT NOT NULL CHECK (wishes IN ('wants-contact', 'unsure', 'no-contact')),
            safety TEXT NOT NULL CHECK (safety IN ('unassessed', 'safe', 'conditional', 'unsafe')),
            closeness TEXT CHECK (closeness IN ('strong', 'moderate', 'tenuous', 'stressful', 'lost')),
            support_flow TEXT CHECK (support_flow IN ('to-young-person', 'from-young-person', 'both', 'none')),
            stage TEXT NOT NULL CHECK (stage IN ('identified', 'searching', 'located', 'contacted', 'visited',
                'willing', 'invited', 'attended', 'committed', 'declined', 'not-found', 'deceased',
                'do-not-contact')),
            stage_date TEXT,
            notes TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (case_ref, id)
        ) WITHOUT ROWID;

        CREATE TABLE relations (
            case_ref TEXT NOT NULL REFERENCES cases(reference) ON DELETE CASCADE,
            from_id TEXT NOT NULL,
            to_id TEXT NOT NULL,
            relation TEXT NOT NULL CHECK (relation IN ('parent', 'adoptive-parent', 'step-parent',
                'foster-parent', 'partner', 'ex-partner', 'sibling', 'half-sibling')),
            CHECK (from_id <> to_id),
            PRIMARY KEY (case_ref, from_id, to_id, relation)
        ) WITHOUT ROWID;

        CREATE TABLE commitments (
            case_ref TEXT NOT NULL,
            connection_id TEXT NOT NULL,
            support TEXT NOT NULL CHECK (support IN ('emotional', 'practical', 'celebrations', 'regular-contact',
                'holidays', 'education-work', 'emergency', 'identity-history')),
            what TEXT,
            frequency TEXT CHECK (frequency IN ('weekly', 'fortnightly', 'monthly', 'quarterly', 'yearly',
                'birthdays-and-holidays', 'as-needed')),
            responsible TEXT,
            start_date TEXT,
            PRIMARY KEY (case_ref, connection_id, support),
            FOREIGN KEY (case_ref, connection_id) REFERENCES connections(case_ref, id) ON DELETE CASCADE
        ) WITHOUT ROWID;

        CREATE TABLE stage_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_ref TEXT NOT NULL,
            connection_id TEXT NOT NULL,
            stage TEXT NOT NULL,
            date TEXT,
            recorded_by TEXT NOT NULL,
            reason TEXT,
            is_correction INTEGER NOT NULL DEFAULT 0 CHECK (is_correction IN (0, 1)),
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
