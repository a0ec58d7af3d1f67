import ArgumentParser
import Foundation
import LifelinksModel

extension Lifelinks {
    struct Measures: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure a young person's network: size, make-up, diversity, density, brokerage, sources.",
            discussion: """
                The network is everyone whose search has not ended. Ties between them come from relations.csv \
                (family ties and `knows`). Effective size and constraint are Burt's, for the young person.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var view: ViewOptions

        @Argument(help: "The case reference.") var reference: String

        func run() throws {
            let measures = NetworkMeasures(try view.network(reference, from: store.open()))
            print(
                view.json ? try JSONOutput.text(measures) : Measures.text(measures, reference: reference, on: view.day))
        }

        static func text(_ measures: NetworkMeasures, reference: String, on day: Day) -> String {
            func counts(_ values: [String: Int]) -> String {
                values.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
                    .joined(separator: ", ")
            }
            func decimal(_ value: Double) -> String { String(format: "%.3f", value) }
            return [
                "\(reference) on \(day): \(measures.size) people in the network",
                "By category: \(counts(measures.byCategory))",
                "Family by side: \(measures.bySide.isEmpty ? "-" : counts(measures.bySide))",
                "Diversity (index of qualitative variation, 0 to 1): \(decimal(measures.diversity))",
                "Ties among them: \(measures.ties); density \(decimal(measures.density))",
                "Groups who know each other (components): \(measures.components), the largest of \(measures.largestComponent)",
                "Effective size (Burt): \(decimal(measures.effectiveSize)); constraint: \(decimal(measures.constraint))",
                "Found through: \(counts(measures.foundVia))",
            ].joined(separator: "\n")
        }
    }
}
