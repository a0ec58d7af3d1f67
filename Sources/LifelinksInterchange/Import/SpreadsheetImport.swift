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

    public init(recordedBy: String, progress: Progress? = nil) {
        self.recordedBy = recordedBy
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

        return try store.importing(recordedBy: recordedBy) { batch in
            var state = ImportState(batch: batch)
            var summary = ImportSummary()
            for (source, table) in tables {
                var table = table
                var problems = ProblemList(file: source.file)
                let count = try state.read(source.kind, &table, &problems, progress: progress)
                summary.rowsRead[source.kind, default: 0] += count
                failures += problems.kept
                omitted += problems.omitted
            }
            if !failures.isEmpty { throw ImportFailure(problems: failures, omitted: omitted) }
            summary.rowsWritten = batch.rowsWritten
            return summary
        }
    }
}
