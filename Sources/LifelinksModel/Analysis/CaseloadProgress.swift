/// The search across a caseload as a funnel: how many people reached each stage, and the medians a manager asks for.
public struct CaseloadProgress: Hashable, Sendable, Codable {
    public struct FunnelStep: Hashable, Sendable, Codable {
        public var stage: SearchStage
        /// Connections that reached this stage or a later one on the journey at some point.
        public var reached: Int
    }

    public struct Medians: Hashable, Sendable, Codable {
        public var daysReferralToConference: Double?
        public var daysInCurrentStage: Double?
        public var networkSizeAtReferral: Double?
        public var networkSizeAtConference: Double?
        public var networkSizeNow: Double?
    }

    public var asOf: Day
    public var cases: Int
    public var connections: Int
    public var funnel: [FunnelStep]
    /// End stage raw value → how many searches ended there.
    public var ended: [String: Int]
    public var medians: Medians

    public init(_ progress: [CaseProgress], networks: [CaseNetwork], on day: Day) {
        asOf = day
        cases = progress.count
        var reachedStep = Array(repeating: 0, count: SearchStage.journey.count)
        var ended: [String: Int] = [:]
        var total = 0
        for network in networks {
            var furthest: [String: Int] = [:]
            for change in network.history where (change.date ?? network.youngPerson.referralDate) <= day {
                if let step = change.stage.step {
                    furthest[change.connection] = max(furthest[change.connection] ?? 0, step)
                }
            }
            for connection in network.connections(on: day) {
                total += 1
                if connection.stage.isEnd { ended[connection.stage.rawValue, default: 0] += 1 }
                let step = max(furthest[connection.id] ?? 0, connection.stage.step ?? 0)
                for index in 0...step { reachedStep[index] += 1 }
            }
        }
        connections = total
        funnel = SearchStage.journey.enumerated().map { FunnelStep(stage: $1, reached: reachedStep[$0]) }
        self.ended = ended
        medians = Medians(
            daysReferralToConference: CaseloadProgress.median(progress.compactMap(\.daysReferralToConference)),
            daysInCurrentStage: CaseloadProgress.median(
                progress.flatMap { $0.connections.filter { !$0.stage.isEnd }.compactMap(\.daysInStage) }),
            networkSizeAtReferral: CaseloadProgress.median(progress.map(\.networkSize.atReferral)),
            networkSizeAtConference: CaseloadProgress.median(progress.compactMap(\.networkSize.atConference)),
            networkSizeNow: CaseloadProgress.median(progress.map(\.networkSize.now)))
    }

    /// The middle value, or the mean of the middle two; nil for no values.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
