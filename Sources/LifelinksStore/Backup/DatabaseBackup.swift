import Foundation

/// A whole database as one JSON document: every table's columns and rows, and the migrations that made the schema.
///
/// Generic over the schema: it holds whatever tables the database has, so a new
/// table or column is backed up without any change here. Tables are listed by
/// name, rows by primary key, and each row's values in the order of the table's
/// `columns`, so the same database always gives the same bytes.
public struct DatabaseBackup: Codable, Hashable, Sendable {
    public static let formatName = "lifelinks-backup"
    public static let formatVersion = 1
    /// The file `lifelinks export --format json` writes.
    public static let fileName = "lifelinks-backup.json"

    /// Always `formatName`.
    public var format: String
    /// Always `formatVersion` for a backup this build writes.
    public var version: Int
    /// The identifiers of the migrations applied to the database, in the order they apply.
    public var migrations: [String]
    /// By name.
    public var tables: [Table]

    public init(
        migrations: [String], tables: [Table], format: String = formatName, version: Int = formatVersion
    ) {
        self.format = format
        self.version = version
        self.migrations = migrations
        self.tables = tables
    }

    /// One table: its columns once, then every row's values in that order.
    public struct Table: Codable, Hashable, Sendable {
        public var name: String
        public var columns: [String]
        public var rows: [[Value]]

        public init(name: String, columns: [String], rows: [[Value]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    /// One stored value, typed as SQLite stores it.
    ///
    /// In JSON an integer is a number, a text a string and a null `null`; a real
    /// is `{"real": "1.5"}` (written as text, so every double, infinities too,
    /// comes back exactly) and a blob `{"blob": "<base64>"}`.
    public enum Value: Hashable, Sendable {
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob(Data)
        case null
    }

    /// The table with this name, if the backup has one.
    public func table(_ name: String) -> Table? {
        tables.first { $0.name == name }
    }

    /// The backup as JSON: keys sorted and indented, so the same database always gives the same bytes.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads a backup from JSON; a failure says where in the document the problem is, never what was there.
    public init(json: Data) throws(BackupError) {
        do {
            self = try JSONDecoder().decode(DatabaseBackup.self, from: json)
        } catch let error as DecodingError {
            throw BackupError(decoding: error)
        } catch {
            throw BackupError("is not valid JSON")
        }
    }
}

extension DatabaseBackup.Value: Codable {
    private enum Tag: String, CodingKey {
        case real
        case blob
    }

    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let text = try? single.decode(String.self) {
            self = .text(text)
        } else if let integer = try? single.decode(Int64.self) {
            self = .integer(integer)
        } else if let tagged = try? decoder.container(keyedBy: Tag.self), tagged.allKeys.count == 1 {
            switch tagged.allKeys[0] {
            case .real:
                guard let real = Double(try tagged.decode(String.self, forKey: .real)) else {
                    throw DatabaseBackup.Value.mismatch(decoder)
                }
                self = .real(real)
            case .blob:
                guard let blob = Data(base64Encoded: try tagged.decode(String.self, forKey: .blob)) else {
                    throw DatabaseBackup.Value.mismatch(decoder)
                }
                self = .blob(blob)
            }
        } else {
            throw DatabaseBackup.Value.mismatch(decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .text(let text):
            var single = encoder.singleValueContainer()
            try single.encode(text)
        case .integer(let integer):
            var single = encoder.singleValueContainer()
            try single.encode(integer)
        case .real(let real):
            var tagged = encoder.container(keyedBy: Tag.self)
            try tagged.encode(real.description, forKey: .real)
        case .blob(let blob):
            var tagged = encoder.container(keyedBy: Tag.self)
            try tagged.encode(blob.base64EncodedString(), forKey: .blob)
        }
    }

    private static func mismatch(_ decoder: any Decoder) -> DecodingError {
        .typeMismatch(
            DatabaseBackup.Value.self,
            DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "not an integer, text, null, real or blob"))
    }
}
