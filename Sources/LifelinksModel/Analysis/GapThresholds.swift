/// The numbers the gap checks use, in one place, with the practice's defaults.
public struct GapThresholds: Hashable, Sendable, Codable {
    /// A plan not agreed this many days after the FGC is a gap.
    public var planAgreementDays = 28
    /// A search with no change or logged activity for longer than this has stalled.
    public var stalledSearchDays = 42
    /// From this age, in months (17½ years), a young person with no agreed plan is leaving care soon.
    public var leavingCareAgeMonths = 210

    public init() {}
}
