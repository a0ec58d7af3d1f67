import GRDB

extension Store {
    /// The whole database, read in one transaction so the backup is one moment's data.
    public func backup() throws(StoreError) -> DatabaseBackup {
        try read { db in
            let tables = try TableInfo.all(db).map { table in
                var rows: [[DatabaseBackup.Value]] = []
                let cursor = try Row.fetchCursor(db, sql: table.selectAll)
                while let row = try cursor.next() {
                    rows.append(row.databaseValues.map(DatabaseBackup.Value.init))
                }
                return DatabaseBackup.Table(name: table.name, columns: table.columns.map(\.name), rows: rows)
            }
            return DatabaseBackup(migrations: try Store.appliedMigrations(db), tables: tables)
        }
    }

    /// Writes a backup into this database, which must hold no data yet.
    ///
    /// Refuses a backup of another format or schema, with a table or column
    /// this schema does not have or lacks one it has, a value of the wrong type,
    /// or a row the schema's constraints refuse; the message names the table,
    /// the row (counting from 1) and the column, never the value. Everything is
    /// written in one transaction, so on any refusal nothing is written.
    public func restore(_ backup: DatabaseBackup) throws(BackupError) {
        guard backup.format == DatabaseBackup.formatName else {
            throw BackupError("is not a Lifelinks backup (its format is not \(DatabaseBackup.formatName))")
        }
        guard backup.version == DatabaseBackup.formatVersion else {
            throw BackupError(
                "is a backup of version \(backup.version); this version of Lifelinks reads version \(DatabaseBackup.formatVersion)"
            )
        }
        do {
            try writer.write { db in
                let migrations = try Store.appliedMigrations(db)
                guard backup.migrations == migrations else {
                    throw BackupError(
                        "was made from a different database schema (\(backup.migrations.count) migrations; this version of Lifelinks has \(migrations.count)), so it cannot be restored here"
                    )
                }
                let tables = try TableInfo.all(db)
                let restoring = try Store.match(backup, to: tables)
                try Store.requireEmpty(tables, db)
                for table in TableInfo.parentsFirst(tables) {
                    guard let rows = restoring[table.name] else { continue }
                    try Store.insert(rows, into: table, db)
                }
            }
        } catch let error as BackupError {
            throw error
        } catch {
            throw BackupError(StoreError(error).description)
        }
    }

    /// The identifiers of the applied migrations, in the order this build registers them.
    static func appliedMigrations(_ db: Database) throws -> [String] {
        let known = Schema.migrator.migrations
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        return applied.sorted { a, b in
            let (first, second) = (known.firstIndex(of: a) ?? known.count, known.firstIndex(of: b) ?? known.count)
            return first == second ? a < b : first < second
        }
    }

    /// The backup's rows by table name, each row's values in the database's column order, checked for shape and type.
    static func match(_ backup: DatabaseBackup, to tables: [TableInfo]) throws -> [String: [[DatabaseValue]]] {
        let known = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
        var restoring: [String: [[DatabaseValue]]] = [:]
        for (position, given) in backup.tables.enumerated() {
            guard let table = known[given.name] else {
                throw BackupError("table \(position + 1) (\(BackupError.label(given.name))) is not in this database")
            }
            guard restoring[table.name] == nil else {
                throw BackupError("table \(table.name) appears more than once")
            }
            restoring[table.name] = try rows(of: given, as: table)
        }
        if let missing = tables.first(where: { restoring[$0.name] == nil }) {
            throw BackupError("has no table \(missing.name)")
        }
        return restoring
    }

    /// One table's rows, reordered to the database's columns, with every value's type and presence checked.
    static func rows(of given: DatabaseBackup.Table, as table: TableInfo) throws -> [[DatabaseValue]] {
        var positions: [Int] = []
        for column in table.columns {
            guard let position = given.columns.firstIndex(of: column.name) else {
                throw BackupError("table \(table.name) has no column \(column.name)")
            }
            positions.append(position)
        }
        let knownNames = Set(table.columns.map(\.name))
        if let unknown = given.columns.firstIndex(where: { !knownNames.contains($0) }) {
            throw BackupError(
                "table \(table.name), column \(unknown + 1) (\(BackupError.label(given.columns[unknown]))) is not in this database"
            )
        }
        guard Set(given.columns).count == given.columns.count else {
            throw BackupError("table \(table.name) lists a column more than once")
        }
        return try given.rows.enumerated().map { number, values in
            guard values.count == given.columns.count else {
                throw BackupError(
                    table: table.name, row: number + 1, column: nil,
                    "has \(values.count) values for \(given.columns.count) columns")
            }
            return try zip(table.columns, positions).map { column, position in
                let value = values[position]
                if value == .null && column.required {
                    throw BackupError(table: table.name, row: number + 1, column: column.name, "is empty but required")
                }
                guard column.affinity.accepts(value) else {
                    throw BackupError(
                        table: table.name, row: number + 1, column: column.name, "holds a value of the wrong type")
                }
                return value.databaseValue
            }
        }
    }

    static func requireEmpty(_ tables: [TableInfo], _ db: Database) throws {
        let cases = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases") ?? 0
        if cases > 0 {
            throw BackupError(
                "cannot be restored into a database that already holds \(cases) \(cases == 1 ? "case" : "cases"); restore into a new database"
            )
        }
        for table in tables
        where try Row.fetchOne(db, sql: "SELECT 1 FROM \(TableInfo.quoted(table.name)) LIMIT 1") != nil {
            throw BackupError("cannot be restored into a database whose table \(table.name) already holds rows")
        }
    }

    static func insert(_ rows: [[DatabaseValue]], into table: TableInfo, _ db: Database) throws {
        let names = table.columns.map { TableInfo.quoted($0.name) }
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO \(TableInfo.quoted(table.name)) (\(names.joined(separator: ", ")))
                VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
                """)
        for (number, values) in rows.enumerated() {
            do {
                try statement.execute(arguments: StatementArguments(values))
            } catch let error as DatabaseError {
                throw try refusal(error, table: table, row: number + 1, values: values, db)
            }
        }
    }
}
