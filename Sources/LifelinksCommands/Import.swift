import ArgumentParser
import Foundation
import LifelinksInterchange
import LifelinksStore

extension Lifelinks {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import spreadsheets (cases.csv, connections.csv, relations.csv, commitments.csv, history.csv).",
            discussion: """
                PATH is a folder holding any of the four files, or one file. The import is all or \
                nothing: any problem is reported as FILE:LINE: column NAME: what is wrong, and the \
                database is left unchanged. Importing the same files again changes nothing.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var recorder: RecorderOptions

        @Argument(help: "A folder of spreadsheet files, or one file.")
        var path: String

        @Flag(help: "Keep history rows that break the journey's rules; they then show as critical gaps.")
        var acceptHistory = false

        func run() throws {
            let summary = try Import.run(
                path: path, store: store.open(), recordedBy: recorder.recorder, acceptHistory: acceptHistory)
            let counts = SpreadsheetFile.importOrder.compactMap { kind in
                summary.rowsRead[kind].map { "\($0) \(kind.rawValue)" }
            }
            print("Imported \(counts.joined(separator: ", ")).")
        }

        static func run(path: String, store: LifelinksStore.Store, recordedBy: String, acceptHistory: Bool = false)
            throws -> ImportSummary
        {
            let sources = try ImportSource.find(at: path)
            let progress = TerminalProgress()
            let summary = try SpreadsheetImport(
                recordedBy: recordedBy, acceptHistory: acceptHistory, progress: progress.report
            ).run(sources, into: store)
            progress.finish()
            return summary
        }
    }
}
