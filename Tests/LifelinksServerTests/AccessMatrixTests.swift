import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LifelinksModel
import LifelinksServer
import LifelinksStore
import Testing

/// Every case route × every role × their own case and someone else's: the status each gets, and that
/// no other case's data is in any answer.
@Suite("Who may do what: the access matrix")
struct AccessMatrixTests {
    typealias Person = ServerWorld.Person

    /// A case of their own (where their role has one) and a case that is not theirs.
    static func cases(for person: Person) -> (own: String, other: String) {
        switch person {
        case .coordinator: ("LL-2026-024", "LL-2026-071")  // LL-2026-071 is Sanjay Mistry's
        case .socialWorker: ("LL-2026-024", "LL-2026-071")  // LL-2026-071's social worker is Helen Pryce
        case .manager, .admin: ("LL-2026-024", "LL-2026-071")
        }
    }

    /// Words that belong only to LL-2026-071 (Mara's case), which nobody but the manager may see.
    static let otherCaseWords = ["LL-2026-071", "Amara", "Comfort Nwosu", "Bernadette Walsh", "Piotr Kowalczyk"]

    enum Kind: String, CaseIterable {
        case view, change, agree, export
    }

    struct Route: Sendable {
        var kind: Kind
        var method: HTTPRequest.Method
        var path: String
        var form: [String: String]?
        var json: String?

        func uri(_ reference: String) -> String {
            path.replacingOccurrences(of: "{case}", with: reference)
        }
    }

    /// Each case route, with the connection it names in both sample cases.
    static let routes: [Route] = [
        Route(kind: .view, method: .get, path: "/cases/{case}"),
        Route(kind: .view, method: .get, path: "/cases/{case}/connections/{connection}"),
        Route(kind: .view, method: .get, path: "/cases/{case}/plan"),
        Route(kind: .view, method: .get, path: "/cases/{case}/ecomap.svg"),

        Route(kind: .view, method: .get, path: "/api/cases/{case}"),
        Route(kind: .view, method: .get, path: "/api/cases/{case}/gaps"),
        Route(kind: .export, method: .get, path: "/reports/download?kind=plan&case={case}&audience=family&format=html"),
        Route(
            kind: .export, method: .get,
            path: "/reports/download?kind=review&case={case}&audience=professional&format=html"),
        Route(
            kind: .change, method: .post, path: "/cases/{case}/connections/{connection}",
            form: ["version": "1", "notes": "Checked"]),
        Route(
            kind: .change, method: .post, path: "/cases/{case}/connections/{connection}/stage",
            form: ["stage": "identified", "date": "2026-11-26", "reason": "x"]),
        Route(
            kind: .change, method: .patch, path: "/api/cases/{case}/connections/{connection}",
            json: #"{"version": 1, "notes": "Checked"}"#),
        Route(kind: .agree, method: .post, path: "/cases/{case}/plan/agree", form: ["date": "2026-11-26"]),
        Route(kind: .agree, method: .post, path: "/api/cases/{case}/plan/agree", json: #"{"date": "2026-11-26"}"#),
    ]

    /// What `person` should get for a route of `kind` on their own case or another.
    static func expected(_ person: Person, _ kind: Kind, own: Bool) -> Set<HTTPResponse.Status> {
        let sees = person == .manager || (own && (person == .coordinator || person == .socialWorker))
        let allowed: Bool =
            switch kind {
            case .view, .export: sees
            case .change: own && person == .coordinator
            case .agree: own && person == .socialWorker
            }
        if allowed { return [.ok, .seeOther, .noContent, .conflict, .unprocessableContent] }
        return sees ? [.forbidden] : [.notFound]
    }

    @Test(
        "every case route, role and case answers as the access rules say, and shows nothing of other cases",
        arguments: Person.allCases)
    func matrix(person: Person) async throws {
        let world = try ServerWorld()
        let (own, other) = Self.cases(for: person)
        let connections = ["LL-2026-024": "zofia", "LL-2026-071": "bernie"]
        try await world.app.test(.router) { client in
            let visitor = try await Visitor.signIn(person, client)
            for route in Self.routes {
                for (reference, isOwn) in [(own, true), (other, false)] {
                    let uri = route.uri(reference).replacingOccurrences(
                        of: "{connection}", with: connections[reference]!)
                    let response: TestResponse
                    if let form = route.form {
                        response = try await visitor.post(uri, form, client)
                    } else if let json = route.json {
                        response = try await visitor.send(route.method, uri, json, client)
                    } else {
                        response = try await visitor.get(uri, client)
                    }
                    let allowed = Self.expected(person, route.kind, own: isOwn)
                    #expect(
                        allowed.contains(response.status),
                        "\(person.rawValue) \(route.method) \(uri): \(response.status.code), expected \(allowed.map(\.code).sorted())"
                    )
                    if !(person == .manager) {
                        for word in Self.otherCaseWords where response.text.contains(word) && !isOwn {
                            Issue.record("\(person.rawValue) \(route.method) \(uri) shows \(word)")
                        }
                    }
                }
            }
        }
    }

    @Test("caseload pages show each member only their own cases; the admin sees none", arguments: Person.allCases)
    func caseload(person: Person) async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let visitor = try await Visitor.signIn(person, client)
            for path in [
                "/", "/team", "/cohort", "/reports", "/api/cases", "/api/team",
                "/reports/download?kind=team&audience=professional&format=html",
                "/reports/download?kind=cohort&audience=professional&format=html",
            ] {
                let response = try await visitor.get(path, client)
                if person == .admin && path != "/reports" {
                    #expect(response.status == .forbidden, "admin \(path): \(response.status.code)")
                } else {
                    #expect(response.status == .ok, "\(person.rawValue) \(path): \(response.status.code)")
                }
                let mayKnow = person == .manager
                for word in Self.otherCaseWords where !mayKnow && response.text.contains(word) {
                    Issue.record("\(person.rawValue) \(path) shows \(word)")
                }
                if person == .socialWorker {
                    // Priya holds only Kai's case, not Sana's (LL-2025-058).
                    #expect(!response.text.contains("LL-2025-058"), "\(path)")
                }
                if person == .admin {
                    for word in ["LL-2026-024", "Malachi", "Maureen Gallagher"] {
                        #expect(!response.text.contains(word), "admin \(path) shows \(word)")
                    }
                }
            }
            let importPage = try await visitor.get("/import", client)
            #expect(importPage.status == (person == .coordinator ? .ok : .forbidden), "\(person.rawValue) /import")
            let audit = try await visitor.get("/api/audit", client)
            #expect(
                audit.status == (person == .manager || person == .admin ? .ok : .forbidden), "\(person.rawValue) audit")
        }
    }

    @Test("the rules themselves, role by role, checked against a table written out by hand")
    func rules() {
        let kai = YoungPersonCase(
            reference: "K", name: "Kai", dateOfBirth: Day(year: 2009, month: 8, day: 2)!, status: .inCare,
            socialWorker: "Priya Raghunathan", coordinator: "ruth ellison ",
            referralDate: Day(year: 2026, month: 4, day: 22)!)
        let table: [(Set<Role>, [Action: Bool])] = [
            (
                [.coordinator],
                [
                    .viewCase: true, .changeCase: true, .agreePlan: false, .exportCase: true, .viewCaseload: true,
                    .importData: true, .manageUsers: false, .readAudit: false,
                ]
            ),
            (
                [.socialWorker],
                [
                    .viewCase: true, .changeCase: false, .agreePlan: true, .exportCase: true, .viewCaseload: true,
                    .importData: false, .manageUsers: false, .readAudit: false,
                ]
            ),
            (
                [.manager],
                [
                    .viewCase: true, .changeCase: false, .agreePlan: false, .exportCase: true, .viewCaseload: true,
                    .importData: false, .manageUsers: false, .readAudit: true,
                ]
            ),
            (
                [.admin],
                [
                    .viewCase: false, .changeCase: false, .agreePlan: false, .exportCase: false, .viewCaseload: false,
                    .importData: false, .manageUsers: true, .readAudit: true,
                ]
            ),
        ]
        for (roles, expected) in table {
            let holder = StaffMember(
                name: roles.contains(.socialWorker) ? "Priya Raghunathan" : "Ruth Ellison", roles: roles)
            for action in Action.allCases {
                #expect(Access.allows(holder, action, on: kai) == expected[action], "\(roles) \(action)")
            }
            // Someone else with the same role holds nothing of this case.
            let stranger = StaffMember(name: "Somebody Else", roles: roles)
            for action in [Action.changeCase, .agreePlan] {
                #expect(!Access.allows(stranger, action, on: kai), "\(roles) stranger \(action)")
            }
            #expect(Access.allows(stranger, .viewCase, on: kai) == roles.contains(.manager))
        }
    }
}

