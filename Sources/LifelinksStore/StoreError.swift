import GRDB

/// A failure of the database, told without any of the data involved.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }

    init(opening path: String, _ error: any Error) {
        self.description = "cannot open the database \(path): \(StoreError.summary(of: error))"
    }

    init(_ error: any Error) {
        if let storeError = error as? StoreError {
            self = storeError
        } else {
            self.description = "database error: \(StoreError.summary(of: error))"
        }
    }

    /// SQLite's own message, which GRDB keeps free of statement arguments.
    static func summary(of error: any Error) -> String {
        if let databaseError = error as? DatabaseError {
            return databaseError.message ?? "SQLite error \(databaseError.resultCode.rawValue)"
        }
        return String(describing: type(of: error))
    }
}
