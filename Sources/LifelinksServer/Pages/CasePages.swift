import Hummingbird
import LifelinksModel
import LifelinksReports
import LifelinksStore

/// A case, one of its connections (details and stage), and its plan.
struct CasePages {
    let state: ServerState

    func add(to router: Router<AppContext>) {
        let view = PageView(state: state)
        let gate = CaseGate(state: state)
        router.get("/cases/:reference") { _, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let youngPerson = try gate.authorize(reference, for: .viewCase, by: member, detail: "case page")
            let day = state.today()
            let body = try await state.casePages.body(reference, on: day, store: state.store) {
                guard let network = try state.store.network(reference) else { return "" }
                return state.templates.render(
                    try await CaseView(state: state).page(network, on: day), withTemplate: "case")
                    ?? ""
            }
            return view.render(body: body, title: youngPerson.displayName, context: context)

        }
        router.get("/cases/:reference/ecomap.svg") { _, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let network = try gate.open(reference, for: .viewCase, by: member, detail: "ecomap")
            let svg = try await state.ecomaps.svg(
                for: network.asOf(state.today()), reference: reference, audience: .professional)
            return Response(
                status: .ok,
                headers: [
                    .contentType: "image/svg+xml; charset=utf-8", .cacheControl: "no-store",
                    .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'",
                ],
                body: .init(byteBuffer: ByteBuffer(string: svg)))
        }
        router.get("/cases/:reference/connections/:id") { _, context -> Response in

            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let id = try context.parameters.require("id")
            let network = try gate.open(reference, for: .viewCase, by: member, detail: "connection \(id)")
            return try connectionPage(network, id, member: member, context: context, view: view)
        }
        router.post("/cases/:reference/connections/:id") { request, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let id = try context.parameters.require("id")
            let fields = try await FormInput.read(request)
            _ = try gate.open(reference, for: .changeCase, by: member, detail: "details of \(id)")
            do {
                try ConnectionEdit(fields: fields).apply(to: id, in: reference, store: state.store)
            } catch let refusal as ConnectionEdit.Refusal {
                let network = try gate.open(reference, for: .viewCase, by: member, detail: "connection \(id)")
                return try connectionPage(
                    network, id, member: member, context: context, view: view, refusal: refusal.description,
                    status: refusal.status)
            }
            return .redirect(to: "/cases/\(reference)/connections/\(id)", type: .normal)
        }
        router.post("/cases/:reference/connections/:id/stage") { request, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let id = try context.parameters.require("id")
            let fields = try await FormInput.read(request)
            _ = try gate.open(reference, for: .changeCase, by: member, detail: "stage of \(id)")
            do {
                try StageEdit(fields: fields, today: state.today()).apply(
                    to: id, in: reference, by: member, store: state.store)
            } catch let refusal as ConnectionEdit.Refusal {
                let network = try gate.open(reference, for: .viewCase, by: member, detail: "connection \(id)")
                return try connectionPage(
                    network, id, member: member, context: context, view: view, refusal: refusal.description,
                    status: refusal.status, tried: fields["stage"].flatMap(SearchStage.parse))
            }
            return .redirect(to: "/cases/\(reference)/connections/\(id)", type: .normal)
        }
        router.get("/cases/:reference/plan") { _, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let network = try gate.open(reference, for: .viewCase, by: member, detail: "plan")
            var page = PlanView.page(network, on: state.today())
            page["canAgree"] = Access.allows(member, .agreePlan, on: network.youngPerson)
            page["csrf"] = context.sessions.session?.csrf ?? ""
            return view.render("plan", title: "\(network.youngPerson.displayName)'s plan", page, context: context)
        }
        router.post("/cases/:reference/plan/agree") { request, context -> Response in
            let member = try context.requireIdentity()
            let reference = try context.parameters.require("reference")
            let fields = try await FormInput.read(request)
            _ = try gate.open(reference, for: .agreePlan, by: member, detail: "plan agreed")
            guard let date = Day(fields["date"] ?? "") else {
                throw HTTPError(.badRequest, message: "Write the date as YYYY-MM-DD. Nothing was changed.")
            }
            do {
                try state.store.agreePlan(of: reference, on: date)
            } catch {
                throw HTTPError(.conflict, message: "\(error). Nothing was changed.")
            }
            return .redirect(to: "/cases/\(reference)/plan", type: .normal)
        }
    }

    func connectionPage(
        _ network: CaseNetwork, _ id: String, member: StaffMember, context: AppContext, view: PageView,
        refusal: String? = nil, status: HTTPResponse.Status = .ok, tried: SearchStage? = nil
    ) throws -> Response {
        guard let connection = network.connection(id) else {
            throw HTTPError(.notFound, message: "There is no such connection in this case.")
        }
        let version = try state.store.connectionVersions(in: network.youngPerson.reference)[id] ?? 0
        var page = ConnectionView.page(
            connection, version: version, in: network, today: state.today(), chosen: tried ?? connection.stage)

        page["canChange"] = Access.allows(member, .changeCase, on: network.youngPerson)
        page["csrf"] = context.sessions.session?.csrf ?? ""
        if let refusal { page["refusal"] = refusal }
        return view.render("connection", title: connection.name, page, context: context, status: status)
    }
}
