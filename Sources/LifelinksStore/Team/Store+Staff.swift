import Foundation
import GRDB
import LifelinksModel

/// A staff account as stored: the member and their password's bcrypt hash.
public struct StaffAccount: Hashable, Sendable {
    public var member: StaffMember
    public var passwordHash: String
}

extension Store {
    /// Adds an account, or gives an existing one new roles and a new password.
    public func saveStaff(_ member: StaffMember, passwordHash: String) throws(StoreError) {
        guard !member.name.trimmingSpaces().isEmpty else { throw StoreError("a name is needed") }
        guard !member.roles.isEmpty else { throw StoreError("give at least one role (\(Role.spellings))") }
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO staff (name, password_hash, created) VALUES (?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash
                    """, arguments: [member.name, passwordHash, Day.today().description])
            try db.execute(sql: "DELETE FROM staff_roles WHERE name = ?", arguments: [member.name])
            for role in member.roles.sorted(by: { $0.rawValue < $1.rawValue }) {
                try db.execute(
                    sql: "INSERT INTO staff_roles (name, role) VALUES (?, ?)", arguments: [member.name, role.rawValue])
            }
        }
    }

    /// The account with this name (compared without regard to case), or nil.
    public func staffAccount(named name: String) throws(StoreError) -> StaffAccount? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT name, password_hash FROM staff WHERE lower(name) = lower(?)",
                    arguments: [name.trimmingSpaces()])
            else { return nil }
            let stored: String = row["name"]
            let roles = try String.fetchAll(
                db, sql: "SELECT role FROM staff_roles WHERE name = ?", arguments: [stored]
            ).compactMap(Role.init(rawValue:))
            return StaffAccount(
                member: StaffMember(name: stored, roles: Set(roles)), passwordHash: row["password_hash"])
        }
    }

    /// Every account's member, by name.
    public func staff() throws(StoreError) -> [StaffMember] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT name, role FROM staff_roles ORDER BY name, role")
            var members: [String: Set<Role>] = [:]
            for row in rows {
                if let role = Role(rawValue: row["role"]) { members[row["name"], default: []].insert(role) }
            }
            return members.keys.sorted().map { StaffMember(name: $0, roles: members[$0]!) }
        }
    }
}
