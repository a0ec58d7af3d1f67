import Foundation
import LifelinksStore

/// Reads and checks every file on its own thread, handing checked rows to the writer.
final class ImportReader: @unchecked Sendable {
    // Unchecked: the reading thread owns all state until `done` is signalled; the writer reads it only after.
    private var tables: [(ImportSource, CSVTable)]
    private var state: ImportState
    private let channel: ImportChannel
    private let done = DispatchSemaphore(value: 0)
    private(set) var problems: [ImportProblem] = []
    private(set) var omitted = 0
    private(set) var rowsRead: [SpreadsheetFile: Int] = [:]

    init(
        tables: [(ImportSource, CSVTable)], existing: ExistingRecords, channel: ImportChannel, recordedBy: String,
        acceptHistory: Bool
    ) {
        self.tables = tables
        self.channel = channel
        state = ImportState(
            existing: existing, channel: channel, recordedBy: recordedBy, acceptHistory: acceptHistory,
            historyFollows: tables.contains { $0.0.kind == .history })
    }

    func start() {
        Thread { [self] in
            read()
            channel.finish()
            done.signal()
        }.start()
    }

    /// Waits for the reading thread to finish.
    func wait() {
        done.wait()
    }

    private func read() {
        for index in tables.indices {
            let source = tables[index].0
            var problemList = ProblemList(file: source.file)
            let count = state.read(source.kind, &tables[index].1, &problemList)
            rowsRead[source.kind, default: 0] += count
            problems += problemList.kept
            omitted += problemList.omitted
            if state.cancelled { return }
        }
    }
}
