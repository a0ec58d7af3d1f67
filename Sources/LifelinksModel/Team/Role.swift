/// What a member of staff does in the service, which decides what they may see and change.
public enum Role: String, PracticeTerm {
    /// Manages accounts; sees no case unless also given another role.
    case admin
    /// Sees every case, changes none.
    case manager
    /// Runs the search and the FGC for the cases they coordinate.
    case coordinator
    /// Holds their allocated cases, and agrees the plan.
    case socialWorker = "social-worker"
}

/// Someone who signs in to the team web app.
public struct StaffMember: Hashable, Sendable, Codable {
    /// As it is written on the cases they hold (a case's coordinator or social worker), and to sign in.
    public var name: String
    public var roles: Set<Role>

    public init(name: String, roles: Set<Role>) {
        self.name = name
        self.roles = roles
    }

    /// Whether this person is the case's coordinator or social worker, by name (ignoring case and spaces).
    func holds(_ youngPerson: YoungPersonCase, as role: Role) -> Bool {
        let holder: String? =
            switch role {
            case .coordinator: youngPerson.coordinator
            case .socialWorker: youngPerson.socialWorker
            case .admin, .manager: nil
            }
        guard roles.contains(role), let holder else { return false }
        return StaffMember.sameName(holder, name)
    }

    static func sameName(_ a: String, _ b: String) -> Bool {
        a.trimmingSpaces().lowercased() == b.trimmingSpaces().lowercased()
    }
}
