import Foundation
import LifelinksDiagrams
import LifelinksInterchange
import LifelinksModel
import LifelinksReports
import LifelinksStore

/// The FGC plan of the 26-connection sample as HTML and PDF, against its ecomap alone, and the cohort report
/// over the generated cohort.
func reportBenchmark(cohort: Store, runs: Int) throws {
    let samples = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Samples")
    let store = try Store()
    _ = try SpreadsheetImport(recordedBy: "benchmark").run(ImportSource.find(at: samples.path), into: store)
    guard let network = try store.network("LL-2026-024") else { return }
    let day = Day("2026-11-26")!
    var ecomaps: [Double] = []
    var htmls: [Double] = []
    var pdfs: [Double] = []
    var pdfSize = 0
    for _ in 0..<runs {
        ecomaps.append(
            try seconds {
                _ = try GraphvizRenderer.render(
                    Ecomap.document(for: Audience.family.view(of: network.asOf(day), on: day)), format: .svg)
            })
        htmls.append(
            try seconds {
                _ = HTMLReportWriter.html(for: try PlanReport.document(network, audience: .family, on: day))
            })
        pdfs.append(
            try seconds {
                pdfSize = try PDFReportWriter.pdf(for: try PlanReport.document(network, audience: .family, on: day))
                    .count
            })
    }
    print("Reports: the FGC plan of the 26-connection sample, for the family (\(runs) runs each):")
    print(String(format: "  its ecomap alone, to SVG: median %.1f ms", median(ecomaps) * 1000))
    print(
        String(
            format: "  the plan as HTML: median %.1f ms (%.1f× the ecomap alone)", median(htmls) * 1000,
            median(htmls) / median(ecomaps)))
    print(
        String(
            format: "  the plan as PDF: median %.1f ms (%.1f× the ecomap alone; %d KiB)", median(pdfs) * 1000,
            median(pdfs) / median(ecomaps), pdfSize / 1024))

    var networks: [CaseNetwork] = []
    let loading = try seconds { networks = try cohort.networks() }
    var documents: [Double] = []
    var totals: [Double] = []
    for _ in 0..<max(1, runs / 10) {
        var document: ReportDocument?
        let building = seconds {
            document = CohortReport.document(networks, audience: .professional, on: CohortGenerator.referenceDay)
        }
        let writing = try seconds {
            _ = HTMLReportWriter.html(for: document!)
            _ = try PDFReportWriter.pdf(for: document!)
        }
        documents.append(building)
        totals.append(building + writing)
    }
    print("Reports: the cohort report over \(networks.count) generated cases:")
    print(String(format: "  loading every network from SQLite: %.2f s", loading))
    print(String(format: "  the figures (progress, sizes at review, gaps): median %.2f s", median(documents)))
    print(String(format: "  figures, then HTML and PDF: median %.2f s", median(totals)))
}
