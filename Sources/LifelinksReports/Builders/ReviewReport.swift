import LifelinksModel

/// The review: whether each commitment was kept, the network at the FGC beside the network now,
/// what changed between them, and the gaps.
public enum ReviewReport {
    public static func document(_ network: CaseNetwork, audience: Audience, on day: Day) throws(ReportError)
        -> ReportDocument
    {
        let shown = audience.view(of: network.asOf(day), on: day)
        let name = shown.youngPerson.displayName
        var document = ReportDocument(
            title: shown.disclosure.plainWords ? "How my plan is going" : "Review of \(name)'s Lifelong Links plan",
            audience: audience, madeOn: day)
        let review = shown.latestReview(onOrBefore: day)
        document.heading("The review")
        var facts = CaseFacts.about(shown, on: day)
        facts.append(ReportFact("Review held", review.map { $0.date.description } ?? "No review recorded yet"))
        facts.append(ReportFact("Next review", shown.youngPerson.nextReviewDate?.description ?? "Not set yet"))
        document.facts(facts)

        document.heading("Commitments at the review")
        document.table(outcomes(shown, review?.outcomes ?? [:]))
        if let review { document.paragraph(summary(review.outcomes)) }

        document.heading("The network at the FGC and now")
        let fgc = shown.youngPerson.conferenceDate
        let before = fgc.map { audience.view(of: network.asOf($0), on: day) }
        var figures: [ReportFigure] = []
        if let before, let fgc { figures.append(try CaseFacts.ecomap(before, caption: "At the FGC (\(fgc))")) }
        figures.append(try CaseFacts.ecomap(shown, caption: "Now (\(day))"))
        document.figures(figures)

        document.heading("What changed")
        document.list(before.map { changes(from: $0, to: shown) } ?? ["There has been no FGC yet to compare with."])

        if shown.disclosure.gaps {
            document.heading("Gaps")
            let gaps = GapAnalysis().gaps(in: shown, on: day).sorted { $0.severity > $1.severity }
            document.table(
                ReportTable(
                    caption: "Gaps in the network and the plan", columns: ["Severity", "Gap", "What to do about it"],
                    rows: gaps.map { [$0.severity.rawValue, $0.code, $0.message] }, widths: [0.8, 1.4, 3.5],
                    emptyText: "No gaps found."))
        }
        return document
    }

    static func outcomes(_ network: CaseNetwork, _ outcomes: [String: CommitmentReview]) -> ReportTable {
        let notes = network.disclosure.reasons
        var columns = ["Who", "Support", "What exactly", "How often", "At the review"]
        var widths = [1.4, 1.1, 2.0, 1.0, 1.0]
        if notes {
            columns.append("What the review said")
            widths.append(1.6)
        }
        let rows = network.commitments.compactMap { commitment -> [String]? in
            guard let person = network.connection(commitment.connection) else { return nil }
            let outcome = outcomes[commitment.connection]
            var row = [
                ReportWords.person(person), ReportWords.capitalised(commitment.support.title), commitment.what ?? "",
                ReportWords.frequency(commitment.frequency), outcome?.outcome.title ?? "Not reviewed",
            ]
            if notes { row.append(outcome?.note ?? "") }
            return row
        }
        return ReportTable(
            caption: "Each commitment, kept, partly kept or not kept", columns: columns, rows: rows, widths: widths,
            emptyText: "There are no commitments to review yet.")
    }

    static func summary(_ outcomes: [String: CommitmentReview]) -> String {
        let counts = Dictionary(grouping: outcomes.values, by: \.outcome).mapValues(\.count)
        return "Of \(ReportWords.count(outcomes.count, "person", "people")) reviewed, "
            + "\(counts[.kept] ?? 0) kept their commitments, \(counts[.partlyKept] ?? 0) partly kept them "
            + "and \(counts[.notKept] ?? 0) did not keep them."
    }

    /// Who joined, who moved on in the search, and how the network's size changed.
    static func changes(from before: CaseNetwork, to after: CaseNetwork) -> [String] {
        var lines: [String] = []
        let earlier = Dictionary(uniqueKeysWithValues: before.connections.map { ($0.id, $0) })
        for person in after.connections.sorted(by: { $0.name < $1.name }) {
            if let then = earlier[person.id] {
                if then.stage != person.stage {
                    lines.append(
                        "\(ReportWords.person(person)): \(then.stage.title) then, \(person.stage.title) now."
                    )
                }
            } else {
                lines.append("\(ReportWords.person(person)) joined the network after the FGC.")
            }
        }
        lines.append(
            "The network had \(ReportWords.count(before.activeSize, "person", "people")) at the FGC and has \(ReportWords.count(after.activeSize, "person", "people")) now."
        )
        return lines
    }
}
