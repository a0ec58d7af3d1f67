import ArgumentParser
import LifelinksModel

extension Lifelinks {
    struct Cases: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the cases, with how many people are at each stage.")

        @OptionGroup var store: StoreOptions

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        struct Row: Encodable {
            var `case`: String
            var name: String
            var status: CareStatus
            var coordinator: String?
            var referralDate: Day
            var fgcDate: Day?
            var connections: Int
            var stages: [String: Int]
        }

        func run() throws {
            let database = try store.open()
            let counts = try database.stageCountsByCase()
            let rows = try database.cases().map { youngPerson in
                let stages = counts[youngPerson.reference] ?? [:]
                return Row(
                    case: youngPerson.reference, name: youngPerson.displayName, status: youngPerson.status,
                    coordinator: youngPerson.coordinator, referralDate: youngPerson.referralDate,
                    fgcDate: youngPerson.conferenceDate, connections: stages.values.reduce(0, +),
                    stages: Dictionary(uniqueKeysWithValues: stages.map { ($0.key.rawValue, $0.value) }))
            }
            if json {
                print(try JSONOutput.text(rows))
                return
            }
            if rows.isEmpty {
                print("No cases yet. Import spreadsheets with: lifelinks import FOLDER")
                return
            }
            var table = [["Case", "Young person", "Status", "Referred", "FGC", "People", "In contact", "Committed"]]
            for row in rows {
                let inContact = row.stages.filter { SearchStage(rawValue: $0.key)?.isInContact ?? false }.values
                    .reduce(0, +)
                table.append([
                    row.case, row.name, row.status.rawValue, row.referralDate.description,
                    row.fgcDate?.description ?? "-", String(row.connections), String(inContact),
                    String(row.stages[SearchStage.committed.rawValue] ?? 0),
                ])
            }
            print(TextTable.render(table))
        }
    }
}
