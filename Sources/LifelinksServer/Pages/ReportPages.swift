import Hummingbird
import LifelinksModel
import LifelinksReports
import LifelinksStore

/// Choosing a report and an audience, and downloading it.
struct ReportPages {
    let state: ServerState

    func add(to router: Router<AppContext>) {
        let view = PageView(state: state)
        let gate = CaseGate(state: state)
        router.get("/reports") { request, context -> Response in
            let member = try context.requireIdentity()
            let chosen = request.uri.queryParameters.get("case")
            let cases = try gate.visibleNetworks(for: member).map(\.youngPerson)
            return view.render(
                "reports", title: "Reports",
                [
                    "cases": cases.map { youngPerson -> [String: Any] in
                        [
                            "reference": youngPerson.reference, "name": youngPerson.displayName,
                            "selected": youngPerson.reference == chosen,
                        ]
                    },
                    "audiences": Audience.allCases.map { ["value": $0.rawValue, "title": $0.title] },
                ], context: context)
        }
        router.get("/reports/download") { request, context -> Response in
            let member = try context.requireIdentity()
            let query = request.uri.queryParameters
            guard let kind = query.get("kind"), ["plan", "review", "team", "cohort"].contains(kind) else {
                throw HTTPError(.badRequest, message: "Choose a report: plan, review, team or cohort.")
            }
            guard let audience = Audience.parse(query.get("audience") ?? "professional") else {
                throw HTTPError(.badRequest, message: "Choose who the report is for: \(Audience.spellings).")
            }
            guard let format = ReportFormat(rawValue: query.get("format") ?? "pdf") else {
                throw HTTPError(.badRequest, message: "Choose html or pdf.")
            }
            let day = state.today()
            let document: ReportDocument
            var stem: String
            switch kind {
            case "plan", "review":
                guard let reference = query.get("case"), !reference.isEmpty else {
                    throw HTTPError(.badRequest, message: "A \(kind) report is for one case: choose it.")
                }
                let network = try gate.open(
                    reference, for: .exportCase, by: member, detail: "\(kind) report for \(audience.rawValue)")
                document =
                    kind == "plan"
                    ? try PlanReport.document(network, audience: audience, on: day)
                    : try ReviewReport.document(network, audience: audience, on: day)
                stem = "\(reference)-\(kind)-\(audience.rawValue)"
            default:
                try gate.require(.viewCaseload, by: member, detail: "\(kind) report for \(audience.rawValue)")
                let networks = try gate.visibleNetworks(for: member)
                document =
                    kind == "team"
                    ? TeamReport.document(networks, audience: audience, on: day)
                    : CohortReport.document(networks, audience: audience, on: day)
                stem = "\(kind)-\(audience.rawValue)"
            }
            stem = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
            let bytes = try format.render(document)
            return Response(
                status: .ok,
                headers: [
                    .contentType: format == .pdf ? "application/pdf" : "text/html; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"\(stem).\(format.fileExtension)\"",
                    .cacheControl: "no-store",
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
