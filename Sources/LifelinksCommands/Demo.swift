import ArgumentParser
import Foundation
import LifelinksDiagrams
import LifelinksModel
import LifelinksStore

extension Lifelinks {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import the bundled samples into a fresh database and draw every ecomap into Reports/.")

        @Option(help: "The folder of sample spreadsheets.") var samples = "Samples"
        @Option(help: "The folder to write into.") var reports = "Reports"
        @Option(help: "Keep the database in this file (default: in memory, thrown away).") var db: String?

        func run() throws {
            if let db, FileManager.default.fileExists(atPath: db) {
                throw CommandFailure("\(db) already exists; the demo needs a fresh database. Choose another --db.")
            }
            let store = try db.map { try Store(path: $0) } ?? Store()
            let summary = try Import.run(path: samples, store: store, recordedBy: "demo")
            var written = 0
            for network in try store.networks() {
                for audience in Audience.allCases {
                    for format in OutputFormat.allCases {
                        let path = (reports as NSString).appendingPathComponent(
                            "\(EcomapCommand.fileStem(network.youngPerson.reference, audience)).\(format.fileExtension)"
                        )
                        try EcomapCommand.write(network, audience: audience, format: format, to: path)
                        written += 1
                    }
                }
            }
            print(
                "Imported \(summary.totalRowsRead) rows from \(samples); wrote \(written) ecomap files into \(reports)."
            )
        }
    }
}
