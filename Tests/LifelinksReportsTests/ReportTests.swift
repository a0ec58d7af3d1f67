import Foundation
import LifelinksModel
import Testing

@testable import LifelinksReports

@Suite("Reports")
struct ReportTests {
    let network = ReportFixture.network
    let today = ReportFixture.today

    @Test("the plan holds the commitments as a table, the ecomap, the agreement and the review date")
    func planContents() throws {
        let document = try PlanReport.document(network, audience: .professional, on: today)
        #expect(document.title == "Lifelong Links plan for Tam")
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(let text) = block { return text }
            return nil
        }
        #expect(
            headings == [
                "Who this plan is for", "Who will stay in touch, and how", "What the social worker must agree",
                "Review", "The network",

            ])
        let table = try #require(
            document.blocks.compactMap { block -> ReportTable? in
                if case .table(let table) = block { return table }
                return nil
            }.first)
        #expect(table.columns.last == "Contact details")
        #expect(
            table.rows[0] == [
                "Patricia Quill (my nan)", "Regular contact", "Tea on Sundays", "Every week", "Patricia Quill",
                ReportFixture.nanPhone,
            ])
        // The cousin's commitment names the uncle as responsible; professionals see him.
        #expect(table.rows[1][4] == ReportFixture.withheldName)
        #expect(table.rows[1][3] == "Not agreed yet")
        let facts =
            document.blocks.compactMap { block -> [ReportFact]? in
                if case .facts(let facts) = block { return facts }
                return nil
            }.first ?? []
        #expect(facts.contains(ReportFact("Age", "16")))
        #expect(facts.contains(ReportFact("Date of birth", "2010-05-14")))
        #expect(facts.contains(ReportFact("Case reference", "LL-TEST-001")))
        #expect(document.blocks.contains(.paragraph("The plan will be reviewed on 2027-01-10.")))
    }

    @Test("the family's plan has no contact details, no reference, no date of birth and no withheld person")
    func familyPlan() throws {
        let document = try PlanReport.document(network, audience: .family, on: today)
        let table = try #require(
            document.blocks.compactMap { block -> ReportTable? in
                if case .table(let table) = block { return table }
                return nil
            }.first)
        #expect(!table.columns.contains("Contact details"))
        // The withheld uncle was responsible for the cousin's commitment: the family sees nobody named.
        #expect(table.rows[1][4] == "Not decided yet")
        let facts =
            document.blocks.compactMap { block -> [ReportFact]? in
                if case .facts(let facts) = block { return facts }
                return nil
            }.first ?? []
        #expect(
            facts.map(\.label) == [
                "Name", "Age", "Social worker", "Lifelong Links coordinator", "Family group conference",
            ])
        #expect(facts[1].value == "16")
    }

    @Test("the review gives each commitment's outcome, both ecomaps, what changed and the gaps")
    func review() throws {
        let document = try ReviewReport.document(network, audience: .professional, on: today)
        let tables = document.blocks.compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        #expect(tables[0].rows.map { $0[4] } == ["Kept", "Partly kept"])
        #expect(tables[0].rows.map { $0[5] } == ["Going well", "Fewer messages over summer"])
        let figures = document.blocks.compactMap { block -> [ReportFigure]? in
            if case .figures(let figures) = block { return figures }
            return nil
        }
        #expect(figures.first?.map(\.caption) == ["At the FGC (2026-06-01)", "Now (2026-11-26)"])
        #expect(
            document.blocks.contains(
                .paragraph(
                    "Of 2 people reviewed, 1 kept their commitments, 1 partly kept them and 0 did not keep them.")))
        #expect(tables.count == 2)  // outcomes and gaps
        let family = try ReviewReport.document(network, audience: .family, on: today)
        let familyTables = family.blocks.compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        #expect(familyTables.count == 1)  // no gaps for the family
        #expect(familyTables[0].columns.count == 5)  // no review notes
    }

    @Test("what changed compares the network at the FGC with now")
    func changes() {
        let atFGC = network.asOf(ReportFixture.day("2026-06-01"))
        let lines = ReviewReport.changes(from: atFGC, to: network.asOf(today))
        #expect(lines.contains("Patricia Quill (my nan): attended the FGC then, committed in the plan now."))
        #expect(lines.last == "The network had 3 people at the FGC and has 3 people now.")
    }

    @Test("the team report puts overdue contact first")
    func team() {
        let document = TeamReport.document([network], audience: .professional, on: today)
        let tables = document.blocks.compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        // The nan's weekly contact was last logged on 1 October: overdue. The cousin's has no frequency.
        #expect(tables[1].rows.map { $0[0] } == ["Overdue", "Up to date"])
        #expect(tables[1].rows[0][6] == "2026-10-01")
        #expect(tables[1].rows[0][7] == "2026-10-08")
    }

    @Test("the cohort report counts the funnel, sizes and outcomes, checked by hand")
    func cohort() {
        var second = network
        second.youngPerson.reference = "LL-TEST-002"
        second.youngPerson.conferenceDate = ReportFixture.day("2026-03-12")
        second.reviews = []
        let figures = CohortReport.figures(for: [network, second], on: today, gaps: true)
        #expect(figures.map(\.progress.daysReferralToConference) == [140, 59])
        #expect(figures.map(\.sizeAtReview) == [3, nil])
        #expect(figures[0].outcomes.sorted { $0.rawValue < $1.rawValue } == [.kept, .partlyKept])
        let chart = CohortReport.sizeChart(figures)
        #expect(chart.bars.map(\.label) == ["At referral", "At the FGC", "At review"])
        #expect(chart.bars[2].text == "mean 3, median 3, over 1 young person")
    }

    @Test("a bar chart says every value in words and escapes its labels")
    func barChart() {
        let chart = BarChart(title: "A <b> chart", bars: [.init("one & two", 2), .init("half", 0.5)])
        #expect(chart.sentences == ["one & two: 2.", "half: 0.5."])
        #expect(chart.svg.contains("one &amp; two"))
        #expect(!chart.svg.contains("<b>"))
        #expect(chart.svg.contains("<title>A &lt;b&gt; chart</title>"))
    }
}

@Suite("Report kinds")
struct ReportKindTests {
    @Test("each kind makes its document and names its file, and refuses the wrong number of cases")
    func kinds() throws {
        let network = ReportFixture.network
        let day = ReportFixture.today
        #expect(
            try ReportKind.plan.document([network], audience: .family, on: day).title == "Lifelong Links plan for Tam")
        #expect(
            try ReportKind.review.document([network], audience: .professional, on: day).title
                == "Review of Tam's Lifelong Links plan")
        #expect(
            try ReportKind.team.document([network, network], audience: .professional, on: day).title
                == "Team responsibilities for contact")
        #expect(throws: ReportError.self) { try ReportKind.plan.document([], audience: .family, on: day) }
        #expect(ReportKind.plan.fileStem(reference: "LL/1 x", audience: .family) == "LL_1_x-plan-family")
        #expect(ReportKind.cohort.fileStem(reference: nil, audience: .youngPerson) == "cohort-young-person")
    }
}
