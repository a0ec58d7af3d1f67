/// One commitment seen from the team's side: who makes sure it happens, and whether contact is up to date.
public struct Responsibility: Hashable, Sendable, Codable {
    public var `case`: String
    public var connection: String
    public var support: SupportKind
    public var frequency: Frequency?
    public var responsible: Responsible?
    /// The latest visit or call logged with this connection.
    public var lastContact: Day?
    /// When contact is next due, from the last contact (or the plan's start) and the frequency.
    public var dueBy: Day?
    /// Nobody is responsible for this commitment.
    public var unowned: Bool
    /// No contact recorded within the frequency.
    public var overdue: Bool

    /// Every commitment of `network`, as the team sees it on `day`, overdue ones first.
    public static func list(_ network: CaseNetwork, on day: Day) -> [Responsibility] {
        var lastContact: [String: Day] = [:]
        for event in network.events where event.kind.isContact && event.date <= day {
            if let known = lastContact[event.connection], known >= event.date { continue }
            lastContact[event.connection] = event.date
        }
        let planStart = network.youngPerson.planAgreedDate ?? network.youngPerson.conferenceDate
        return network.commitments.map { commitment in
            let last = lastContact[commitment.connection]
            let from = last ?? commitment.startDate ?? planStart
            let due = zip(from, commitment.frequency?.days).map { $0.adding(days: $1) }
            return Responsibility(
                case: network.youngPerson.reference, connection: commitment.connection, support: commitment.support,
                frequency: commitment.frequency, responsible: commitment.responsible, lastContact: last, dueBy: due,
                unowned: commitment.responsible == nil, overdue: due.map { $0 < day } ?? false)
        }
        .sorted {
            ($0.overdue ? 0 : 1, $0.dueBy?.ordinal ?? Int.max, $0.connection, $0.support.rawValue)
                < ($1.overdue ? 0 : 1, $1.dueBy?.ordinal ?? Int.max, $1.connection, $1.support.rawValue)
        }
    }
}

extension Frequency {
    /// How many days may pass between contacts; nil when contact is only as needed.
    public var days: Int? {
        switch self {
        case .weekly: 7
        case .fortnightly: 14
        case .monthly: 31
        case .quarterly: 92
        case .yearly: 366
        case .birthdaysAndHolidays: 183
        case .asNeeded: nil
        }
    }
}

/// Both values, or nil when either is missing.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
