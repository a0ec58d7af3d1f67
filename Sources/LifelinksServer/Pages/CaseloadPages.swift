import Hummingbird
import LifelinksModel
import LifelinksReports
import LifelinksStore

/// The caseload dashboard, the team's responsibilities and the cohort figures: each over the cases
/// the signed-in member may see.
struct CaseloadPages {
    let state: ServerState

    func add(to router: Router<AppContext>) {
        let view = PageView(state: state)
        let gate = CaseGate(state: state)
        router.get("/") { request, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.viewCaseload, by: member, detail: "dashboard")
            let entries = try await state.dashboard.entries(store: state.store, on: state.today())
                .filter { Access.allows(member, .viewCase, on: $0.youngPerson) }
            let page = Int(request.uri.queryParameters.get("page") ?? "1") ?? 1
            return view.render("dashboard", title: "Caseload", Dashboard(entries, page: page).data, context: context)
        }
        // The team's responsibilities and the cohort: the professional reports over the member's cases, in a page.
        for kind in [ReportKind.team, .cohort] {
            router.get("/\(kind.rawValue)") { _, context -> Response in
                let member = try context.requireIdentity()
                try gate.require(.viewCaseload, by: member, detail: kind.rawValue)
                let document = try kind.document(
                    try gate.visibleNetworks(for: member), audience: .professional, on: state.today())
                return view.render(
                    "fragment", title: document.title,
                    ["title": document.title, "body": HTMLReportWriter.fragment(for: document)], context: context)
            }
        }
    }
}

/// The dashboard's figures over the cases a member may see: people at each stage, and the cases,
/// critical gaps first, a page at a time.
struct Dashboard: Sendable {
    struct Row: Codable, Sendable {
        var reference: String
        var name: String
        var stages: String
        var critical: Int
        var review: String
        var overdue: Bool
    }

    static let pageSize = 50

    var rows: [Row]
    var stageCounts: [(stage: SearchStage, count: Int)]
    var people: Int
    var page: Int
    var pages: Int

    init(_ entries: [DashboardCache.Entry], page: Int) {
        var counts: [SearchStage: Int] = [:]
        var people = 0
        for entry in entries {
            for (stage, count) in entry.stageCounts { counts[stage, default: 0] += count }
            people += entry.people
        }
        let sorted = entries.map(\.row).sorted {
            ($0.critical, $0.overdue ? 1 : 0, $1.reference) > ($1.critical, $1.overdue ? 1 : 0, $0.reference)
        }
        pages = max(1, (sorted.count + Dashboard.pageSize - 1) / Dashboard.pageSize)
        self.page = min(max(page, 1), pages)
        rows = Array(sorted.dropFirst((self.page - 1) * Dashboard.pageSize).prefix(Dashboard.pageSize))
        total = sorted.count
        stageCounts = SearchStage.allCases.compactMap { stage in counts[stage].map { (stage, $0) } }
        self.people = people
    }

    var total: Int

    var data: [String: Any] {
        [
            "caseCount": total, "peopleCount": people, "page": page, "pages": pages,
            "previous": page > 1 ? page - 1 : 0, "next": page < pages ? page + 1 : 0, "paged": pages > 1,
            "stages": stageCounts.map { ["stage": $0.stage.title, "count": $0.count] },
            "cases": rows.map { row -> [String: Any] in
                [
                    "reference": row.reference, "name": row.name, "stages": row.stages,
                    "critical": row.critical, "hasCritical": row.critical > 0, "review": row.review,
                ]
            },
        ]
    }
}
