import ArgumentParser
import LifelinksModel

extension Lifelinks {
    struct Gaps: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the gaps in each network and plan: unsafe contact, missing commitments, stalled searches.",
            discussion:
                "The codes are listed in the README. The exit status is 0 even when there are gaps, unless --fail-on is given."
        )

        @OptionGroup var store: StoreOptions
        @OptionGroup var view: ViewOptions

        @Argument(help: "One case; without it, the whole caseload.") var reference: String?

        @Option(help: "Exit with status 3 when a gap of this severity or worse is found: \(Gap.Severity.spellings).")
        var failOn: Gap.Severity?

        func run() throws {
            let networks = try view.networks(reference, from: store.open())
            let analysis = GapAnalysis()
            let gaps = networks.flatMap { analysis.gaps(in: $0, on: view.day) }
            if view.json {
                print(try JSONOutput.text(gaps))
            } else {
                print(Gaps.text(gaps, networks: networks))
            }
            if let failOn, gaps.contains(where: { $0.severity <= failOn }) {
                throw ExitCode(3)
            }
        }

        /// Grouped by case, then severity.
        static func text(_ gaps: [Gap], networks: [CaseNetwork]) -> String {
            guard !gaps.isEmpty else { return "No gaps found." }
            var lines: [String] = []
            let byCase = Dictionary(grouping: gaps, by: \.case)
            for network in networks {
                guard let found = byCase[network.youngPerson.reference] else { continue }
                if !lines.isEmpty { lines.append("") }
                lines.append(
                    "\(network.youngPerson.reference) (\(network.youngPerson.displayName)): \(found.count) gaps")
                for severity in Gap.Severity.allCases {
                    let these = found.filter { $0.severity == severity }
                    guard !these.isEmpty else { continue }
                    lines.append("  \(severity.rawValue)")
                    for gap in these {
                        lines.append("    \(gap.code): \(gap.message)")
                    }
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
