import Foundation
import GRDB
import LifelinksModel

/// One line of the audit trail: who did what, when, to which case.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// ISO 8601 time, UTC, to the second.
    public var at: String
    public var staff: String
    /// What was done: `view`, `change`, `export`, `import`, `sign-in`, `refused` …
    public var action: String
    public var caseReference: String?
    /// What exactly (a page, a connection id, a report); never a person's name or a note.
    public var detail: String?

    public init(at: String, staff: String, action: String, caseReference: String? = nil, detail: String? = nil) {
        self.at = at
        self.staff = staff
        self.action = action
        self.caseReference = caseReference
        self.detail = detail
    }

    /// The current time as the trail writes it.
    public static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}

extension Store {
    /// Appends to the audit trail, which SQLite refuses to change or delete.
    public func audit(_ entry: AuditEntry) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO audit (at, staff, action, case_ref, detail) VALUES (?, ?, ?, ?, ?)",
                arguments: [entry.at, entry.staff, entry.action, entry.caseReference, entry.detail])
        }
    }

    /// The trail, oldest first, for one case and/or one member of staff.
    public func auditTrail(case reference: String? = nil, staff: String? = nil) throws(StoreError) -> [AuditEntry] {
        try read { db in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let reference {
                conditions.append("case_ref = ?")
                arguments.append(reference)
            }
            if let staff {
                conditions.append("lower(staff) = lower(?)")
                arguments.append(staff)
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(
                db, sql: "SELECT at, staff, action, case_ref, detail FROM audit \(filter) ORDER BY id",
                arguments: StatementArguments(arguments)
            ).map { row in
                AuditEntry(
                    at: row["at"], staff: row["staff"], action: row["action"], caseReference: row["case_ref"],
                    detail: row["detail"])
            }
        }
    }
}

extension Store {
    /// A number that changes whenever another program (say, `lifelinks import` while the web app runs)
    /// commits to the database; this process's own writes leave it as it is.
    public func externalChangeStamp() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
