extension CaseNetwork {
    /// The network as the data stood at the end of `day`, rebuilt from the stage history rather than stored copies.
    ///
    /// A connection is in it once its first stage change is dated on or before
    /// `day`, at the stage its latest change by then records. A change with no
    /// date counts from the referral. Case dates after `day` (consent, FGC,
    /// plan agreement) were not yet known and are left out; so are events and
    /// commitments that had not yet happened. Safety, wishes and closeness are
    /// not dated, so they are taken as they are now.
    public func asOf(_ day: Day) -> CaseNetwork {
        var past = youngPerson
        past.consent = Consent(
            parentalResponsibility: youngPerson.consent.parentalResponsibility.flatMap { $0 <= day ? $0 : nil },
            youngPerson: youngPerson.consent.youngPerson.flatMap { $0 <= day ? $0 : nil },
            withdrawn: youngPerson.consent.withdrawn.flatMap { $0 <= day ? $0 : nil })
        past.conferenceDate = youngPerson.conferenceDate.flatMap { $0 <= day ? $0 : nil }
        past.planAgreedDate = youngPerson.planAgreedDate.flatMap { $0 <= day ? $0 : nil }

        let referral = youngPerson.referralDate
        let connections = self.connections(on: day)
        let present = Set(connections.map(\.id)).union([Connection.youngPersonID])
        let committedThen = Set(connections.filter { $0.stage == .committed }.map(\.id))
        return CaseNetwork(
            youngPerson: past,
            connections: connections,
            relations: relations.filter { present.contains($0.from) && present.contains($0.to) },
            commitments: commitments.filter { commitment in
                guard present.contains(commitment.connection) else { return false }
                if let start = commitment.startDate ?? past.planAgreedDate ?? past.conferenceDate {
                    return start <= day
                }
                return committedThen.contains(commitment.connection)
            },
            history: history.filter { ($0.date ?? referral) <= day },
            events: events.filter { $0.date <= day },
            reviews: reviews.filter { $0.date <= day && present.contains($0.connection) })

    }

    /// How many people are in the network: connections whose search has not ended.
    public var activeSize: Int {
        connections.filter { !$0.stage.isEnd }.count
    }

    /// `asOf(day).activeSize`, without rebuilding the rest of the network.
    public func activeSize(on day: Day) -> Int {
        connections(on: day).filter { !$0.stage.isEnd }.count
    }

    /// The connections as they stood at the end of `day`: those known by then, each at the stage
    /// its latest change by then records (a change with no date counts from the referral).
    public func connections(on day: Day) -> [Connection] {
        let referral = youngPerson.referralDate
        var latest: [String: (date: Day, order: Int, change: StageChange)] = [:]
        for (order, change) in history.enumerated() {
            let date = change.date ?? referral
            guard date <= day else { continue }
            if let known = latest[change.connection], (known.date, known.order) > (date, order) { continue }
            latest[change.connection] = (date, order, change)
        }
        let recorded = Set(history.map(\.connection))
        return self.connections.compactMap { connection -> Connection? in
            guard recorded.contains(connection.id) else {
                return (connection.stageDate ?? referral) <= day ? connection : nil
            }
            guard let change = latest[connection.id]?.change else { return nil }
            var then = connection
            then.stage = change.stage
            then.stageDate = change.date
            return then
        }
    }
}
