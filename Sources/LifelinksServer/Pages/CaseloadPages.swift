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
        router.get("/") { _, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.viewCaseload, by: member, detail: "dashboard")
            let day = state.today()
            let summary = Dashboard(try gate.visibleNetworks(for: member), on: day)
            return view.render("dashboard", title: "Caseload", summary.page, context: context)
        }
        router.get("/team") { _, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.viewCaseload, by: member, detail: "team")
            let document = TeamReport.document(
                try gate.visibleNetworks(for: member), audience: .professional, on: state.today())
            return view.render(
                "fragment", title: document.title,
                ["title": document.title, "body": HTMLReportWriter.fragment(for: document)], context: context)
        }
        router.get("/cohort") { _, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.viewCaseload, by: member, detail: "cohort")
            let document = CohortReport.document(
                try gate.visibleNetworks(for: member), audience: .professional, on: state.today())
            return view.render(
                "fragment", title: document.title,
                ["title": document.title, "body": HTMLReportWriter.fragment(for: document)], context: context)
        }
    }
}

/// The dashboard's figures: people at each stage, and each case with its critical gaps and review.
struct Dashboard: Sendable {
    struct Row: Codable, Sendable {
        var reference: String
        var name: String
        var stages: String
        var critical: Int
        var review: String
    }

    var rows: [Row]
    var stageCounts: [(stage: SearchStage, count: Int)]
    var people: Int

    init(_ networks: [CaseNetwork], on day: Day) {
        var counts: [SearchStage: Int] = [:]
        var people = 0
        rows = networks.map { network in
            let now = network.asOf(day)
            for connection in now.connections { counts[connection.stage, default: 0] += 1 }
            people += now.connections.count
            let critical = GapAnalysis().gaps(in: now, on: day).filter { $0.severity == .critical }.count
            let review: String
            if let next = now.youngPerson.nextReviewDate {
                review = next < day ? "overdue since \(next)" : "due \(next)"
            } else {
                review = "not set"
            }
            return Row(
                reference: now.youngPerson.reference, name: now.youngPerson.displayName,
                stages: now.stageCounts.map { "\($0.count) \($0.stage.title)" }.joined(separator: ", "),
                critical: critical, review: review)
        }
        .sorted { ($0.critical, $1.reference) > ($1.critical, $0.reference) }
        stageCounts = SearchStage.allCases.compactMap { stage in counts[stage].map { (stage, $0) } }
        self.people = people
    }

    var page: [String: Any] {
        [
            "caseCount": rows.count, "peopleCount": people,
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
