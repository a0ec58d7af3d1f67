/// Who an output is for. What each audience may see is decided here, once, before anything is drawn.
public enum Audience: String, PracticeTerm {
    /// Coordinators and professionals: everything.
    case professional
    /// The allocated social worker: everything but the coordinator's private notes.
    case socialWorker = "social-worker"
    /// Shared with the family at and after the FGC.
    case family
    /// The young person: what the family sees, in the words they chose, with no safety language.
    case youngPerson = "young-person"

    /// What this audience may be shown.
    public var disclosure: Disclosure {
        switch self {
        case .professional:
            .everything
        case .socialWorker:
            Disclosure(
                gatedPeople: true, privateNotes: false, reasons: true, safety: true, contactDetails: true,
                datesOfBirth: true, caseReference: true, gaps: true, plainWords: false)
        case .family:
            Disclosure(
                gatedPeople: false, privateNotes: false, reasons: false, safety: false, contactDetails: false,
                datesOfBirth: false, caseReference: false, gaps: false, plainWords: false)
        case .youngPerson:
            Disclosure(
                gatedPeople: false, privateNotes: false, reasons: false, safety: false, contactDetails: false,
                datesOfBirth: false, caseReference: false, gaps: false, plainWords: true)
        }
    }

    /// Who a report says it is for, in its header.
    public var title: String {
        switch self {
        case .professional: "Professionals"
        case .socialWorker: "The social worker"
        case .family: "The family"
        case .youngPerson: "The young person"
        }
    }

    /// The network as this audience may see it on `day` (the day decides the young person's age).
    ///
    /// Without `gatedPeople` it leaves out anyone assessed unsafe or not yet
    /// assessed (DESIGN.md: such a person is never shown in an output for the
    /// family), anyone the young person does not want contacted, anyone at
    /// do-not-contact, and everything that would name or point to someone left
    /// out. Each other part of `disclosure` that is false removes that kind of
    /// detail from the data itself, so no output can show it by mistake.
    public func view(of network: CaseNetwork, on day: Day) -> CaseNetwork {

        let rules = disclosure
        guard rules != .everything else { return network }
        var shown = rules.gatedPeople ? network : Audience.withoutGatedPeople(network)
        shown.disclosure = rules
        if !rules.privateNotes { shown.removePrivateNotes() }
        if !rules.reasons { shown.removeReasons() }
        if !rules.contactDetails { shown.removeContactDetails() }
        if !rules.safety { shown.removeSafetyAssessments() }

        if !rules.datesOfBirth { shown.removeDatesOfBirth(keepingAgeOn: day) }
        if !rules.caseReference { shown.youngPerson.reference = Audience.sharedReference(network.youngPerson) }
        if rules.plainWords { shown.describeInOwnWords() }
        return shown
    }

    /// The network as this audience may see it today.
    public func view(of network: CaseNetwork) -> CaseNetwork {
        view(of: network, on: .today())
    }

    /// What stands for the case reference where it is withheld: the young person's own name.
    static func sharedReference(_ youngPerson: YoungPersonCase) -> String {
        youngPerson.displayName
    }

    /// Whether someone may be shown where gated people are not.
    static func familyMaySee(_ connection: Connection) -> Bool {
        connection.safety.allowsContact && connection.wishes != .noContact
            && connection.stage != .doNotContact
    }
}
