import ArgumentParser
import Foundation
import LifelinksDiagrams
import LifelinksModel

extension Lifelinks {
    struct GenogramCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "genogram",
            abstract: "Draw a case's genogram: the young person's family, generation by generation (McGoldrick).")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The case reference.") var reference: String
        @Option(help: "How many generations to draw each way from the young person.") var generations = 3
        @Option(help: "One of: svg, png, pdf, dot.") var format: OutputFormat = .svg
        @Option(help: "Who it is for: \(Audience.spellings).") var audience: Audience = .professional
        @Option(help: "Draw the family as recorded on this day (YYYY-MM-DD; default today).") var asOf: Day?
        @Option(help: "The file to write (default: Reports/CASE-genogram-AUDIENCE.FORMAT).") var out: String?

        func validate() throws {
            guard (1...10).contains(generations) else { throw ValidationError("--generations must be from 1 to 10.") }
        }

        func run() throws {
            let network = try store.open().requireNetwork(reference)
            let path = out ?? "Reports/\(GenogramCommand.fileStem(reference, audience)).\(format.fileExtension)"
            let shown = audience.view(of: asOf.map(network.asOf) ?? network)
            try GenogramCommand.write(shown, generations: generations, format: format, to: path)
            print("Wrote \(path).")
        }

        static func fileStem(_ reference: String, _ audience: Audience) -> String {
            EcomapCommand.fileStem(reference, audience).replacingOccurrences(of: "-ecomap-", with: "-genogram-")
        }

        static func write(_ network: CaseNetwork, generations: Int, format: OutputFormat, to path: String) throws {
            let document = try Genogram.document(for: network, generations: generations)
            try Output.write(try GraphvizRenderer.render(document, format: format, layout: "nop2"), to: path)
        }
    }
}
