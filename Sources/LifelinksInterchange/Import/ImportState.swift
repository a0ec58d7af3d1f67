import LifelinksModel
import LifelinksStore

/// What one import has seen so far, to check references across rows and files without asking the database.
struct ImportState {
    typealias Key = ExistingRecords.Key

    let existing: ExistingRecords
    let channel: ImportChannel
    /// Case references in the files, with the line that defined each.
    var casesSeen: [String: Int] = [:]
    /// The cases this import defines, for the history's rule checks.
    var caseFacts: [String: YoungPersonCase] = [:]
    /// Each connection this import defines: its line and its two gates.
    var connectionsSeen: [Key: SeenConnection] = [:]
    /// Stage changes this import adds from connections.csv, so history.csv does not add them twice.
    var stageChangesPlanned: Set<String> = []
    /// History rows waiting to be checked in date order once the whole file is read.
    var historyRows: [Key: [HistoryRow]] = [:]
    /// With true, history rows that break the journey's rules are stored (and show as gaps) instead of refused.
    var acceptHistory = false
    /// True when history.csv comes in the same import: connections' current stages then wait for it,
    /// so a stage the history already records is not added twice.
    var historyFollows = false
    /// Current stages from connections.csv waiting for the history, by "case|connection|stage|date".
    var stagesAwaitingHistory: [(key: String, reference: String, change: StageChange)] = []
    let recordedBy: String
    var commitmentsSeen: [String: Int] = [:]
    /// Review outcomes by "case, date, connection", with the line of each.
    var reviewsSeen: [String: Int] = [:]

    /// Once a problem is found nothing more is written; checking goes on.
    var writing = true
    /// True when the writer gave up; reading stops.
    private(set) var cancelled = false
    private var pending: [ImportOperation] = []

    static let chunkSize = 2_000

    init(
        existing: ExistingRecords, channel: ImportChannel, recordedBy: String, acceptHistory: Bool, historyFollows: Bool
    ) {
        self.existing = existing
        self.channel = channel
        self.recordedBy = recordedBy
        self.acceptHistory = acceptHistory
        self.historyFollows = historyFollows
    }

    struct SeenConnection {
        var line: Int
        var safety: Safety
        var wishes: Wishes
    }

    /// Checks every record of one file, sending the rows to write; returns how many records it read.
    mutating func read(_ kind: SpreadsheetFile, _ table: inout CSVTable, _ problems: inout ProblemList) -> Int {
        var count = 0
        while let record = table.next() {
            count += 1
            let before = problems.total
            switch kind {
            case .cases: readCase(record, &problems)
            case .connections: readConnection(record, &problems)
            case .relations: readRelation(record, &problems)
            case .commitments: readCommitment(record, &problems)
            case .history: readHistory(record, &problems)
            case .reviews: readReview(record, &problems)

            }
            if problems.total != before {
                writing = false
                pending = []
            }
            if count % ImportState.chunkSize == 0 {
                flush(kind, count)
                if cancelled { return count }
            }
        }
        if kind == .connections { checkFoundVia(&problems) }
        if kind == .history { replayHistory(&problems) }
        if !problems.isEmpty {
            writing = false
            pending = []
        }
        flush(kind, count)
        return count
    }

    mutating func emit(_ operation: ImportOperation) {
        if writing { pending.append(operation) }
    }

    private mutating func flush(_ kind: SpreadsheetFile, _ count: Int) {
        let chunk = ImportChunk(operations: pending, file: kind, recordsRead: count)
        pending = []
        pending.reserveCapacity(ImportState.chunkSize)
        if !channel.send(chunk) { cancelled = true }
    }

    func caseKnown(_ reference: String) -> Bool {
        casesSeen[reference] != nil || existing.cases[reference] != nil
    }

    func connectionKnown(_ reference: String, _ id: String) -> Bool {
        if id == Connection.youngPersonID { return true }
        let key = Key(reference: reference, id: id)
        return connectionsSeen[key] != nil || existing.connections[key] != nil
    }

    /// Checks the case column of a record of any file but cases.csv.
    func knownCase(_ record: CSVTable.Record, _ problems: inout ProblemList) -> String? {
        guard let reference = record.required("case", &problems) else { return nil }
        guard caseKnown(reference) else {
            problems.add(
                line: record.line, column: "case", "no case \"\(reference.clipped)\" in cases.csv or the database")
            return nil
        }
        return reference
    }

    /// found_via naming another connection is checked once every connection has been read.
    var pendingFoundVia: [(line: Int, reference: String, id: String)] = []

    mutating func checkFoundVia(_ problems: inout ProblemList) {
        for pending in pendingFoundVia where !connectionKnown(pending.reference, pending.id) {
            problems.add(
                line: pending.line, column: "found_via",
                "\"\(pending.id.clipped)\" is neither \(FoundVia.keywords) nor a connection id in case \(pending.reference.clipped)"
            )
        }
        pendingFoundVia = []
    }
}
