import ArgumentParser
import Foundation
import LifelinksModel
import LifelinksReports
import LifelinksStore

extension Lifelinks {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a report as self-contained HTML and as PDF: the FGC plan, a review, the team's "
                + "responsibilities, or the cohort.",
            discussion: """
                plan and review are for one case; team and cohort cover every case. What each audience sees is \
                decided before the report is made: family and young-person reports leave out anyone unsafe, not yet \
                assessed, at do-not-contact or not wanted by the young person, and every note, safety word, contact \
                detail, date of birth and case reference.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "Which report: plan, review, team, cohort.") var kind: ReportKind
        @Argument(help: "The case reference (plan and review only).") var reference: String?
        @Option(help: "Who it is for: \(Audience.spellings).") var audience: Audience = .professional
        @Option(help: "html or pdf; repeat for both (default: both).") var format: [ReportFormat] = []
        @Option(help: "The day the report describes (YYYY-MM-DD; default today).") var asOf: Day?
        @Option(help: "The folder to write into.") var out = "Reports"

        func validate() throws {
            if kind.isForOneCase && reference == nil {
                throw ValidationError("a \(kind.rawValue) report is for one case: give its reference")
            }
            if !kind.isForOneCase && reference != nil {
                throw ValidationError("a \(kind.rawValue) report covers every case; leave out the case reference")
            }
        }

        func run() throws {
            let day = asOf ?? .today()
            let database = try store.open()
            let networks = try reference.map { [try database.requireNetwork($0)] } ?? database.networks()
            let document = try kind.document(networks, audience: audience, on: day)
            let stem = kind.fileStem(reference: reference, audience: audience)
            for format in format.isEmpty ? ReportFormat.allCases : format {
                let path = (out as NSString).appendingPathComponent("\(stem).\(format.fileExtension)")
                try Output.write(try format.render(document), to: path)
                print("Wrote \(path).")
            }
        }
    }
}

extension ReportKind: ExpressibleByArgument {}
