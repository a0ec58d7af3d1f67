/// Where the search for one connection stands: a forward journey, or one of four ends.
public enum SearchStage: String, PracticeTerm, Comparable {
    case identified
    case searching
    case located
    case contacted
    case visited
    case willing
    case invited
    case attended
    case committed
    case declined
    case notFound = "not-found"
    case deceased
    case doNotContact = "do-not-contact"

    /// The stages of the journey in order; the ends are not on it.
    public static let journey: [SearchStage] = [
        .identified, .searching, .located, .contacted, .visited, .willing, .invited, .attended,
        .committed,
    ]

    /// The four ways a search can end other than in a commitment.
    public static let ends: [SearchStage] = [.declined, .notFound, .deceased, .doNotContact]

    /// Position on the journey; nil for an end.
    public var step: Int? { SearchStage.journey.firstIndex(of: self) }

    public var isEnd: Bool { step == nil }

    /// Contacted or further on: the person has been approached.
    public var isInContact: Bool {
        guard let step else { return false }
        return step >= SearchStage.contacted.step!
    }

    /// What a reader sees, in words.
    public var title: String {
        switch self {
        case .identified: "identified"
        case .searching: "searching"
        case .located: "located"
        case .contacted: "contacted"
        case .visited: "visited"
        case .willing: "willing to support"
        case .invited: "invited to the FGC"
        case .attended: "attended the FGC"
        case .committed: "committed in the plan"
        case .declined: "declined"
        case .notFound: "not found"
        case .deceased: "deceased"
        case .doNotContact: "do not contact"
        }
    }

    /// The four phases an ecomap distinguishes by border, so stage reads in black and white.
    public var phase: StagePhase {
        switch self {
        case .identified, .searching, .located: .finding
        case .contacted, .visited, .willing: .inTouch
        case .invited, .attended: .conference
        case .committed: .committed
        case .declined, .notFound, .deceased, .doNotContact: .ended
        }
    }

    public static func < (lhs: SearchStage, rhs: SearchStage) -> Bool {
        let order = journey + ends
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}

/// Groups of stages drawn alike on an ecomap.
public enum StagePhase: String, CaseIterable, Sendable {
    case finding
    case inTouch = "in-touch"
    case conference
    case committed
    case ended

    public var title: String {
        switch self {
        case .finding: "still to reach: identified, searching, located"
        case .inTouch: "in touch: contacted, visited, willing"
        case .conference: "invited to or attended the FGC"
        case .committed: "committed in the plan"
        case .ended: "ended: declined, not found, deceased, do not contact"
        }
    }

    /// The title for a key shown to an audience; where gated people are withheld, so is do-not-contact.
    public func title(for disclosure: Disclosure) -> String {
        self == .ended && !disclosure.gatedPeople ? "ended: declined, not found, deceased" : title
    }

}
