import ArgumentParser
import Foundation
import HummingbirdBcrypt
import LifelinksModel
import LifelinksStore

extension Lifelinks {
    struct User: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage the accounts that sign in to the web app.", subcommands: [Add.self, List.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add an account, or give an existing one new roles and a new password.",
                discussion: """
                    The name is how the person is written on the cases they hold (a case's coordinator or social \
                    worker). The password is read from standard input (one line), or asked for on a terminal.
                    """)

            @OptionGroup var store: StoreOptions
            @Argument(help: "The person's name, as on their cases.") var name: String
            @Option(help: "admin, manager, coordinator or social-worker; repeat for more than one.")
            var role: [Role] = []

            func run() throws {
                guard !role.isEmpty else { throw ValidationError("give at least one --role (\(Role.spellings))") }
                let password = try User.readPassword()
                guard password.count >= 10 else {
                    throw CommandFailure("The password must be at least 10 characters. No account was changed.")
                }
                try store.open().saveStaff(
                    StaffMember(name: name.trimmingSpaces(), roles: Set(role)), passwordHash: Bcrypt.hash(password))
                print(
                    "Saved the account \(name.trimmingSpaces()) (\(role.map(\.rawValue).sorted().joined(separator: ", ")))."
                )
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the accounts and their roles.")
            @OptionGroup var store: StoreOptions

            func run() throws {
                let staff = try store.open().staff()
                if staff.isEmpty { print("No accounts yet.") }
                for member in staff {
                    print("\(member.name): \(member.roles.map(\.rawValue).sorted().joined(separator: ", "))")
                }
            }
        }

        static func readPassword() throws -> String {
            if isatty(STDIN_FILENO) != 0 {
                guard let typed = getpass("Password (not shown): ") else { throw CommandFailure("No password given.") }
                return String(cString: typed)
            }
            return readLine(strippingNewline: true) ?? ""
        }
    }

    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read the audit trail: every view of a case, every change and every export in the web app.")

        @OptionGroup var store: StoreOptions
        @Option(name: .customLong("case"), help: "Only this case.") var reference: String?
        @Option(help: "Only this member of staff.") var user: String?
        @Flag(help: "Print JSON instead of text.") var json = false

        func run() throws {
            let entries = try store.open().auditTrail(case: reference, staff: user)
            if json {
                print(try JSONOutput.text(entries))
                return
            }
            if entries.isEmpty { print("Nothing recorded.") }
            var table = [["When", "Who", "What", "Case", "Detail"]]
            for entry in entries {
                table.append([entry.at, entry.staff, entry.action, entry.caseReference ?? "-", entry.detail ?? ""])
            }
            if !entries.isEmpty { print(TextTable.render(table)) }
        }
    }
}

extension Role: ExpressibleByArgument {}
