import LifelinksModel

/// The four reports, and how each is made: the one place the command line, `demo` and the web app
/// turn a choice of report into a document and a file name.
public enum ReportKind: String, CaseIterable, Sendable {
    case plan
    case review
    case team
    case cohort

    /// Plan and review are for one case; team and cohort cover every case given.
    public var isForOneCase: Bool { self == .plan || self == .review }

    /// The report over `networks` (exactly one for plan and review) as `audience` may see it on `day`.
    public func document(_ networks: [CaseNetwork], audience: Audience, on day: Day) throws(ReportError)
        -> ReportDocument
    {
        switch self {
        case .plan, .review:
            guard networks.count == 1 else { throw ReportError("a \(rawValue) report is for one case") }
            return self == .plan
                ? try PlanReport.document(networks[0], audience: audience, on: day)
                : try ReviewReport.document(networks[0], audience: audience, on: day)
        case .team: return TeamReport.document(networks, audience: audience, on: day)
        case .cohort: return CohortReport.document(networks, audience: audience, on: day)
        }
    }

    /// `CASE-plan-family`, or `team-professional` for the reports that cover every case.
    public func fileStem(reference: String?, audience: Audience) -> String {
        guard isForOneCase, let reference else { return "\(rawValue)-\(audience.rawValue)" }
        return "\(FileNames.safe(reference))-\(rawValue)-\(audience.rawValue)"
    }
}
