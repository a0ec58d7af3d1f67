import ArgumentParser
import LifelinksModel

extension Lifelinks {
    struct KinshipCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kinship",
            abstract: "Say exactly how two people in a case are related: \"A is B's …\", with every path.",
            discussion:
                "Use young-person for the young person. The side (maternal or paternal) is relative to the young person."
        )

        @OptionGroup var store: StoreOptions
        @OptionGroup var view: ViewOptions

        @Argument(help: "The case reference.") var reference: String
        @Argument(help: "The first person's id (A).") var a: String
        @Argument(help: "The second person's id (B).") var b: String

        func run() throws {
            let network = try view.network(reference, from: store.open())
            for id in [a, b] where id != Connection.youngPersonID && network.connection(id) == nil {
                throw CommandFailure("Case \(reference) has no connection with id \(id).")
            }
            guard let result = Kinship(FamilyGraph(network)).relationship(of: a, to: b) else {
                throw CommandFailure("No family tie joins \(a) and \(b) in case \(reference).")
            }
            if view.json {
                print(try JSONOutput.text(result))
                return
            }
            var lines = ["\(a) is \(b)'s \(result.label)" + (result.side.map { " (\($0) side)" } ?? "") + "."]
            if let up = result.aUp, let down = result.bUp {
                lines.append("Generations up to the nearest common ancestor: \(up) from \(a), \(down) from \(b).")
            }
            if result.paths.count > 1 {
                lines.append("\(result.paths.count) paths, nearest first:")
                for path in result.paths.prefix(10) {
                    lines.append("  \(path.label): " + ([a] + path.steps.map(\.to)).joined(separator: " → "))
                }
            }
            print(lines.joined(separator: "\n"))
        }
    }

    struct Relatives: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List everyone within N degrees of the young person, with their kinship and search stage.",
            discussion: "Then the branches of the family still to explore, and the closest kin not yet contacted.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var view: ViewOptions

        @Argument(help: "The case reference.") var reference: String
        @Option(help: "How many steps (parent, child, partner, sibling) from the young person.") var within = 4

        struct Row: Encodable {
            var id: String
            var name: String
            var kinship: String
            var side: String?
            var degrees: Int
            var stage: SearchStage
        }

        func run() throws {
            let network = try view.network(reference, from: store.open())
            let kinship = Kinship(FamilyGraph(network))
            let rows = kinship.relatives(of: Connection.youngPersonID, within: within).compactMap { result -> Row? in
                guard let connection = network.connection(result.a) else { return nil }
                return Row(
                    id: connection.id, name: connection.name, kinship: result.label, side: result.side,
                    degrees: result.paths.first?.steps.count ?? 0, stage: connection.stage)
            }
            let branches = GapAnalysis().gaps(in: network, on: view.day).filter {
                $0.code == "branch-unexplored" || $0.code == "close-kin-not-contacted"
            }
            if view.json {
                struct Output: Encodable {
                    var relatives: [Row]
                    var unexplored: [Gap]
                }
                print(try JSONOutput.text(Output(relatives: rows, unexplored: branches)))
                return
            }
            var table = [["Id", "Name", "Kinship", "Side", "Steps", "Stage"]]
            for row in rows {
                table.append([
                    row.id, row.name, row.kinship, row.side ?? "-", String(row.degrees), row.stage.rawValue,
                ])
            }
            var lines = [rows.isEmpty ? "No relatives recorded within \(within) steps." : TextTable.render(table)]
            if !branches.isEmpty {
                lines.append("")
                lines.append("Still to explore:")
                lines += branches.map { "  \($0.code): \($0.message)" }
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
