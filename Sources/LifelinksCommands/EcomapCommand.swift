import ArgumentParser
import Foundation
import LifelinksDiagrams
import LifelinksModel

extension Lifelinks {
    struct EcomapCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ecomap",
            abstract: "Draw a case's ecomap: the young person at the centre, their people around.")

        enum Highlight: String, ExpressibleByArgument, CaseIterable {
            case gaps
        }

        @OptionGroup var store: StoreOptions

        @Argument(help: "The case reference.") var reference: String
        @Option(help: "One of: svg, png, pdf, dot.") var format: OutputFormat = .svg
        @Option(help: "Who it is for: \(Audience.spellings).") var audience: Audience = .professional
        @Option(help: "Draw the network as it stood on this day (YYYY-MM-DD; default today).") var asOf: Day?
        @Option(help: "Mark the people a gap is about: gaps (professional audience only).") var highlight: Highlight?
        @Flag(help: "Draw two maps side by side: at referral, and on the --as-of day (for reviews).") var pair = false
        @Option(help: "The file to write (default: Reports/CASE-ecomap-AUDIENCE.FORMAT).") var out: String?

        func validate() throws {
            if highlight != nil && audience != .professional {
                throw ValidationError("--highlight gaps is for professionals; the family view never shows gaps.")
            }
        }

        func run() throws {
            let network = try store.open().requireNetwork(reference)
            let stem = EcomapCommand.fileStem(reference, audience) + (pair ? "-pair" : "")
            let path = out ?? "Reports/\(stem).\(format.fileExtension)"
            let day = asOf ?? .today()
            let now = network.asOf(day)
            var highlights: [String: [Gap]] = [:]
            if highlight == .gaps {
                highlights = Dictionary(grouping: GapAnalysis().gaps(in: now, on: day).filter { $0.connection != nil })
                {
                    $0.connection!
                }
            }
            let document: GraphDocument
            if pair {
                let referral = network.youngPerson.referralDate
                document = Ecomap.pair(
                    audience.view(of: network.asOf(referral)), audience.view(of: now),
                    captions: ("At referral, \(referral)", asOf == nil ? "Now, \(day)" : "On \(day)"),
                    highlights: highlights)
            } else {
                document = Ecomap.document(for: audience.view(of: now), highlights: highlights)
            }
            try EcomapCommand.write(document, format: format, to: path)
            print("Wrote \(path).")
        }

        /// A file name safe on every system, from the case reference.
        static func fileStem(_ reference: String, _ audience: Audience) -> String {
            "\(FileNames.safe(reference))-ecomap-\(audience.rawValue)"
        }

        static func write(
            _ network: CaseNetwork, audience: Audience, format: OutputFormat, to path: String, on day: Day = .today()
        ) throws {

            try write(Ecomap.document(for: audience.view(of: network, on: day)), format: format, to: path)
        }

        static func write(_ document: GraphDocument, format: OutputFormat, to path: String) throws {
            let bytes = try GraphvizRenderer.render(document, format: format)
            try Output.write(bytes, to: path)
        }
    }
}
