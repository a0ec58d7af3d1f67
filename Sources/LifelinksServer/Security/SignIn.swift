import HummingbirdBcrypt
import LifelinksModel
import LifelinksStore

/// Checking a name and password, for the sign-in form and the API alike: throttled, timed the same
/// for unknown names, starting the session and writing the audit trail when it succeeds.
struct SignIn {
    enum Outcome {
        case signedIn(StaffMember, WebSession)
        case locked
        case wrong
    }

    let state: ServerState

    func attempt(name: String, password: String, context: AppContext) async throws -> Outcome {
        let name = name.trimmingSpaces()
        guard await state.throttle.wait(for: name) else { return .locked }
        let account = name.isEmpty ? nil : try state.store.staffAccount(named: name)
        // The hash is checked even for an unknown name, so timing does not tell which names exist.
        let valid = Bcrypt.verify(password, hash: account?.passwordHash ?? SignIn.decoyHash)
        guard let account, valid else {
            await state.throttle.failed(name)
            return .wrong
        }
        await state.throttle.succeeded(name)
        let session = WebSession(staff: account.member.name)
        context.sessions.createSession(session)
        try state.store.audit(AuditEntry(at: AuditEntry.now(), staff: account.member.name, action: "sign-in"))
        return .signedIn(account.member, session)
    }

    static let locked = "Too many failed attempts for this name. Try again in fifteen minutes."
    static let wrong = "That name and password do not match an account."

    /// A bcrypt hash of nothing anyone can type, checked when the name is unknown.
    static let decoyHash = Bcrypt.hash(WebSession.newToken(), cost: 12)
}
