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
            guard let kind = query.get("kind").flatMap(ReportKind.init(rawValue:)) else {
                throw HTTPError(.badRequest, message: "Choose a report: plan, review, team or cohort.")
            }
            guard let audience = Audience.parse(query.get("audience") ?? "professional") else {
                throw HTTPError(.badRequest, message: "Choose who the report is for: \(Audience.spellings).")
            }
            guard let format = ReportFormat(rawValue: query.get("format") ?? "pdf") else {
                throw HTTPError(.badRequest, message: "Choose html or pdf.")
            }
            let detail = "\(kind.rawValue) report for \(audience.rawValue)"
            var reference: String?
            let networks: [CaseNetwork]
            if kind.isForOneCase {
                guard let chosen = query.get("case"), !chosen.isEmpty else {
                    throw HTTPError(.badRequest, message: "A \(kind.rawValue) report is for one case: choose it.")
                }
                reference = chosen
                networks = [try gate.open(chosen, for: .exportCase, by: member, detail: detail)]
            } else {
                try gate.require(.viewCaseload, by: member, detail: detail)
                networks = try gate.visibleNetworks(for: member)
            }
            let document = try kind.document(networks, audience: audience, on: state.today())
            let stem = kind.fileStem(reference: reference, audience: audience)
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
