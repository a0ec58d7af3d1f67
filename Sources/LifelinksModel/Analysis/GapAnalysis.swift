/// Finds the gaps in one network and its plan on a given day.
///
/// Pass the network as it stood that day (`CaseNetwork.asOf`) to ask about
/// the past. Gaps come out most severe first, then by code and connection.
public struct GapAnalysis: Sendable {
    public var thresholds: GapThresholds

    public init(thresholds: GapThresholds = GapThresholds()) {
        self.thresholds = thresholds
    }

    /// Every gap code this analysis can report, with its severity, for documentation and filters.
    public static let codes: [(code: String, severity: Gap.Severity)] = [
        ("contact-without-consent", .critical), ("contact-without-safety", .critical),
        ("unsafe-in-network", .critical), ("contact-against-wishes", .critical),
        ("no-committed-adult", .warning), ("single-committed-adult", .warning),
        ("commitment-without-responsible", .warning), ("commitment-without-frequency", .warning),
        ("plan-not-agreed", .warning), ("review-overdue", .warning), ("stalled-search", .warning),
        ("willing-not-invited", .warning),
        ("maternal-side-unexplored", .info), ("paternal-side-unexplored", .info),
        ("no-support:emotional", .info), ("no-support:practical", .info), ("no-support:emergency", .info),
        ("no-support:celebrations", .info), ("no-non-family", .info), ("leaving-care-soon", .info),
        ("branch-unexplored", .info), ("close-kin-not-contacted", .info),
    ]

    public func gaps(in network: CaseNetwork, on today: Day) -> [Gap] {
        var found: [Gap] = []
        let reference = network.youngPerson.reference
        func add(_ code: String, _ severity: Gap.Severity, _ connection: String? = nil, _ message: String) {
            found.append(Gap(case: reference, code: code, severity: severity, connection: connection, message: message))
        }
        safetyGaps(network, add)
        planGaps(network, today, add)
        searchGaps(network, today, add)
        breadthGaps(network, today, add)
        FamilyGaps(network).add(to: add)
        return found.sorted {
            ($0.severity, $0.code, $0.connection ?? "") < ($1.severity, $1.code, $1.connection ?? "")
        }
    }

    typealias Add = (String, Gap.Severity, String?, String) -> Void

    /// The gates, after the fact: contact that should never have happened.
    func safetyGaps(_ network: CaseNetwork, _ add: Add) {
        let consent = network.youngPerson.consent
        let firstContact = GapAnalysis.firstContact(network)
        for person in network.connections {
            let reached = person.stage.isInContact
            let contactedOn = firstContact[person.id] ?? (reached ? person.stageDate : nil)
            if reached || contactedOn != nil {
                if let reason = GapAnalysis.consentProblem(consent, contactedOn) {
                    add("contact-without-consent", .critical, person.id, "\(person.id) was contacted \(reason).")
                }
            }
            guard reached else { continue }
            if person.safety == .unassessed {
                add(
                    "contact-without-safety", .critical, person.id,
                    "\(person.id) is at \(person.stage.rawValue) but their safety has not been assessed.")
            }
            if person.safety == .unsafe {
                add(
                    "unsafe-in-network", .critical, person.id,
                    "\(person.id) is assessed unsafe but is at \(person.stage.rawValue).")
            }
            if person.wishes == .noContact {
                add(
                    "contact-against-wishes", .critical, person.id,
                    "\(person.id) is at \(person.stage.rawValue) although the young person does not want contact.")
            }
        }
        let unsafe = Set(network.connections.filter { $0.safety == .unsafe && !$0.stage.isInContact }.map(\.id))
        for id in Set(network.commitments.map(\.connection)).intersection(unsafe).sorted() {
            add("unsafe-in-network", .critical, id, "\(id) is assessed unsafe but has a commitment in the plan.")
        }
    }

    /// The FGC, the plan and its commitments.
    func planGaps(_ network: CaseNetwork, _ today: Day, _ add: Add) {
        let youngPerson = network.youngPerson
        if let fgc = youngPerson.conferenceDate, fgc <= today {
            let committed = Set(
                network.connections.filter { $0.stage == .committed && $0.kind == .person }.map(\.id)
            ).union(
                network.commitments.map(\.connection).filter { id in network.connection(id)?.kind != .organisation })
            if committed.isEmpty {
                add(
                    "no-committed-adult", .warning, nil,
                    "The FGC was held on \(fgc) and no adult is committed in the plan.")
            } else if committed.count == 1 {
                add(
                    "single-committed-adult", .warning, committed.first,
                    "Only one adult (\(committed.first!)) is committed in the plan.")
            }
            if youngPerson.planAgreedDate == nil, today.days(since: fgc) > thresholds.planAgreementDays {
                add(
                    "plan-not-agreed", .warning, nil,
                    "The FGC was \(today.days(since: fgc)) days ago and the plan is not agreed yet.")
            }
            let kinds = Set(network.commitments.map(\.support))
            for support in [SupportKind.emotional, .practical, .emergency, .celebrations] where !kinds.contains(support)
            {
                add(
                    "no-support:\(support.rawValue)", .info, nil,
                    "No one in the plan has committed to \(support.title).")
            }
        }
        for commitment in network.commitments {
            if commitment.responsible == nil {
                add(
                    "commitment-without-responsible", .warning, commitment.connection,
                    "No one is responsible for \(commitment.connection)'s \(commitment.support.rawValue) commitment.")
            }
            if commitment.frequency == nil {
                add(
                    "commitment-without-frequency", .warning, commitment.connection,
                    "\(commitment.connection)'s \(commitment.support.rawValue) commitment does not say how often.")
            }
        }
        if let review = youngPerson.nextReviewDate, review < today {
            add(
                "review-overdue", .warning, nil,
                "The review was due on \(review), \(today.days(since: review)) days ago.")
        }
    }

