import Hummingbird
import LifelinksModel
import LifelinksStore

/// The one door to a case: every page and API route that touches a case comes through here, which
/// checks `Access` for the signed-in member of staff and writes the audit trail, before any data is read
/// out. A case that is not theirs answers exactly as a case that does not exist.
struct CaseGate {
    let state: ServerState

    /// The case's network if `member` may do `action` on it; audited either way.
    func open(_ reference: String, for action: Action, by member: StaffMember, detail: String? = nil) throws
        -> CaseNetwork
    {
        _ = try authorize(reference, for: action, by: member, detail: detail)
        guard let network = try state.store.network(reference) else {
            throw HTTPError(.notFound, message: "There is no such case that you can open.")
        }
        return network
    }

    /// The case itself (not yet its network) if `member` may do `action` on it; audited either way.
    func authorize(_ reference: String, for action: Action, by member: StaffMember, detail: String? = nil) throws
        -> YoungPersonCase
    {
        let youngPerson = try state.store.youngPersonCase(reference)
        guard let youngPerson, Access.allows(member, action, on: youngPerson) else {
            try record(member, "refused:\(action.rawValue)", reference, detail)
            // Someone who may see the case is told their role does not allow this; anyone else learns
            // nothing, not even that the case exists.
            if let youngPerson, Access.allows(member, .viewCase, on: youngPerson) {
                throw HTTPError(.forbidden, message: "Your role does not allow this on this case. Nothing was changed.")
            }
            throw HTTPError(.notFound, message: "There is no such case that you can open.")
        }
        try record(member, GateAudit.verb(action), reference, detail)
        return youngPerson
    }

    /// Checks an action that is not about one case (the caseload, imports, accounts, the audit).
    func require(_ action: Action, by member: StaffMember, detail: String? = nil) throws {
        guard Access.allows(member, action) else {
            try record(member, "refused:\(action.rawValue)", nil, detail)
            throw HTTPError(.forbidden, message: "Your role does not allow this.")
        }
        try record(member, GateAudit.verb(action), nil, detail)
    }

    /// The cases `member` may see, for lists and caseload pages.
    func visibleNetworks(for member: StaffMember) throws -> [CaseNetwork] {
        try state.store.networks().filter { Access.allows(member, .viewCase, on: $0.youngPerson) }
    }

    func record(_ member: StaffMember, _ action: String, _ reference: String?, _ detail: String?) throws {
        try state.store.audit(
            AuditEntry(
                at: AuditEntry.now(), staff: member.name, action: action, caseReference: reference, detail: detail))
    }
}

enum GateAudit {
    static func verb(_ action: Action) -> String {
        switch action {
        case .viewCase: "view"
        case .changeCase, .agreePlan: "change"
        case .exportCase: "export"
        case .viewCaseload: "view-caseload"
        case .importData: "import"
        case .manageUsers: "manage-users"
        case .readAudit: "read-audit"
        }
    }
}
