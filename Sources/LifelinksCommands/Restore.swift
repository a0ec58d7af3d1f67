import ArgumentParser
import Foundation
import LifelinksStore

extension Lifelinks {
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Restore a JSON backup (from export --format json) into a new, empty database.",
            discussion: """
                All or nothing: a backup of another schema, with an unknown or missing table or column, a value of \
                the wrong type or a row the database's rules refuse is reported as FILE: table, row and column, and \
                nothing is written. A database that already holds cases is refused.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The backup file (\(DatabaseBackup.fileName)).")
        var file: String

        func run() throws {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CommandFailure("\(file): cannot be read.")
            }
            do {
                let backup = try DatabaseBackup(json: data)
                try store.open().restore(backup)
                let rows = backup.tables.reduce(0) { $0 + $1.rows.count }
                let cases = backup.table("cases")?.rows.count ?? 0
                print(
                    "Restored \(cases) \(cases == 1 ? "case" : "cases") (\(rows) rows in \(backup.tables.count) tables) from \(file) into \(store.path)."
                )
            } catch let error as BackupError {
                throw CommandFailure("\(file): \(error.description). Nothing was restored.")
            }
        }
    }
}