@Suite("Accounts in the web app")
struct AccountPageTests {
    @Test("only an admin manages accounts; a new account can sign in; bad forms change nothing")
    func accounts() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let ada = try await Visitor.signIn(.admin, client)
            let page = try await ada.get("/accounts", client)
            #expect(page.status == .ok)
            #expect(page.text.contains("Ruth Ellison") && page.text.contains("social-worker"))
            for person in [ServerWorld.Person.coordinator, .socialWorker, .manager] {
                let other = try await Visitor.signIn(person, client)
                #expect(try await other.get("/accounts", client).status == .forbidden)
                let posted = try await other.post(
                    "/accounts", ["name": "Intruder", "role-admin": "on", "password": "0123456789ab"], client)
                #expect(posted.status == .forbidden)
            }
            let short = try await ada.post(
                "/accounts", ["name": "Sanjay Mistry", "role-coordinator": "on", "password": "short"], client)
            #expect(short.status == .badRequest)
            #expect(short.text.contains("at least 10 characters"))
            let noRole = try await ada.post("/accounts", ["name": "Sanjay Mistry", "password": "0123456789ab"], client)
            #expect(noRole.status == .badRequest)
            let saved = try await ada.post(
                "/accounts", ["name": "Sanjay Mistry", "role-coordinator": "on", "password": "0123456789ab"], client)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("Saved the account Sanjay Mistry."))
            let signIn = try await client.execute(
                uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"name": "sanjay mistry", "password": "0123456789ab"}"#))
            #expect(signIn.status == .ok)
        }
        #expect(try world.store.staffAccount(named: "Intruder") == nil)
        #expect(try world.store.staff().map(\.name).contains("Sanjay Mistry"))
    }
}
