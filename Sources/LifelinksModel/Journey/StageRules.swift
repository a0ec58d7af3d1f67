/// The rules a stage change must pass, the same for every interface.
///
/// Each refusal names its rule and says why in a sentence a coordinator understands.
public enum StageRules {
    /// A proposed change to one connection in one case.
    public struct Proposal: Sendable {
        public var youngPerson: YoungPersonCase
        public var connection: Connection
        public var stage: SearchStage
        public var date: Day
        /// Going back on the journey is allowed only as a correction with a reason.
        public var correction: Bool
        public var reason: String?

        public init(
            youngPerson: YoungPersonCase, connection: Connection, stage: SearchStage, date: Day,
            correction: Bool = false, reason: String? = nil
        ) {
            self.youngPerson = youngPerson
            self.connection = connection
            self.stage = stage
            self.date = date
            self.correction = correction
            self.reason = reason
        }
    }

    /// Why a change was refused.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        case unchanged(SearchStage)
        case backwards(from: SearchStage, to: SearchStage)
        case correctionNeedsReason
        case caseWithdrawn(Day)
        case noConsent(missing: String)
        case safetyNotAssessed
        case assessedUnsafe
        case againstWishes
        case beforeReferral(Day)

        /// The rule's short name, stable for scripts and tests.
        public var rule: String {
            switch self {
            case .unchanged: "unchanged"
            case .backwards: "forward-only"
            case .correctionNeedsReason: "correction-reason"
            case .caseWithdrawn: "consent-withdrawn"
            case .noConsent: "consent-required"
            case .safetyNotAssessed: "safety-assessment-required"
            case .assessedUnsafe: "unsafe"
            case .againstWishes: "young-person-wishes"
            case .beforeReferral: "date-before-referral"
            }
        }

        public var description: String {
            switch self {
            case .unchanged(let stage):
                "This connection is already at \(stage.title)."
            case .backwards(let from, let to):
                "A search only moves forward: going back from \(from.title) to \(to.title) can only be recorded as a correction, with a reason."
            case .correctionNeedsReason:
                "A correction needs a reason, so the history explains itself."
            case .caseWithdrawn(let day):
                "Consent or the young person's agreement was withdrawn on \(day); searches in this case can only be closed."
            case .noConsent(let missing):
                "No one can be contacted until \(missing) is recorded for this case."
            case .safetyNotAssessed:
                "This person's safety has not been assessed yet; assess it before contact, an invitation or a commitment."
            case .assessedUnsafe:
                "This person has been assessed as unsafe, so they cannot be contacted, invited or included in the plan."
            case .againstWishes:
                "The young person does not want contact with this person."
            case .beforeReferral(let day):
                "The date is before the referral on \(day)."
            }
        }
    }

    /// Nil when the change may be made, else the first rule it breaks.
    public static func check(_ proposal: Proposal) -> Refusal? {
        let current = proposal.connection.stage
        let target = proposal.stage
        if target == current { return .unchanged(current) }
        // Once withdrawn, whatever date a change is given, the case only closes: searches may end, nothing moves on.
        if let withdrawn = proposal.youngPerson.consent.withdrawn, !target.isEnd {
            return .caseWithdrawn(withdrawn)
        }
        if proposal.date < proposal.youngPerson.referralDate {
            return .beforeReferral(proposal.youngPerson.referralDate)
        }
        if isBackwards(from: current, to: target) {
            guard proposal.correction else { return .backwards(from: current, to: target) }
            guard let reason = proposal.reason, !reason.trimmingSpaces().isEmpty else {
                return .correctionNeedsReason
            }
        }
        if target.isInContact {
            return contactGate(proposal.youngPerson, proposal.connection, on: proposal.date)
        }
        return nil
    }

    /// The gate for contact and beyond: consent, agreement, safety and wishes.
    public static func contactGate(_ youngPerson: YoungPersonCase, _ connection: Connection, on day: Day)
        -> Refusal?
    {
        let consent = youngPerson.consent
        if consent.parentalResponsibility.map({ $0 > day }) ?? true {
            return .noConsent(missing: "the parental-responsibility holder's consent")
        }
        if consent.youngPerson.map({ $0 > day }) ?? true {
            return .noConsent(missing: "the young person's agreement")
        }
        switch connection.safety {
        case .unassessed: return .safetyNotAssessed
        case .unsafe: return .assessedUnsafe
        case .safe, .conditional: break
        }
        if connection.wishes == .noContact { return .againstWishes }
        return nil
    }

    /// Moving from an end back onto the journey, or to an earlier step, goes backwards.
    static func isBackwards(from current: SearchStage, to target: SearchStage) -> Bool {
        if target.isEnd { return false }
        guard let from = current.step, let to = target.step else { return true }
        return to < from
    }
}
