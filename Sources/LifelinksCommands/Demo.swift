import ArgumentParser
import Foundation
import LifelinksDiagrams
import LifelinksInterchange
import LifelinksModel
import LifelinksReports
import LifelinksStore

extension Lifelinks {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import the bundled samples into a fresh database and write every sample's reports into Reports/.",
            discussion: """
                For each case: the ecomap and the genogram for professionals and for the family (SVG, PNG, PDF, DOT), \
                the ecomap with \
                its gaps marked, the pair at referral and now, the gaps (text and JSON) and the progress. For the \
                caseload: the progress funnel and who is responsible for contact. Everything is as of --as-of, so the \
                same samples always give the same files.
                """)

        @Option(help: "The folder of sample spreadsheets.") var samples = "Samples"
        @Option(help: "The folder to write into.") var reports = "Reports"
        @Option(help: "Keep the database in this file (default: in memory, thrown away).") var db: String?
        @Option(help: "The day the reports describe (the samples are written as of 2026-11-26).")
        var asOf = Day(year: 2026, month: 11, day: 26)!

        func run() throws {
            if let db, FileManager.default.fileExists(atPath: db) {
                throw CommandFailure("\(db) already exists; the demo needs a fresh database. Choose another --db.")
            }
            let store = try db.map { try Store(path: $0) } ?? Store()
            let summary = try Import.run(path: samples, store: store, recordedBy: "demo")
            // Each sample family tree is named CASE-genealogy.ged; its young person's xref is their first name.
            let trees =
                (try? FileManager.default.contentsOfDirectory(atPath: samples))?.filter {
                    $0.hasSuffix("-genealogy.ged")
                }.sorted() ?? []
            for tree in trees {
                let reference = String(tree.dropLast("-genealogy.ged".count))
                guard let youngPerson = try store.youngPersonCase(reference) else { continue }
                let file = (samples as NSString).appendingPathComponent(tree)
                _ = try FamilyTreeImport(recordedBy: "demo", date: asOf).run(
                    try GedcomReader.read(path: file), file: file, case: reference,
                    youngPerson: youngPerson.displayName.lowercased(), into: store)
            }
            let networks = try store.networks()
            var written = 0
            func path(_ name: String) -> String { (reports as NSString).appendingPathComponent(name) }
            for full in networks {
                let reference = full.youngPerson.reference
                let network = full.asOf(asOf)
                for audience in Audience.allCases {
                    for format in OutputFormat.allCases {
                        let name = "\(EcomapCommand.fileStem(reference, audience)).\(format.fileExtension)"
                        try EcomapCommand.write(network, audience: audience, format: format, to: path(name), on: asOf)
                        let genogram = "\(GenogramCommand.fileStem(reference, audience)).\(format.fileExtension)"
                        try GenogramCommand.write(
                            audience.view(of: network, on: asOf), generations: 3, format: format, to: path(genogram))
                        written += 2
                    }
                    for kind in [ReportKind.plan, .review] {
                        written += try Demo.write(kind, [full], reference: reference, audience, on: asOf, into: reports)
                    }
                }
                let gaps = GapAnalysis().gaps(in: network, on: asOf)
                let highlights = Dictionary(grouping: gaps.filter { $0.connection != nil }) { $0.connection! }
                let stem = EcomapCommand.fileStem(reference, .professional)
                try EcomapCommand.write(
                    Ecomap.document(for: network, highlights: highlights), format: .svg, to: path("\(stem)-gaps.svg"))
                try EcomapCommand.write(
                    Ecomap.pair(
                        full.asOf(full.youngPerson.referralDate), network,
                        captions: ("At referral, \(full.youngPerson.referralDate)", "On \(asOf)")),
                    format: .svg, to: path("\(stem)-pair.svg"))
                try Output.write(Gaps.text(gaps, networks: [network]) + "\n", to: path("\(reference)-gaps.txt"))
                try Output.write(try JSONOutput.text(gaps) + "\n", to: path("\(reference)-gaps.json"))
                try Output.write(
                    Progress.text(CaseProgress(full, on: asOf)) + "\n", to: path("\(reference)-progress.txt"))
                written += 5
            }
            let each = networks.map { CaseProgress($0, on: asOf) }
            try Output.write(
                Progress.text(CaseloadProgress(each, networks: networks, on: asOf)) + "\n",
                to: path("caseload-progress.txt"))
            try Output.write(
                Responsibilities.text(
                    networks.flatMap { Responsibility.list($0.asOf(asOf), on: asOf) }, by: .responsible)
                    + "\n", to: path("caseload-responsibilities.txt"))
            written += 2
            for audience in Audience.allCases {
                for kind in [ReportKind.team, .cohort] {
                    written += try Demo.write(kind, networks, reference: nil, audience, on: asOf, into: reports)
                }
            }
            print(
                "Imported \(summary.totalRowsRead) rows from \(samples); wrote \(written) files into \(reports).")
        }

        /// Writes one report as HTML and as PDF; returns how many files it wrote.
        static func write(
            _ kind: ReportKind, _ networks: [CaseNetwork], reference: String?, _ audience: Audience, on day: Day,
            into folder: String
        ) throws -> Int {
            let document = try kind.document(networks, audience: audience, on: day)
            let stem = kind.fileStem(reference: reference, audience: audience)
            for format in ReportFormat.allCases {
                try Output.write(
                    try format.render(document),
                    to: (folder as NSString).appendingPathComponent("\(stem).\(format.fileExtension)"))
            }
            return ReportFormat.allCases.count
        }

    }
}
