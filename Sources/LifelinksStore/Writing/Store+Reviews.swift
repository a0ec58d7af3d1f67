import GRDB
import LifelinksModel

extension Store {
    /// Records one review of a case's plan: an outcome for each connection reviewed, and the next review's date.
    ///
    /// Refused, with nothing written, when the case or a connection is unknown, a connection has
    /// no commitment in the plan, the plan has no FGC before the review, or this review's
    /// outcomes were already recorded (a review is a record, not a draft).
    public func recordReview(
        in reference: String, on date: Day, outcomes: [CommitmentReview], nextReview: Day?
    ) throws(StoreError) {
        try write { db in
            guard let network = try Store.network(reference, in: db) else {
                throw StoreError("there is no case \(reference)")
            }
            guard let conference = network.youngPerson.conferenceDate, conference <= date else {
                throw StoreError("case \(reference) has no FGC on or before \(date), so there is no plan to review yet")
            }
            if let nextReview, nextReview <= date {
                throw StoreError("the next review (\(nextReview)) must come after this one (\(date))")
            }
            if network.reviews.contains(where: { $0.date == date }) {
                throw StoreError("the review of case \(reference) on \(date) is already recorded")
            }
            let committed = Set(network.commitments.map(\.connection))
            var seen: Set<String> = []
            for outcome in outcomes {
                guard network.connection(outcome.connection) != nil else {
                    throw StoreError("case \(reference) has no connection with id \(outcome.connection)")
                }
                guard committed.contains(outcome.connection) else {
                    throw StoreError("\(outcome.connection) has no commitment in the plan of case \(reference)")
                }
                guard seen.insert(outcome.connection).inserted else {
                    throw StoreError("\(outcome.connection) is given two outcomes")
                }
                guard outcome.date == date else { throw StoreError("an outcome is dated apart from its review") }
            }
            for outcome in outcomes {
                try db.execute(
                    sql: "INSERT INTO review_outcomes (\(Rows.reviewColumns)) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: StatementArguments(Rows.texts(outcome, in: reference)))
            }
            if let nextReview {
                try db.execute(
                    sql: "UPDATE cases SET next_review_date = ? WHERE reference = ?",
                    arguments: [nextReview.description, reference])
            }
        }
    }
}
