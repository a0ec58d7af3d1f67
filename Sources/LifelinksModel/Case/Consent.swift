/// The two agreements Lifelong Links needs before anyone is contacted, and their withdrawal.
///
/// The holder of parental responsibility consents to the referral and the
/// young person agrees; either may be withdrawn, and then the work stops.
public struct Consent: Hashable, Sendable, Codable {
    /// When the holder of parental responsibility consented.
    public var parentalResponsibility: Day?
    /// When the young person agreed.
    public var youngPerson: Day?
    /// When consent or agreement was withdrawn.
    public var withdrawn: Day?

    public init(parentalResponsibility: Day? = nil, youngPerson: Day? = nil, withdrawn: Day? = nil) {
        self.parentalResponsibility = parentalResponsibility
        self.youngPerson = youngPerson
        self.withdrawn = withdrawn
    }

    /// True when both agreements stand on `day` and neither has been withdrawn by then.
    public func isGiven(on day: Day) -> Bool {
        guard let consent = parentalResponsibility, let agreed = youngPerson else { return false }
        if let withdrawn, withdrawn <= day { return false }
        return consent <= day && agreed <= day
    }
}
