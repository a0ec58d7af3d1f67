/// What someone asks to do in the web app.
public enum Action: String, CaseIterable, Sendable, Codable {
    /// See a case: its network, gaps, history and plan.
    case viewCase = "view-case"
    /// Change a case: connections, stages, the log.
    case changeCase = "change-case"
    /// Record that the social worker agrees the plan.
    case agreePlan = "agree-plan"
    /// Write a report or export of a case.
    case exportCase = "export-case"
    /// See the caseload figures (team and cohort) across cases.
    case viewCaseload = "view-caseload"
    /// Import spreadsheets or a family tree.
    case importData = "import-data"
    /// Add and change accounts.
    case manageUsers = "manage-users"
    /// Read the audit trail.
    case readAudit = "read-audit"
}

/// Who may do what, decided here and nowhere else.
///
/// - coordinators see, change and export only the cases they coordinate, and import;
/// - social workers see and export their allocated cases and may record plan agreement;
/// - managers see and export every case and the caseload figures, read-only, and read the audit;
/// - admins manage accounts and see no case data unless they also hold another role.
public enum Access {
    /// Whether `member` may do `action`, on `youngPerson` when the action is about one case.
    public static func allows(_ member: StaffMember, _ action: Action, on youngPerson: YoungPersonCase? = nil) -> Bool {
        let roles = member.roles
        switch action {
        case .viewCase, .exportCase:
            guard let youngPerson else { return false }
            return roles.contains(.manager) || member.holds(youngPerson, as: .coordinator)
                || member.holds(youngPerson, as: .socialWorker)
        case .changeCase:
            guard let youngPerson else { return false }
            return member.holds(youngPerson, as: .coordinator)
        case .agreePlan:
            guard let youngPerson else { return false }
            return member.holds(youngPerson, as: .socialWorker)
        case .viewCaseload:
            return !roles.isDisjoint(with: [.manager, .coordinator, .socialWorker])
        case .importData:
            return roles.contains(.coordinator)
        case .manageUsers:
            return roles.contains(.admin)
        case .readAudit:
            return roles.contains(.manager) || roles.contains(.admin)
        }
    }

    /// The cases of `cases` that `member` may see.
    public static func visible(_ cases: [YoungPersonCase], to member: StaffMember) -> [YoungPersonCase] {
        cases.filter { allows(member, .viewCase, on: $0) }
    }
}
