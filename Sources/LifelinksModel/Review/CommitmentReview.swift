/// What one review found of one connection's part in the plan.
///
/// A review (the FGC review or a looked-after review) records, for each
/// connection with commitments, whether they were kept. The outcome covers all
/// of that connection's commitments, as the practice reviews them person by person.
public struct CommitmentReview: Hashable, Sendable, Codable {
    /// The day of the review.
    public var date: Day
    public var connection: String
    public var outcome: ReviewOutcome
    public var recordedBy: String
    /// What the review said about it; professional eyes only.
    public var note: String?

    public init(date: Day, connection: String, outcome: ReviewOutcome, recordedBy: String, note: String? = nil) {
        self.date = date
        self.connection = connection
        self.outcome = outcome
        self.recordedBy = recordedBy
        self.note = note
    }
}

extension CaseNetwork {
    /// The days reviews were held, oldest first.
    public var reviewDates: [Day] {
        Set(reviews.map(\.date)).sorted()
    }

    /// The outcomes of the latest review held on or before `day`, by connection id.
    public func latestReview(onOrBefore day: Day) -> (date: Day, outcomes: [String: CommitmentReview])? {
        guard let date = reviewDates.last(where: { $0 <= day }) else { return nil }
        var outcomes: [String: CommitmentReview] = [:]
        for review in reviews where review.date == date { outcomes[review.connection] = review }
        return (date, outcomes)
    }
}
