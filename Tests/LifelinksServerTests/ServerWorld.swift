import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import LifelinksInterchange
import LifelinksModel
import LifelinksServer
import LifelinksStore
import Logging
import Testing

/// The samples in a fresh in-memory database, staff accounts for every role, and the app over them.
struct ServerWorld {
    static let password = "correct horse battery"
    static let today = Day(year: 2026, month: 11, day: 26)!

    /// Who signs in in the tests, and which sample case is theirs.
    enum Person: String, CaseIterable, Sendable {
        case coordinator = "Ruth Ellison"  // coordinator of LL-2026-024 and LL-2025-058
        case socialWorker = "Priya Raghunathan"  // social worker of LL-2026-024
        case manager = "Maya Manager"
        case admin = "Ada Admin"

        var roles: Set<Role> {
            switch self {
            case .coordinator: [.coordinator]
            case .socialWorker: [.socialWorker]
            case .manager: [.manager]
            case .admin: [.admin]
            }
        }
    }

    let store: Store
    let state: ServerState

    init() throws {
        store = try Store()
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples").path
        _ = try SpreadsheetImport(recordedBy: "test").run(ImportSource.find(at: samples), into: store)
        for person in Person.allCases {
            try store.saveStaff(
                StaffMember(name: person.rawValue, roles: person.roles),
                passwordHash: Bcrypt.hash(ServerWorld.password, cost: 4))
        }
        var logger = Logger(label: "lifelinks.test")
        logger.logLevel = .critical
        state = try ServerState(
            store: store, logger: logger, throttle: LoginThrottle(sleeps: false), today: { ServerWorld.today })
    }

    var app: some ApplicationProtocol {
        Application(router: LifelinksServer.router(state: state, secureCookies: false))
    }
}

/// A signed-in browser: its session cookie and the token its forms carry.
struct Visitor: Sendable {
    var cookie: String
    var csrf: String

    static func signIn(_ person: ServerWorld.Person, _ client: some TestClientProtocol) async throws -> Visitor {
        let body = #"{"name": "\#(person.rawValue)", "password": "\#(ServerWorld.password)"}"#
        let response = try await client.execute(
            uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: body))
        #expect(response.status == .ok, "sign-in of \(person.rawValue)")
        let setCookie = response.headers[.setCookie] ?? ""
        let cookie = String(setCookie.split(separator: ";").first ?? "")
        let json = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
        return Visitor(cookie: cookie, csrf: json?["csrf"] as? String ?? "")
    }

    func get(_ uri: String, _ client: some TestClientProtocol) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie])
    }

    /// A form post, with the session's token unless `csrf` says otherwise.
    func post(_ uri: String, _ fields: [String: String], csrf: String? = nil, _ client: some TestClientProtocol)
        async throws -> TestResponse
    {
        var all = fields
        all["csrf"] = csrf ?? self.csrf
        let body = all.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        return try await client.execute(
            uri: uri, method: .post,
            headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: body))
    }

    /// An API call with a JSON body and the token in its header.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, _ json: String, csrf: String? = nil,
        _ client: some TestClientProtocol
    ) async throws -> TestResponse {
        try await client.execute(
            uri: uri, method: method,
            headers: [
                .cookie: cookie, .contentType: "application/json",
                HTTPField.Name("X-CSRF-Token")!: csrf ?? self.csrf,
            ], body: ByteBuffer(string: json))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
