import LifelinksModel
import LifelinksStore

/// What one import has seen so far, to check references across rows and files.
struct ImportState {
    struct Key: Hashable {
        let reference: String
        let id: String
    }

    let batch: ImportBatch
    /// Case references in the files, with the line that defined each.
    var casesSeen: [String: Int] = [:]
    var connectionsSeen: [Key: Int] = [:]
    var commitmentsSeen: [String: Int] = [:]
    /// Once a problem is found nothing more is written; checking goes on.
    var writing = true

    init(batch: ImportBatch) {
        self.batch = batch
    }

    mutating func read(
        _ kind: SpreadsheetFile, _ table: inout CSVTable, _ problems: inout ProblemList,
        progress: SpreadsheetImport.Progress?
    ) throws -> Int {
        var count = 0
        while let record = table.next() {
            count += 1
            if count % 20_000 == 0 { progress?(kind, count) }
            let before = problems.total
            switch kind {
            case .cases: try readCase(record, &problems)
            case .connections: try readConnection(record, &problems)
            case .relations: try readRelation(record, &problems)
            case .commitments: try readCommitment(record, &problems)
            }
            if problems.total != before { writing = false }
        }
        if kind == .connections { try checkFoundVia(&problems) }
        if !problems.isEmpty { writing = false }
        progress?(kind, count)
        return count
    }

    func caseKnown(_ reference: String) throws -> Bool {
        try casesSeen[reference] != nil || batch.caseExists(reference)
    }

    func connectionKnown(_ reference: String, _ id: String) throws -> Bool {
        if id == Connection.youngPersonID { return true }
        return try connectionsSeen[Key(reference: reference, id: id)] != nil
            || batch.connectionExists(reference, id)
    }

    /// Checks the case column of a record of any file but cases.csv.
    func knownCase(_ record: CSVTable.Record, _ problems: inout ProblemList) throws -> String? {
        guard let reference = record.required("case", &problems) else { return nil }
        guard try caseKnown(reference) else {
            problems.add(
                line: record.line, column: "case", "no case \"\(reference.clipped)\" in cases.csv or the database")
            return nil
        }
        return reference
    }

    /// found_via naming another connection is checked once every connection has been read.
    var pendingFoundVia: [(line: Int, reference: String, id: String)] = []

    mutating func checkFoundVia(_ problems: inout ProblemList) throws {
        for pending in pendingFoundVia where try !connectionKnown(pending.reference, pending.id) {
            problems.add(
                line: pending.line, column: "found_via",
                "\"\(pending.id.clipped)\" is neither \(FoundVia.keywords) nor a connection id in case \(pending.reference.clipped)"
            )
        }
        pendingFoundVia = []
    }
}
