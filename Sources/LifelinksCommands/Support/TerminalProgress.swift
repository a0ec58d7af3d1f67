import Foundation
import LifelinksInterchange

/// Shows how far a long import has got, on a terminal only; silent when output is redirected.
final class TerminalProgress {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    func report(_ file: SpreadsheetFile, _ records: Int) {
        guard enabled else { return }
        shown = true
        FileHandle.standardError.write(Data("\rReading \(file.fileName): \(records) rows\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
