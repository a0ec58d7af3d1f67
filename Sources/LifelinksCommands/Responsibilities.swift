import ArgumentParser
import LifelinksModel

extension Lifelinks {
    struct Responsibilities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who is responsible for contact with whom, how often, and when contact was last recorded.")

        enum Grouping: String, ExpressibleByArgument, CaseIterable {
            case responsible
            case `case`
        }

        @OptionGroup var store: StoreOptions
        @OptionGroup var view: ViewOptions

        @Option(help: "Group by: responsible, case.") var by: Grouping = .responsible

        func run() throws {
            let networks = try view.networks(nil, from: store.open())
            let all = networks.flatMap { Responsibility.list($0, on: view.day) }
            if view.json {
                print(try JSONOutput.text(all))
                return
            }
            print(Responsibilities.text(all, by: by))
        }

        /// Grouped by who is responsible (or by case), overdue and unowned ones marked.
        static func text(_ all: [Responsibility], by: Grouping) -> String {
            guard !all.isEmpty else { return "No commitments recorded." }
            let groups = Dictionary(grouping: all) { item in
                by == .case ? item.case : (item.responsible?.spelling ?? "(nobody)")
            }
            var lines: [String] = []
            for key in groups.keys.sorted() {
                if !lines.isEmpty { lines.append("") }
                lines.append(by == .case ? "Case \(key)" : "Responsible: \(key)")
                var table = [["", "Case", "Connection", "Support", "How often", "Last contact", "Due by"]]
                for item in groups[key]! {
                    let mark = item.unowned ? "NO OWNER" : (item.overdue ? "OVERDUE" : "")
                    table.append([
                        mark, item.case, item.connection, item.support.rawValue, item.frequency?.rawValue ?? "-",
                        item.lastContact?.description ?? "none recorded", item.dueBy?.description ?? "-",
                    ])
                }
                lines.append(TextTable.render(table))
            }
            return lines.joined(separator: "\n")
        }
    }
}