    /// Searches that have stopped moving, and people ready for an invitation.
    func searchGaps(_ network: CaseNetwork, _ today: Day, _ add: Add) {
        let lastActivity = GapAnalysis.lastActivity(network)
        let active: Set<SearchStage> = [.identified, .searching, .located, .contacted, .visited, .willing, .invited]
        // Someone the young person does not want contacted, or assessed unsafe, is not being searched for.
        for person in network.connections
        where active.contains(person.stage) && person.wishes != .noContact && person.safety != .unsafe {
            let last = lastActivity[person.id] ?? person.stageDate ?? network.youngPerson.referralDate
            if today.days(since: last) > thresholds.stalledSearchDays {
                add(
                    "stalled-search", .warning, person.id,
                    "\(person.id) has been at \(person.stage.rawValue) with nothing recorded for \(today.days(since: last)) days."
                )
            }
        }
        if network.youngPerson.conferenceDate != nil {
            for person in network.connections where person.stage == .willing {
                add(
                    "willing-not-invited", .warning, person.id,
                    "\(person.id) is willing to support but not yet invited to the FGC.")
            }
        }
    }

    /// Whole sides of the family, kinds of people, and time running out.
    func breadthGaps(_ network: CaseNetwork, _ today: Day, _ add: Add) {
        let family = network.connections.filter { $0.category == .family }
        if !family.contains(where: { $0.side == .maternal || $0.side == .both }) {
            add("maternal-side-unexplored", .info, nil, "No one from the mother's side of the family is recorded.")
        }
        if !family.contains(where: { $0.side == .paternal || $0.side == .both }) {
            add("paternal-side-unexplored", .info, nil, "No one from the father's side of the family is recorded.")
        }
        if !network.connections.isEmpty && family.count == network.connections.count {
            add("no-non-family", .info, nil, "Everyone recorded is family: no carers, school, friends or community.")
        }
        let youngPerson = network.youngPerson
        let months =
            (today.year - youngPerson.dateOfBirth.year) * 12 + today.month - youngPerson.dateOfBirth.month
            - (today.day < youngPerson.dateOfBirth.day ? 1 : 0)
        if months >= thresholds.leavingCareAgeMonths && youngPerson.planAgreedDate == nil {
            add(
                "leaving-care-soon", .info, nil,
                "The young person is \(months / 12) and \(months % 12) months old and has no agreed plan.")
        }
    }

    /// The date each connection first reached contacted or beyond, from the history.
    static func firstContact(_ network: CaseNetwork) -> [String: Day] {
        var first: [String: Day] = [:]
        for change in network.history where change.stage.isInContact {
            guard let date = change.date else { continue }
            if let known = first[change.connection], known <= date { continue }
            first[change.connection] = date
        }
        return first
    }

    /// Why contact on `day` lacked consent, or nil when consent and agreement stood that day.
    static func consentProblem(_ consent: Consent, _ day: Day?) -> String? {
        guard let parental = consent.parentalResponsibility else {
            return "but the parental-responsibility holder's consent is not recorded"
        }
        guard let agreed = consent.youngPerson else { return "but the young person's agreement is not recorded" }
        guard let day else { return nil }
        if day < parental { return "on \(day), before the parental-responsibility holder consented on \(parental)" }
        if day < agreed { return "on \(day), before the young person agreed on \(agreed)" }
        if let withdrawn = consent.withdrawn, withdrawn <= day {
            return "on \(day), after consent was withdrawn on \(withdrawn)"
        }
        return nil
    }

    /// The latest stage change or logged event for each connection.
    static func lastActivity(_ network: CaseNetwork) -> [String: Day] {
        var last: [String: Day] = [:]
        for change in network.history {
            guard let date = change.date else { continue }
            if let known = last[change.connection], known >= date { continue }
            last[change.connection] = date
        }
        for event in network.events {
            if let known = last[event.connection], known >= event.date { continue }
            last[event.connection] = event.date
        }
        return last
    }
}
