import GRDB

extension Store {
    /// The constraint SQLite refused a restored row by, told by table, row and column.
    ///
    /// SQLite's messages name the columns (or the CHECK's expression), never the
    /// values; a foreign key failure names nothing, so the parent that is
    /// missing is looked up.
    static func refusal(
        _ error: DatabaseError, table: TableInfo, row: Int, values: [DatabaseValue], _ db: Database
    ) throws -> BackupError {
        let named = columns(in: error.message ?? "", of: table)
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            let key = try missingParent(of: values, in: table, db)
            let through = (key?.from.count ?? 0) > 1 ? " (through \(key!.from.joined(separator: ", ")))" : ""
            return BackupError(
                table: table.name, row: row, column: key?.from.first,
                "refers\(through) to a row of \(key?.parent ?? "another table") that is not in the backup")
        case .SQLITE_CONSTRAINT_NOTNULL:
            return BackupError(table: table.name, row: row, column: named.first, "is empty but required")
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            let what =
                named.count > 1
                ? "repeats the key (\(named.joined(separator: ", "))) of an earlier row"
                : "repeats a value an earlier row has"
            return BackupError(table: table.name, row: row, column: named.first, what)
        case .SQLITE_CONSTRAINT_CHECK:
            return BackupError(
                table: table.name, row: row, column: named.first, "holds a value the schema does not allow")
        default:
            return BackupError(
                table: table.name, row: row, column: nil, "is refused by the database: \(StoreError.summary(of: error))"
            )
        }
    }

    /// The table's columns a message mentions, in the order it mentions them.
    static func columns(in message: String, of table: TableInfo) -> [String] {
        let names = Set(table.columns.map(\.name))
        let words = message.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        var seen: Set<String> = []
        return words.filter { names.contains($0) && seen.insert($0).inserted }
    }

    /// The first foreign key of the row whose parent row does not exist.
    static func missingParent(of values: [DatabaseValue], in table: TableInfo, _ db: Database) throws
        -> TableInfo.ForeignKey?
    {
        let positions = Dictionary(uniqueKeysWithValues: table.columns.enumerated().map { ($1.name, $0) })
        for key in table.foreignKeys {
            let child = key.from.map { positions[$0].map { values[$0] } ?? .null }
            // A key with any NULL part refers to nothing, so cannot fail.
            if child.contains(where: \.isNull) { continue }
            let parentKey = try TableInfo.load(key.parent, db).primaryKey
            let parentColumns = key.to.enumerated().map { index, name in
                name ?? (index < parentKey.count ? parentKey[index] : "rowid")
            }
            let condition = parentColumns.map { "\(TableInfo.quoted($0)) = ?" }.joined(separator: " AND ")
            let found = try Row.fetchOne(
                db, sql: "SELECT 1 FROM \(TableInfo.quoted(key.parent)) WHERE \(condition) LIMIT 1",
                arguments: StatementArguments(child))
            if found == nil { return key }
        }
        return nil
    }
}
