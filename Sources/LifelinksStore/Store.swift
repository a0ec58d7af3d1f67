import Foundation
import GRDB
import LifelinksModel

/// The Lifelinks database: one SQLite file, migrated on open, foreign keys on, WAL journal.
///
/// Every write runs in one transaction. Statement arguments stay out of
/// error messages (GRDB's default), so no personal data leaks through them.
public final class Store: Sendable {
    /// The file name used when no `--db` is given.
    public static let defaultFileName = "lifelinks.sqlite"

    let writer: any DatabaseWriter

    /// Opens (creating when missing) the database at `path`, in WAL mode, and migrates it.
    public init(path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(5)
        do {
            writer = try DatabaseQueue(path: path, configuration: configuration)
            try Schema.migrator.migrate(writer)
        } catch {
            throw StoreError(opening: path, error)
        }
    }

    /// An empty in-memory database, for tests.
    public init() throws(StoreError) {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            writer = try DatabaseQueue(configuration: configuration)
            try Schema.migrator.migrate(writer)
        } catch {
            throw StoreError(opening: ":memory:", error)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }
}
