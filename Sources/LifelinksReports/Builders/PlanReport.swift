import LifelinksModel

/// The FGC plan: who the young person is, their network, who will stay in touch and how,
/// what the social worker must agree, and when the plan is reviewed.
public enum PlanReport {
    /// `network` is the case as stored; the audience's view of it is taken here, before anything is written.
    public static func document(_ network: CaseNetwork, audience: Audience, on day: Day) throws(ReportError)
        -> ReportDocument
    {
        let shown = audience.view(of: network.asOf(day), on: day)
        let name = shown.youngPerson.displayName
        let plain = shown.disclosure.plainWords
        var document = ReportDocument(
            title: plain ? "My Lifelong Links plan" : "Lifelong Links plan for \(name)", audience: audience,
            madeOn: day)
        document.heading(plain ? "About me" : "Who this plan is for")
        document.facts(CaseFacts.about(shown, on: day))
        document.heading(plain ? "Who will stay in touch" : "Who will stay in touch, and how")
        document.table(commitments(shown))
        document.heading("What the social worker must agree")
        document.list(agreement(shown))
        document.heading("Review")
        document.paragraph(
            shown.youngPerson.nextReviewDate.map { "The plan will be reviewed on \($0)." }
                ?? "No review date has been set yet.")
        // The picture comes last: printed, it takes a page of its own.
        document.heading(plain ? "My people" : "The network")
        document.figures([
            try CaseFacts.ecomap(shown, caption: plain ? "The people in my life" : "\(name)'s network on \(day)")
        ])
        return document

    }

    static func commitments(_ network: CaseNetwork) -> ReportTable {
        var columns = ["Who", "Support", "What exactly", "How often", "Who makes sure it happens"]
        var widths = [1.4, 1.1, 2.0, 1.0, 1.3]
        let contact = network.disclosure.contactDetails
        if contact {
            columns.append("Contact details")
            widths.append(1.3)
        }
        let rows = network.commitments.compactMap { commitment -> [String]? in
            guard let person = network.connection(commitment.connection) else { return nil }
            var row = [
                ReportWords.person(person), ReportWords.capitalised(commitment.support.title), commitment.what ?? "",
                ReportWords.frequency(commitment.frequency),
                ReportWords.responsible(commitment.responsible, in: network),
            ]
            if contact { row.append(person.contact ?? "Not recorded") }
            return row
        }
        return ReportTable(
            caption: "Commitments in the plan", columns: columns, rows: rows, widths: widths,
            emptyText: "No commitments have been recorded yet.")
    }

    /// What stands between the plan and the social worker's agreement.
    static func agreement(_ network: CaseNetwork) -> [String] {
        let youngPerson = network.youngPerson
        var items: [String] = []
        if let agreed = youngPerson.planAgreedDate {
            items.append(
                "The social worker agreed this plan on \(agreed). It is part of the care plan and pathway plan.")
        } else {
            items.append(
                "The social worker has not agreed this plan yet. Once agreed, where it is safe, it becomes part of the care plan and pathway plan."
            )
        }
        let unowned = network.commitments.filter { $0.responsible == nil }
        for commitment in unowned {
            guard let person = network.connection(commitment.connection) else { continue }
            items.append("Nobody is named yet to make sure \(person.name)'s \(commitment.support.title) happens.")
        }
        let unscheduled = network.commitments.filter { $0.frequency == nil }
        if !unscheduled.isEmpty {
            items.append(
                "How often contact happens is still to agree for \(ReportWords.count(unscheduled.count, "commitment"))."
            )
        }
        if network.disclosure.safety {
            let conditional = Set(network.commitments.map(\.connection)).compactMap(network.connection)
                .filter { $0.safety == .conditional }.sorted { $0.name < $1.name }
            for person in conditional {
                items.append("Contact with \(person.name) depends on the conditions set in the safety assessment.")
            }
        }
        return items
    }
}
