/// Why a backup cannot be read or restored, told by table, row and column, never by the values involved.
public struct BackupError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }

    /// A row-level problem: "table T, row N, column C: what".
    init(table: String, row: Int, column: String?, _ what: String) {
        let place = column.map { ", column \(BackupError.label($0))" } ?? ""
        self.description = "table \(BackupError.label(table)), row \(row)\(place): \(what)"
    }

    /// Where in the JSON the decoder stopped, with positions counted from 1.
    init(decoding error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init("\(BackupError.place(context.codingPath + [key])) is missing")
        case .valueNotFound(_, let context):
            self.init("\(BackupError.place(context.codingPath)) is null")
        case .typeMismatch(let type, let context):
            let expected = type == DatabaseBackup.Value.self ? "an integer, text, null, real or blob" : "another type"
            self.init("\(BackupError.place(context.codingPath)) is not \(expected)")
        case .dataCorrupted(let context):
            self.init(
                context.codingPath.isEmpty
                    ? "is not valid JSON" : "\(BackupError.place(context.codingPath)) is malformed")
        @unknown default:
            self.init("is not a Lifelinks backup")
        }
    }

    /// "tables[2].rows[5][3]", counting from 1, or "the document" at the top.
    static func place(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "the document" }
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index + 1)]"
            } else {
                text += (text.isEmpty ? "" : ".") + label(key.stringValue)
            }
        }
        return text
    }

    /// A table or column name as it may be shown: names read from a file are shown only when they look like names.
    static func label(_ name: String) -> String {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_")
        }
        return allowed && !name.isEmpty && name.count <= 64 ? name : "(an unreadable name)"
    }
}
