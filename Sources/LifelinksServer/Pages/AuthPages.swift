import Foundation
import Hummingbird
import HummingbirdAuth
import HummingbirdBcrypt
import LifelinksModel
import LifelinksStore

/// Signing in and out.
struct AuthPages {
    let state: ServerState

    func add(to router: Router<AppContext>) {
        let view = PageView(state: state)
        router.get("/login") { _, context -> Response in
            view.render("login", title: "Sign in", [:], context: context)
        }
        router.post("/login") { request, context -> Response in
            let fields = try await FormInput.read(request)
            let name = (fields["name"] ?? "").trimmingSpaces()
            let password = fields["password"] ?? ""
            guard await state.throttle.wait(for: name) else {
                return view.render(
                    "login", title: "Sign in",
                    ["refusal": "Too many failed attempts for this name. Try again in fifteen minutes."],
                    context: context, status: .tooManyRequests)
            }
            let account = try state.store.staffAccount(named: name)
            // The hash is checked even for an unknown name, so timing does not tell which names exist.
            let valid = Bcrypt.verify(password, hash: account?.passwordHash ?? AuthPages.decoyHash)
            guard let account, valid, !name.isEmpty else {
                await state.throttle.failed(name)
                return view.render(
                    "login", title: "Sign in", ["refusal": "That name and password do not match an account."],
                    context: context, status: .unauthorized)
            }
            await state.throttle.succeeded(name)
            context.sessions.createSession(WebSession(staff: account.member.name))
            try state.store.audit(AuditEntry(at: AuditEntry.now(), staff: account.member.name, action: "sign-in"))
            // An admin with no other role has no caseload to see: their page is the accounts.
            let home = Access.allows(account.member, .viewCaseload) ? "/" : "/accounts"
            return .redirect(to: home, type: .normal)

        }
        router.post("/logout") { _, context -> Response in
            context.sessions.clearSession()
            return Response.redirect(to: "/login", type: .normal)
        }
    }

    /// A bcrypt hash of nothing anyone can type, checked when the name is unknown.
    static let decoyHash = Bcrypt.hash(WebSession.newToken(), cost: 12)
}
