/// Everything known about one young person's network: the unit every analysis and diagram takes.
public struct CaseNetwork: Hashable, Sendable, Codable {
    public var youngPerson: YoungPersonCase
    /// In a stable order (by id), so outputs are byte-stable.
    public var connections: [Connection]
    public var relations: [FamilyRelation]
    public var commitments: [Commitment]
    public var history: [StageChange]
    /// Attempts, visits, calls and notes, in the order recorded.
    public var events: [Event]
    /// Each review's outcome for each connection with commitments, by date then connection.
    public var reviews: [CommitmentReview]
    /// What the audience this network was prepared for may be shown (everything, until an
    /// `Audience` view says otherwise).
    public var disclosure: Disclosure = .everything

    public init(
        youngPerson: YoungPersonCase, connections: [Connection] = [], relations: [FamilyRelation] = [],
        commitments: [Commitment] = [], history: [StageChange] = [], events: [Event] = [],
        reviews: [CommitmentReview] = []
    ) {
        self.youngPerson = youngPerson
        self.connections = connections
        self.relations = relations
        self.commitments = commitments
        self.history = history
        self.events = events
        self.reviews = reviews

    }

    public func connection(_ id: String) -> Connection? {
        connections.first { $0.id == id }
    }

    /// How many connections are at each stage, in journey order, leaving out stages with none.
    public var stageCounts: [(stage: SearchStage, count: Int)] {
        var counts: [SearchStage: Int] = [:]
        for connection in connections { counts[connection.stage, default: 0] += 1 }
        return SearchStage.allCases.compactMap { stage in
            counts[stage].map { (stage, $0) }
        }
    }
}
