import Foundation
import Hummingbird
import LifelinksModel
import LifelinksStore

/// The JSON API under `/api/`: the same operations as the pages, the same sessions, roles, gate and audit.
struct APIRoutes {
    let state: ServerState

    struct Credentials: Decodable {
        var name: String
        var password: String
    }

    struct SessionInfo: Encodable {
        var staff: String
        var roles: [String]
        var csrf: String
    }

    struct CaseSummary: Encodable {
        var reference: String
        var name: String
        var stages: [String: Int]
        var criticalGaps: Int
    }

    struct CaseDetail: Encodable {
        var network: CaseNetwork
        var versions: [String: Int]
    }

    struct ConnectionResult: Encodable {
        var connection: Connection
        var version: Int
    }

    struct Conflict: Encodable {
        var error: String
        var current: Connection
        var version: Int
    }

    struct Refused: Encodable {
        var error: String
    }

    func add(to router: Router<AppContext>) {
        let gate = CaseGate(state: state)
        let api = router.group("api")
        api.post("session") { request, context -> Response in
            let input = try await request.decode(as: Credentials.self, context: context)
            switch try await SignIn(state: state).attempt(
                name: input.name, password: input.password, context: context)
            {
            case .locked: throw HTTPError(.tooManyRequests, message: SignIn.locked)
            case .wrong: throw HTTPError(.unauthorized, message: SignIn.wrong)
            case .signedIn(let member, let session):
                return try APIJSON.response(
                    SessionInfo(staff: member.name, roles: member.roles.map(\.rawValue).sorted(), csrf: session.csrf))
            }
        }
        api.get("session") { _, context -> Response in
            let member = try context.requireIdentity()
            return try APIJSON.response(
                SessionInfo(
                    staff: member.name, roles: member.roles.map(\.rawValue).sorted(),
                    csrf: context.sessions.session?.csrf ?? ""))
        }
        api.get("cases") { _, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.viewCaseload, by: member, detail: "api cases")
            let day = state.today()
            return try APIJSON.response(
                try gate.visibleNetworks(for: member).map { full in
                    let network = full.asOf(day)
                    return CaseSummary(
                        reference: network.youngPerson.reference, name: network.youngPerson.displayName,
                        stages: Dictionary(network.stageCounts.map { ($0.stage.rawValue, $0.count) }) { $0 + $1 },
                        criticalGaps: GapAnalysis().gaps(in: network, on: day).filter { $0.severity == .critical }.count
                    )
                })
        }
        api.get("cases/:reference") { _, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let network = try gate.open(reference, for: .viewCase, by: member, detail: "api case")
            return try APIJSON.response(
                CaseDetail(network: network, versions: try state.store.connectionVersions(in: reference)))
        }
        api.get("cases/:reference/gaps") { _, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let network = try gate.open(reference, for: .viewCase, by: member, detail: "api gaps")
            return try APIJSON.response(GapAnalysis().gaps(in: network.asOf(state.today()), on: state.today()))
        }
        api.patch("cases/:reference/connections/:id") { request, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let id = try context.parameters.require("id")
            let fields = try await APIRoutes.fields(request, context: context)
            _ = try gate.open(reference, for: .changeCase, by: member, detail: "api details of \(id)")
            do {
                try ConnectionEdit(fields: fields).apply(to: id, in: reference, store: state.store)
            } catch let refusal as ConnectionEdit.Refusal {
                return try APIRoutes.refusal(refusal, reference, id, state: state, request: request, context: context)
            }
            return try APIJSON.response(try APIRoutes.current(reference, id, state: state))
        }
        api.post("cases/:reference/connections/:id/stage") { request, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let id = try context.parameters.require("id")
            let fields = try await APIRoutes.fields(request, context: context)
            _ = try gate.open(reference, for: .changeCase, by: member, detail: "api stage of \(id)")
            do {
                try StageEdit(fields: fields, today: state.today()).apply(
                    to: id, in: reference, by: member, store: state.store)
            } catch let refusal as ConnectionEdit.Refusal {
                return try APIRoutes.refusal(refusal, reference, id, state: state, request: request, context: context)
            }
            return try APIJSON.response(try APIRoutes.current(reference, id, state: state))
        }
        api.post("cases/:reference/plan/agree") { request, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let fields = try await APIRoutes.fields(request, context: context)
            _ = try gate.open(reference, for: .agreePlan, by: member, detail: "api plan agreed")
            guard let date = Day(fields["date"] ?? "") else {
                throw HTTPError(.badRequest, message: "Write the date as YYYY-MM-DD. Nothing was changed.")
            }
            do { try state.store.agreePlan(of: reference, on: date) } catch {
                throw HTTPError(.conflict, message: "\(error). Nothing was changed.")
            }
            return Response(status: .noContent)
        }
        api.get("team") { _, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.viewCaseload, by: member, detail: "api team")
            let day = state.today()
            return try APIJSON.response(
                try gate.visibleNetworks(for: member).flatMap { Responsibility.list($0.asOf(day), on: day) })
        }
        api.get("audit") { request, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.readAudit, by: member, detail: "api audit")
            return try APIJSON.response(
                try state.store.auditTrail(
                    case: request.uri.queryParameters.get("case"), staff: request.uri.queryParameters.get("staff")))
        }
    }

    /// A JSON object of strings (numbers are read as text), refusing over-long fields.
    static func fields(_ request: Request, context: AppContext) async throws -> [String: String] {
        let object = try await request.decode(as: [String: JSONScalar].self, context: context)
        return try FormInput.checked(object.mapValues(\.text))
    }

    static func current(_ reference: String, _ id: String, state: ServerState) throws -> ConnectionResult {
        guard let connection = try state.store.network(reference)?.connection(id) else {
            throw HTTPError(.notFound, message: "There is no such connection in this case.")
        }
        return ConnectionResult(
            connection: connection, version: try state.store.connectionVersions(in: reference)[id] ?? 0)
    }

    /// A refused change: for a version conflict, the newer values come back too.
    static func refusal(
        _ refusal: ConnectionEdit.Refusal, _ reference: String, _ id: String, state: ServerState, request: Request,
        context: AppContext
    ) throws -> Response {
        if refusal.status == .conflict {
            let now = try current(reference, id, state: state)
            return try APIJSON.response(
                Conflict(error: refusal.description, current: now.connection, version: now.version),
                status: refusal.status)
        }
        return try APIJSON.response(Refused(error: refusal.description), status: refusal.status)
    }
}

/// A JSON value that is a string, number or boolean, read as text.
struct JSONScalar: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            text = string
        } else if let number = try? container.decode(Int.self) {
            text = String(number)
        } else if let flag = try? container.decode(Bool.self) {
            text = String(flag)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a string or a number")
        }
    }
}

/// API answers, with keys in snake_case as the command line's `--json` writes them.
enum APIJSON {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
