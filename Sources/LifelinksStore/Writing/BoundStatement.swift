import GRDB
import GRDBSQLite

/// A prepared statement run by binding text straight through SQLite's C API.
///
/// The import's hot path: building GRDB's `StatementArguments` for a million
/// rows costs more than SQLite's own work. Values are text or NULL; SQLite's
/// column affinity stores them as the schema says. Error messages are
/// SQLite's own, which name constraints and columns but never values.
struct BoundStatement {
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds `values` to the statement's parameters, in order, and runs it to completion.
    func run(_ values: [String?]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            if var text = value, !text.isEmpty {
                code = text.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { characters in
                        sqlite3_bind_text(
                            handle, index, characters.baseAddress, Int32(characters.count), BoundStatement.transient)
                    }
                }
            } else if value != nil {
                code = sqlite3_bind_text(handle, index, "", 0, BoundStatement.transient)
            } else {
                code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw failure(code) }
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    private func failure(_ code: Int32) -> StoreError {
        let message = sqlite3_errmsg(sqlite3_db_handle(statement.sqliteStatement)).map { String(cString: $0) }
        return StoreError("database error: \(message ?? "SQLite error \(code)")")
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
