/// Where one case's search stands on a day: counts by stage, time taken, and the network's size over time.
public struct CaseProgress: Hashable, Sendable, Codable {
    public struct ConnectionProgress: Hashable, Sendable, Codable {
        public var id: String
        public var stage: SearchStage
        /// When the current stage was reached, when known.
        public var since: Day?
        public var daysInStage: Int?
    }

    /// Network size (people whose search has not ended) at the points the national evaluation compares.
    public struct NetworkSizes: Hashable, Sendable, Codable {
        public var atReferral: Int
        public var atConference: Int?
        public var now: Int
        /// Now minus at referral.
        public var change: Int { now - atReferral }
    }

    public var `case`: String
    public var asOf: Day
    public var referralDate: Day
    public var daysSinceReferral: Int
    public var conferenceDate: Day?
    public var daysReferralToConference: Int?
    /// Stage raw value → how many connections stand there.
    public var stages: [String: Int]
    public var connections: [ConnectionProgress]
    public var networkSize: NetworkSizes

    /// The progress of `network` (as it now stands) on `day`, rebuilding earlier sizes from the history.
    public init(_ network: CaseNetwork, on day: Day) {
        let then = network.connections(on: day)
        var youngPerson = network.youngPerson
        youngPerson.conferenceDate = youngPerson.conferenceDate.flatMap { $0 <= day ? $0 : nil }
        self.case = youngPerson.reference
        asOf = day
        referralDate = youngPerson.referralDate
        daysSinceReferral = day.days(since: youngPerson.referralDate)
        conferenceDate = youngPerson.conferenceDate
        daysReferralToConference = youngPerson.conferenceDate.map { $0.days(since: youngPerson.referralDate) }
        stages = Dictionary(then.map { ($0.stage.rawValue, 1) }, uniquingKeysWith: +)
        connections = then.sorted { ($0.stage, $0.id) < ($1.stage, $1.id) }.map { connection in
            ConnectionProgress(
                id: connection.id, stage: connection.stage, since: connection.stageDate,
                daysInStage: connection.stageDate.map { day.days(since: $0) })
        }
        networkSize = NetworkSizes(
            atReferral: network.activeSize(on: youngPerson.referralDate),
            atConference: youngPerson.conferenceDate.map { network.activeSize(on: $0) },
            now: then.filter { !$0.stage.isEnd }.count)
    }
}
