import ArgumentParser
import Foundation
import LifelinksInterchange
import LifelinksModel

extension Lifelinks {
    struct GedcomCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gedcom",
            abstract: "Bring in a family tree from a genealogy search (GEDCOM 5.5.1 or 7), or write one out.",
            subcommands: [ImportTree.self, ExportTree.self])
    }

    struct ImportTree: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import a GEDCOM file into a case: every individual becomes a family connection, found via genealogy.",
            discussion: """
                The individual --young-person names is the young person. A connection id is the xref without its @s; \
                importing a second tree into the same case merges people with the same xref. All or nothing: a \
                problem is reported as FILE:LINE: and nothing changes.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var recorder: RecorderOptions

        @Argument(help: "The GEDCOM file.") var file: String
        @Option(name: .customLong("case"), help: "The case reference.") var reference: String
        @Option(help: "The xref of the young person in the file (without @s).") var youngPerson: String
        @Option(help: "The day the new relatives are recorded as identified (default today).") var date: Day?

        func run() throws {
            let document = try GedcomReader.read(path: file)
            let summary = try FamilyTreeImport(recordedBy: recorder.recorder, date: date ?? .today()).run(
                document, file: file, case: reference, youngPerson: youngPerson.trimmingCharacters(in: ["@"]),
                into: store.open())
            print(
                "Imported \(document.individuals.count) people (\(summary.added) new, \(summary.merged) already in the case) and \(summary.relations) family ties into \(reference)."
            )
        }
    }

    struct ExportTree: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write a case's family tree as GEDCOM 5.5.1 (UTF-8).")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The case reference.") var reference: String
        @Argument(help: "The file to write.") var file: String
        @Option(help: "Who it is for: \(Audience.spellings).") var audience: Audience = .professional

        func run() throws {
            let network = audience.view(of: try store.open().requireNetwork(reference))
            let document = FamilyTreeExport.document(for: network)
            try Output.write(GedcomWriter.write(document), to: file)
            print("Wrote \(document.individuals.count) people and \(document.families.count) families to \(file).")
        }
    }
}
