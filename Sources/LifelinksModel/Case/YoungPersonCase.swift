/// One young person's Lifelong Links work: who they are, who holds the case, and its key dates.
public struct YoungPersonCase: Hashable, Sendable, Codable, Identifiable {
    /// The case reference, unique in a database.
    public var reference: String
    public var name: String
    /// What the young person likes to be called, when it differs from `name`.
    public var preferredName: String?
    public var dateOfBirth: Day
    public var status: CareStatus
    /// Allocated social worker, or personal adviser for a care leaver.
    public var socialWorker: String?
    public var coordinator: String?
    public var referralDate: Day
    public var consent: Consent
    /// The family group conference, once held or set.
    public var conferenceDate: Day?
    /// When the social worker agreed the plan.
    public var planAgreedDate: Day?
    public var nextReviewDate: Day?
    /// The young person's sex as recorded, for the genogram.
    public var sex: Sex?

    public var id: String { reference }

    public init(
        reference: String, name: String, preferredName: String? = nil, dateOfBirth: Day,
        status: CareStatus, socialWorker: String? = nil, coordinator: String? = nil,
        referralDate: Day, consent: Consent = Consent(), conferenceDate: Day? = nil,
        planAgreedDate: Day? = nil, nextReviewDate: Day? = nil, sex: Sex? = nil
    ) {
        self.reference = reference
        self.name = name
        self.preferredName = preferredName
        self.dateOfBirth = dateOfBirth
        self.status = status
        self.socialWorker = socialWorker
        self.coordinator = coordinator
        self.referralDate = referralDate
        self.consent = consent
        self.conferenceDate = conferenceDate
        self.planAgreedDate = planAgreedDate
        self.nextReviewDate = nextReviewDate
        self.sex = sex
    }

    /// The name to show: the preferred name when there is one.
    public var displayName: String { preferredName ?? name }

    public func age(on day: Day) -> Int { day.years(since: dateOfBirth) }
}
