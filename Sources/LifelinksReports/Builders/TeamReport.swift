import LifelinksModel

/// For a caseload: who is responsible for contact with whom, how often, when contact was last
/// recorded, overdue ones first.
public enum TeamReport {
    public static func document(_ networks: [CaseNetwork], audience: Audience, on day: Day) -> ReportDocument {
        let shown = networks.map { audience.view(of: $0.asOf(day), on: day) }
        var document = ReportDocument(title: "Team responsibilities for contact", audience: audience, madeOn: day)
        var rows: [(item: Responsibility, network: CaseNetwork)] = []
        for network in shown {
            for item in Responsibility.list(network, on: day) { rows.append((item, network)) }
        }
        rows.sort { lhs, rhs in
            (rank(lhs.item), lhs.item.dueBy?.ordinal ?? Int.max, CaseFacts.caseName(lhs.network), lhs.item.connection)
                < (
                    rank(rhs.item), rhs.item.dueBy?.ordinal ?? Int.max, CaseFacts.caseName(rhs.network),
                    rhs.item.connection
                )
        }
        let overdue = rows.filter { $0.item.overdue }.count
        let unowned = rows.filter { $0.item.unowned }.count
        document.facts([
            ReportFact("Cases", "\(shown.count)"), ReportFact("Commitments", "\(rows.count)"),
            ReportFact("Contact overdue", "\(overdue)"), ReportFact("Nobody responsible", "\(unowned)"),
        ])
        document.heading("Who is responsible")
        document.table(byResponsible(rows))
        document.heading("Every commitment, overdue ones first")
        document.table(
            ReportTable(
                caption: "Contact with each person in each plan",
                columns: ["Status", "Case", "Person", "Support", "How often", "Responsible", "Last contact", "Due by"],
                rows: rows.map { item, network in
                    [
                        status(item), CaseFacts.caseName(network),
                        network.connection(item.connection).map(\.name) ?? item.connection,
                        ReportWords.capitalised(item.support.title),
                        ReportWords.frequency(item.frequency), ReportWords.responsible(item.responsible, in: network),
                        item.lastContact?.description ?? "None recorded", item.dueBy?.description ?? "-",
                    ]
                }, widths: [0.9, 1.0, 1.3, 1.1, 1.0, 1.3, 0.9, 0.9], emptyText: "No commitments recorded."))
        return document
    }

    static func rank(_ item: Responsibility) -> Int {
        item.overdue ? 0 : item.unowned ? 1 : 2
    }

    static func status(_ item: Responsibility) -> String {
        item.overdue ? "Overdue" : item.unowned ? "Nobody responsible" : "Up to date"
    }

    /// One row per responsible person: how many commitments they hold and how many are overdue.
    static func byResponsible(_ rows: [(item: Responsibility, network: CaseNetwork)]) -> ReportTable {
        var counts: [String: (total: Int, overdue: Int)] = [:]
        for (item, network) in rows {
            let who = ReportWords.responsible(item.responsible, in: network)
            counts[who, default: (0, 0)].total += 1
            if item.overdue { counts[who, default: (0, 0)].overdue += 1 }
        }
        let ordered = counts.sorted { ($1.value.overdue, $0.key) < ($0.value.overdue, $1.key) }
        return ReportTable(
            caption: "Commitments by who makes sure they happen", columns: ["Responsible", "Commitments", "Overdue"],
            rows: ordered.map { [$0.key, "\($0.value.total)", "\($0.value.overdue)"] }, widths: [2.5, 1, 1],
            emptyText: "No commitments recorded.")
    }
}
