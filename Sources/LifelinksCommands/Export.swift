import ArgumentParser
import LifelinksInterchange
import LifelinksModel

extension Lifelinks {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the database back out as the four spreadsheet files.")

        @OptionGroup var store: StoreOptions

        @Option(help: "Who the files are for: \(Audience.spellings).")
        var audience: Audience = .professional

        @Argument(help: "The folder to write cases.csv, connections.csv, relations.csv and commitments.csv into.")
        var folder: String

        func run() throws {
            let networks = try store.open().networks().map(audience.view(of:))
            try SpreadsheetExport.write(networks, to: folder)
            print("Wrote \(networks.count) \(networks.count == 1 ? "case" : "cases") to \(folder).")
        }
    }
}
