import Hummingbird
import HummingbirdBcrypt
import LifelinksModel
import LifelinksStore

/// Accounts, for admins: who can sign in, with which roles, and adding or changing one.
struct AccountPages {
    let state: ServerState

    func add(to router: Router<AppContext>) {
        let view = PageView(state: state)
        let gate = CaseGate(state: state)
        router.get("/accounts") { _, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.manageUsers, by: member, detail: "accounts")
            return try page(view, context)
        }
        router.post("/accounts") { request, context -> Response in
            let member = try context.requireIdentity()
            let fields = try await FormInput.read(request)
            let name = (fields["name"] ?? "").trimmingSpaces()
            try gate.require(.manageUsers, by: member, detail: "account saved")
            let roles = Set(Role.allCases.filter { fields["role-\($0.rawValue)"] == "on" })
            let password = fields["password"] ?? ""
            let refusal: String? =
                name.isEmpty
                ? "A name is needed."
                : roles.isEmpty
                    ? "Choose at least one role."
                    : password.count < 10 ? "The password must be at least 10 characters." : nil
            if let refusal {
                return try page(view, context, refusal: refusal + " No account was changed.", status: .badRequest)
            }
            try state.store.saveStaff(StaffMember(name: name, roles: roles), passwordHash: Bcrypt.hash(password))
            return try page(view, context, notice: "Saved the account \(name).")
        }
    }

    func page(
        _ view: PageView, _ context: AppContext, refusal: String? = nil, notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        var data: [String: Any] = [
            "csrf": context.sessions.session?.csrf ?? "",
            "accounts": try state.store.staff().map { member -> [String: Any] in
                ["name": member.name, "roles": member.roles.map(\.rawValue).sorted().joined(separator: ", ")]
            },
            "roles": Role.allCases.map { ["value": $0.rawValue] },
        ]
        if let refusal { data["refusal"] = refusal }
        return view.render("accounts", title: "Accounts", data, context: context, notice: notice, status: status)
    }
}
