import Dispatch
import LifelinksModel

/// For a service lead: the search funnel, time from referral to FGC, network size at referral,
/// at the FGC and at review (the evaluation's measure), commitments kept, and gaps by code.
public enum CohortReport {
    /// What one case adds to the cohort's figures.
    struct CaseFigures: Sendable {
        var progress: CaseProgress
        var sizeAtReview: Int?
        var outcomes: [ReviewOutcome]
        var gapCodes: [String]
    }

    public static func document(_ networks: [CaseNetwork], audience: Audience, on day: Day) -> ReportDocument {
        let shown = networks.map { audience.view(of: $0, on: day) }
        let figures = figures(for: shown, on: day, gaps: audience.disclosure.gaps)
        // The funnel reads each connection's stage on the day itself; no need to rebuild each network first.
        let caseload = CaseloadProgress(figures.map(\.progress), networks: shown, on: day)

        var document = ReportDocument(title: "Lifelong Links cohort report", audience: audience, madeOn: day)
        let conferenceDays = figures.compactMap(\.progress.daysReferralToConference)
        document.facts([
            ReportFact("Young people", "\(caseload.cases)"),
            ReportFact("People in their networks", "\(caseload.connections)"),
            ReportFact("FGCs held", "\(conferenceDays.count)"),
            ReportFact(
                "Median time from referral to FGC",
                CaseloadProgress.median(conferenceDays).map { "\(BarChart.number($0)) days" } ?? "No FGC yet"),
        ])

        document.heading("The search funnel")
        let funnel = BarChart(
            title: "People who reached each stage of the search",
            bars: caseload.funnel.map { BarChart.Bar($0.stage.title, Double($0.reached)) })
        document.figures([funnel.figure])

        document.heading("Network size at referral, at the FGC and at review")
        let sizes = sizeChart(figures)
        document.figures([sizes.figure])
        document.paragraph(
            "Network size counts the people in each young person's network whose search has not ended. "
                + "Each figure is over the young people who had reached that point.")

        document.heading("Commitments kept at review")
        let outcomes = figures.flatMap(\.outcomes)
        let kept = BarChart(
            title: "Outcomes at each young person's latest review",
            bars: ReviewOutcome.allCases.map { outcome in
                BarChart.Bar(outcome.title, Double(outcomes.filter { $0 == outcome }.count))
            })
        document.figures([kept.figure])

        if audience.disclosure.gaps {
            document.heading("Gaps by code")
            let counts = Dictionary(grouping: figures.flatMap(\.gapCodes), by: { $0 }).mapValues(\.count)
            let rows = GapAnalysis.codes.compactMap { code, severity -> [String]? in
                guard let count = counts[code] else { return nil }
                return [code, severity.rawValue, "\(count)"]
            }
            document.table(
                ReportTable(
                    caption: "Gaps found across the cohort", columns: ["Gap", "Severity", "How many"], rows: rows,
                    widths: [2.5, 1, 1], emptyText: "No gaps found."))
        }
        return document
    }

    /// Each case's figures, worked out on every core: each case depends on nothing but itself.
    static func figures(for networks: [CaseNetwork], on day: Day, gaps: Bool) -> [CaseFigures] {
        let results = ResultSlots<CaseFigures>(count: networks.count)
        DispatchQueue.concurrentPerform(iterations: networks.count) { index in
            let network = networks[index]
            let review = network.latestReview(onOrBefore: day)
            results.set(
                index,
                CaseFigures(
                    progress: CaseProgress(network, on: day),
                    sizeAtReview: review.map { network.activeSize(on: $0.date) },
                    outcomes: review.map { $0.outcomes.values.map(\.outcome) } ?? [],
                    gapCodes: gaps ? GapAnalysis().gaps(in: network, on: day).map(\.code) : []))
        }
        return results.values
    }

    static func sizeChart(_ figures: [CaseFigures]) -> BarChart {
        let referral = figures.map(\.progress.networkSize.atReferral)
        let conference = figures.compactMap(\.progress.networkSize.atConference)
        let review = figures.compactMap(\.sizeAtReview)
        func bar(_ label: String, _ sizes: [Int]) -> BarChart.Bar {
            guard !sizes.isEmpty else { return BarChart.Bar(label, 0, text: "no young people yet") }
            let mean = Double(sizes.reduce(0, +)) / Double(sizes.count)
            let median = CaseloadProgress.median(sizes) ?? 0
            return BarChart.Bar(
                label, mean,
                text: "mean \(BarChart.number((mean * 10).rounded() / 10)), median \(BarChart.number(median)), "
                    + "over \(ReportWords.count(sizes.count, "young person", "young people"))")
        }
        return BarChart(
            title: "Average network size",
            bars: [bar("At referral", referral), bar("At the FGC", conference), bar("At review", review)])
    }
}

/// Fixed slots that concurrent iterations fill, one index each.
public final class ResultSlots<T: Sendable>: @unchecked Sendable {
    // Unchecked: each index is written by exactly one iteration, and read only after all have finished.
    private let slots: UnsafeMutableBufferPointer<T?>

    public init(count: Int) {
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    public func set(_ index: Int, _ value: T) { slots[index] = value }

    public var values: [T] { slots.prefix(while: { $0 != nil }).map { $0! } }
}
