import LifelinksModel
import LifelinksStore

/// reviews.csv: what each review found of each connection's commitments.
extension ImportState {
    mutating func readReview(_ record: CSVTable.Record, _ problems: inout ProblemList) {
        let before = problems.total
        let reference = knownCase(record, &problems)
        let connection = record.required("connection", &problems)
        let date = record.requiredDay("date", &problems)
        let outcome: ReviewOutcome? = record.requiredTerm("outcome", &problems)
        guard let reference, let connection else { return }
        if connection == Connection.youngPersonID || !connectionKnown(reference, connection) {
            problems.add(
                line: record.line, column: "connection",
                "\"\(connection.clipped)\" is not a connection id in case \(reference.clipped)")
        }
        guard let date else { return }
        let key = [reference, date.description, connection].joined(separator: "\u{1F}")
        if let first = reviewsSeen[key] {
            problems.add(
                line: record.line, column: "connection",
                "a second outcome for the same connection at the same review (first on line \(first))")
            return
        }
        reviewsSeen[key] = record.line
        guard writing, problems.total == before, let outcome else { return }
        emit(
            .review(
                CommitmentReview(
                    date: date, connection: connection, outcome: outcome, recordedBy: record.text("by") ?? recordedBy,
                    note: record.text("note")),
                reference: reference))
    }
}
