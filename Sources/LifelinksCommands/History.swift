import ArgumentParser
import LifelinksModel

extension Lifelinks {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a case's history: every stage change and logged event, oldest first.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var view: ViewOptions

        @Argument(help: "The case reference.") var reference: String
        @Argument(help: "Only this connection.") var id: String?

        struct Entry: Encodable {
            var date: Day?
            var connection: String
            var type: String
            var stage: SearchStage?
            var by: String
            var note: String?
            var correction: Bool
        }

        func run() throws {
            let network = try view.network(reference, from: store.open())
            var entries = network.history.map {
                Entry(
                    date: $0.date, connection: $0.connection, type: "stage", stage: $0.stage, by: $0.recordedBy,
                    note: $0.reason, correction: $0.isCorrection)
            }
            entries += network.events.map {
                Entry(
                    date: $0.date, connection: $0.connection, type: $0.kind.rawValue, stage: nil, by: $0.recordedBy,
                    note: $0.note, correction: false)
            }
            if let id { entries = entries.filter { $0.connection == id } }
            entries = entries.enumerated().sorted {
                ($0.element.date?.ordinal ?? 0, $0.offset) < ($1.element.date?.ordinal ?? 0, $1.offset)
            }.map(\.element)
            if view.json {
                print(try JSONOutput.text(entries))
                return
            }
            var table = [["Date", "Connection", "What", "By", "Note"]]
            for entry in entries {
                let what =
                    entry.stage.map { "\(entry.correction ? "corrected to " : "→ ")\($0.rawValue)" } ?? entry.type
                table.append([
                    entry.date?.description ?? "(no date)", entry.connection, what, entry.by, entry.note ?? "",
                ])
            }
            print(entries.isEmpty ? "Nothing recorded yet." : TextTable.render(table))
        }
    }
}
