/// What an import did, in counts only (no personal data).
public struct ImportSummary: Sendable, Equatable {
    public var rowsRead: [SpreadsheetFile: Int] = [:]
    public var rowsWritten = 0

    public var totalRowsRead: Int { rowsRead.values.reduce(0, +) }

    public init() {}
}
