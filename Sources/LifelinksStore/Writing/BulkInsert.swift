import GRDB

/// Rows for one table, gathered and written many to a statement.
///
/// A multi-row `INSERT … VALUES (…), (…)` costs SQLite about half as much per
/// row as one statement a row, which matters for a cohort of a million rows.
final class BulkInsert {
    private let head: String
    private let tail: String
    private let tuple: String
    private var pending: [String?] = []
    private var count = 0

    static let rowsPerStatement = 64

    /// `head` ends with `VALUES`; `tail` follows the rows (an ON CONFLICT clause, or nothing).
    init(head: String, columns: Int, tail: String = "") {
        self.head = head
        self.tail = tail
        tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        pending.reserveCapacity(columns * BulkInsert.rowsPerStatement)
    }

    var isFull: Bool { count >= BulkInsert.rowsPerStatement }

    func add(_ values: [String?]) {
        pending += values
        count += 1
    }

    /// Writes what has been gathered.
    func flush(_ db: Database) throws {
        guard count > 0 else { return }
        let sql = head + " " + Array(repeating: tuple, count: count).joined(separator: ", ") + " " + tail
        try BoundStatement(db, sql: sql).run(pending)
        pending.removeAll(keepingCapacity: true)
        count = 0
    }
}
