import ArgumentParser
import Foundation
import LifelinksDiagrams
import LifelinksInterchange
import LifelinksModel
import LifelinksStore

extension Lifelinks {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the database out: as the four spreadsheet files, a JSON backup, GraphML or DOT.",
            discussion: """
                csv writes cases.csv, connections.csv, relations.csv and commitments.csv; json writes \
                \(DatabaseBackup.fileName), which `lifelinks restore` reads back; graphml writes CASE.graphml per \
                case (for Gephi, Cytoscape and networkx); dot writes CASE-ecomap.dot per case. Every format holds \
                only what --audience may see; a JSON backup for the family restores as a database of the family's \
                view.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, json, graphml, dot
        }

        @OptionGroup var store: StoreOptions

        @Option(help: "One of: csv, json, graphml, dot.")
        var format: Format = .csv

        @Option(help: "Who the files are for: \(Audience.spellings).")
        var audience: Audience = .professional

        @Argument(help: "The folder to write into.")
        var folder: String

        func run() throws {
            let store = try store.open()
            let networks = Export.distinctReferences(try store.networks().map(audience.view(of:)))
            switch format {
            case .csv:
                try SpreadsheetExport.write(networks, to: folder)
                print("Wrote \(Export.cases(networks.count)) to \(folder).")
            case .json:
                let backup = try Export.backup(store, networks: networks, audience: audience)
                let path = Export.path(folder, DatabaseBackup.fileName)
                try Output.write(Array(try backup.json()), to: path)
                print("Wrote a backup of \(Export.cases(backup.table("cases")?.rows.count ?? 0)) to \(path).")
            case .graphml:
                try Export.each(networks, in: folder, suffix: ".graphml") { GraphMLExport.document(for: $0) }
                print("Wrote GraphML for \(Export.cases(networks.count)) to \(folder).")
            case .dot:
                try Export.each(networks, in: folder, suffix: "-ecomap.dot") { network in
                    String(
                        decoding: try GraphvizRenderer.render(Ecomap.document(for: network), format: .dot),
                        as: UTF8.self)
                }
                print("Wrote the ecomaps of \(Export.cases(networks.count)) as DOT to \(folder).")
            }
        }

        /// The whole database for professionals; for anyone else, a database made of what they may see, backed up.
        static func backup(_ store: Store, networks: [CaseNetwork], audience: Audience) throws -> DatabaseBackup {
            if audience == .professional { return try store.backup() }
            let viewed = try Store()
            try viewed.insert(networks)
            return try viewed.backup()
        }

        /// Writes one file per case, named from its reference as the audience sees it.
        static func each(
            _ networks: [CaseNetwork], in folder: String, suffix: String, text: (CaseNetwork) throws -> String
        ) throws {
            let names = distinct(networks.map { fileName($0.youngPerson.reference) })
            for (network, name) in zip(networks, names) {
                try Output.write(try text(network), to: path(folder, name + suffix))
            }
        }

        /// Where an audience sees a name in place of the case reference, two cases may share it: the later get -2, -3….
        static func distinctReferences(_ networks: [CaseNetwork]) -> [CaseNetwork] {
            zip(networks, distinct(networks.map(\.youngPerson.reference))).map { network, reference in
                var renamed = network
                renamed.youngPerson.reference = reference
                return renamed
            }
        }

        /// The names, each repeat (ignoring case, as some file systems do) given the first free -2, -3….
        static func distinct(_ names: [String]) -> [String] {
            var taken = Set(names.map { $0.lowercased() })
            var seen: Set<String> = []
            return names.map { name in
                if seen.insert(name.lowercased()).inserted { return name }
                var number = 2
                while taken.contains("\(name)-\(number)".lowercased()) { number += 1 }
                taken.insert("\(name)-\(number)".lowercased())
                return "\(name)-\(number)"
            }
        }

        /// A file name safe on every system, from a case reference.
        static func fileName(_ reference: String) -> String {
            FileNames.safe(reference)
        }

        static func path(_ folder: String, _ name: String) -> String {
            (folder as NSString).appendingPathComponent(name)
        }

        static func cases(_ count: Int) -> String {
            "\(count) \(count == 1 ? "case" : "cases")"
        }
    }
}
