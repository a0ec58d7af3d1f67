import Foundation
import GRDB

/// One table as SQLite describes it: what a backup reads and a restore checks against.
struct TableInfo {
    struct Column {
        var name: String
        var affinity: Affinity
        /// NOT NULL, or part of the primary key.
        var required: Bool
    }

    /// SQLite's type affinity, from the declared type (sqlite.org/datatype3.html, section 3.1).
    enum Affinity {
        case integer, text, blob, real, numeric

        init(declared: String) {
            let type = declared.uppercased()
            if type.contains("INT") {
                self = .integer
            } else if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") {
                self = .text
            } else if type.contains("BLOB") || type.isEmpty {
                self = .blob
            } else if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") {
                self = .real
            } else {
                self = .numeric
            }
        }

        /// Whether a column of this affinity holds such a value as it is (NULL always passes; NOT NULL is apart).
        func accepts(_ value: DatabaseBackup.Value) -> Bool {
            switch (self, value) {
            case (_, .null), (.blob, _), (.text, .text), (.integer, .integer), (.real, .real), (.real, .integer),
                (.numeric, .integer), (.numeric, .real):
                true
            default:
                false
            }
        }
    }

    struct ForeignKey {
        var parent: String
        var from: [String]
        /// Nil where the key names no parent column, so refers to the parent's primary key.
        var to: [String?]
    }

    var name: String
    var columns: [Column]
    var primaryKey: [String]
    var foreignKeys: [ForeignKey]

    /// Every table of the database except SQLite's own and GRDB's record of migrations, by name.
    static func all(_ db: Database) throws -> [TableInfo] {
        let names = try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'grdb_migrations'
                ORDER BY name
                """)
        return try names.map { try load($0, db) }
    }

    static func load(_ name: String, _ db: Database) throws -> TableInfo {
        let rows = try Row.fetchAll(
            db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid", arguments: [name])
        let columns = rows.map { row in
            let notNull: Int = row["notnull"]
            let keyPosition: Int = row["pk"]
            return Column(
                name: row["name"], affinity: Affinity(declared: row["type"] ?? ""),
                required: notNull != 0 || keyPosition != 0)
        }
        let primaryKey = rows.compactMap { row -> (position: Int, name: String)? in
            let position: Int = row["pk"]
            return position == 0 ? nil : (position, row["name"])
        }.sorted { $0.position < $1.position }.map(\.name)
        var keys: [Int: ForeignKey] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq",
            arguments: [name])
        {
            let id: Int = row["id"]
            keys[id, default: ForeignKey(parent: row["table"], from: [], to: [])].from.append(row["from"])
            keys[id]?.to.append(row["to"])
        }
        return TableInfo(
            name: name, columns: columns, primaryKey: primaryKey,
            foreignKeys: keys.keys.sorted().compactMap { keys[$0] })
    }

    /// `"name"`, quoted for SQL.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The rows in a fixed order: by primary key, or as inserted when there is none.
    var selectAll: String {
        let list = columns.map { TableInfo.quoted($0.name) }.joined(separator: ", ")
        let order = primaryKey.isEmpty ? "rowid" : primaryKey.map(TableInfo.quoted).joined(separator: ", ")
        return "SELECT \(list) FROM \(TableInfo.quoted(name)) ORDER BY \(order)"
    }

    /// The tables in an order that writes every parent before the tables whose foreign keys refer to it.
    static func parentsFirst(_ tables: [TableInfo]) -> [TableInfo] {
        var ordered: [TableInfo] = []
        var placed: Set<String> = []
        var remaining = tables
        while !remaining.isEmpty {
            let ready = remaining.filter { table in
                table.foreignKeys.allSatisfy { $0.parent == table.name || placed.contains($0.parent) }
            }
            // A cycle of foreign keys (none in this schema) falls back to name order.
            let next = ready.isEmpty ? remaining : ready
            ordered += next
            placed.formUnion(next.map(\.name))
            remaining.removeAll { placed.contains($0.name) }
        }
        return ordered
    }
}

extension DatabaseBackup.Value {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let integer): self = .integer(integer)
        case .double(let real): self = .real(real)
        case .string(let text): self = .text(text)
        case .blob(let blob): self = .blob(blob)
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let integer): integer.databaseValue
        case .real(let real): real.databaseValue
        case .text(let text): text.databaseValue
        case .blob(let blob): blob.databaseValue
        }
    }
}
