import Foundation
import LifelinksModel
import LifelinksStore

/// Imports the spreadsheet files into the store, all or nothing.
///
/// Every file is checked; every problem found (up to a limit per file) is
/// reported with its file, line and column; and nothing is written unless
/// there are none. Rows are upserted by case and id, so importing the same
/// files again changes nothing.
public struct SpreadsheetImport {
    /// Called now and then with the file being read and the records read so far.
    public typealias Progress = (_ file: SpreadsheetFile, _ records: Int) -> Void

    public var recordedBy: String
    public var progress: Progress?
    /// Store history rows that break the journey's rules (they then show as gaps) instead of refusing the import.
    public var acceptHistory: Bool

    public init(recordedBy: String, acceptHistory: Bool = false, progress: Progress? = nil) {
        self.recordedBy = recordedBy
        self.acceptHistory = acceptHistory
        self.progress = progress
    }

    public func run(_ sources: [ImportSource], into store: Store) throws -> ImportSummary {
        let ordered = SpreadsheetFile.importOrder.flatMap { kind in sources.filter { $0.kind == kind } }
        var tables: [(ImportSource, CSVTable)] = []
        var failures: [ImportProblem] = []
        var omitted = 0
        for source in ordered {
            do throws(ImportFailure) {
                let text = try CSVText.load(path: source.path, file: source.file)
                let table = try CSVTable(text, file: source.file)
                var problems = ProblemList(file: source.file)
                for column in source.kind.required where table.columns[column] == nil {
                    problems.add(
                        line: 1, column: column,
                        "missing required column (expected \(source.kind.fileName) columns: \(source.kind.columns.joined(separator: ", ")))"
                    )
                }
                if problems.isEmpty {
                    tables.append((source, table))
                } else {
                    failures += problems.kept
                }
            } catch {
                let failure = error
                failures += failure.problems
                omitted += failure.omitted
            }
        }
        if !failures.isEmpty { throw ImportFailure(problems: failures, omitted: omitted) }

        let includingHistory = tables.contains { $0.0.kind == .history }
        return try store.importing(recordedBy: recordedBy, includingHistory: includingHistory) { batch in
            let channel = ImportChannel()
            let reader = ImportReader(
                tables: tables, existing: batch.existing, channel: channel, recordedBy: recordedBy,
                acceptHistory: acceptHistory)
            reader.start()
            do {
                while let chunk = channel.receive() {
                    for operation in chunk.operations { try operation.apply(to: batch) }
                    progress?(chunk.file, chunk.recordsRead)
                }
            } catch {
                channel.cancel()
                reader.wait()
                throw error
            }
            reader.wait()
            failures += reader.problems
            omitted += reader.omitted
            if !failures.isEmpty { throw ImportFailure(problems: failures, omitted: omitted) }
            var summary = ImportSummary()
            summary.rowsRead = reader.rowsRead
            summary.rowsWritten = batch.rowsWritten
            return summary
        }
    }
}
