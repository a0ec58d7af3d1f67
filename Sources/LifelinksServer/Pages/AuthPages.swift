import Foundation
import Hummingbird
import HummingbirdAuth
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
            switch try await SignIn(state: state).attempt(
                name: fields["name"] ?? "", password: fields["password"] ?? "", context: context)
            {
            case .locked:
                return view.render(
                    "login", title: "Sign in", ["refusal": SignIn.locked], context: context, status: .tooManyRequests)
            case .wrong:
                return view.render(
                    "login", title: "Sign in", ["refusal": SignIn.wrong], context: context, status: .unauthorized)
            case .signedIn(let member, _):
                // An admin with no other role has no caseload to see: their page is the accounts.
                return .redirect(to: Access.allows(member, .viewCaseload) ? "/" : "/accounts", type: .normal)
            }
        }
        router.post("/logout") { _, context -> Response in
            context.sessions.clearSession()
            return Response.redirect(to: "/login", type: .normal)
        }
    }
}
