import ArgumentParser
import Foundation
import LifelinksDiagrams
import LifelinksModel

extension Lifelinks {
    struct EcomapCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ecomap",
            abstract: "Draw a case's ecomap: the young person at the centre, their people around.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The case reference.") var reference: String
        @Option(help: "One of: svg, png, pdf, dot.") var format: OutputFormat = .svg
        @Option(help: "Who it is for: \(Audience.spellings).") var audience: Audience = .professional
        @Option(help: "The file to write (default: Reports/CASE-ecomap-AUDIENCE.FORMAT).") var out: String?

        func run() throws {
            let network = try store.open().requireNetwork(reference)
            let path = out ?? "Reports/\(EcomapCommand.fileStem(reference, audience)).\(format.fileExtension)"
            try EcomapCommand.write(network, audience: audience, format: format, to: path)
            print("Wrote \(path).")
        }

        /// A file name safe on every system, from the case reference.
        static func fileStem(_ reference: String, _ audience: Audience) -> String {
            let safe = reference.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
            return "\(String(safe))-ecomap-\(audience.rawValue)"
        }

        static func write(_ network: CaseNetwork, audience: Audience, format: OutputFormat, to path: String) throws {
            let document = Ecomap.document(for: audience.view(of: network))
            let bytes = try GraphvizRenderer.render(document, format: format)
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        }
    }
}
