import Foundation
import LifelinksModel
import LifelinksStore
import Testing

/// The security property of issue 5: an output for the family or the young person holds none of
/// what they may not see, in any format, for any sample. Each output's bytes are searched (PDFs
/// through pdftotext and pdfinfo), after undoing entities and taking out spaces and line breaks,
/// so neither escaping nor wrapping can hide a leak.
@Suite("What the family and the young person are shown", .serialized)
struct AudienceOutputTests {
    static let shared = Result { try Outputs() }

    struct Outputs {
        let cli: CLI
        let files: [Audience: [URL]]
        let networks: [CaseNetwork]

        init() throws {
            cli = try CLI()
            let samples = CLI.repositoryRoot.appendingPathComponent("Samples").path
            let demoDB = cli.path("demo.sqlite")
            let demo = try cli.run(
                ["demo", "--samples", samples, "--reports", cli.path("Reports"), "--db", demoDB], database: false)
            guard demo.status == 0 else { throw Failure(text: "demo failed: \(demo.errors)") }
            var files: [Audience: [URL]] = [:]
            for audience in Audience.allCases {
                for format in ["csv", "json", "graphml", "dot"] {
                    let folder = cli.path("export-\(audience.rawValue)-\(format)")
                    let export = try cli.run(
                        ["export", "--format", format, "--audience", audience.rawValue, folder, "--db", demoDB],
                        database: false)
                    guard export.status == 0 else { throw Failure(text: "export \(format) failed: \(export.errors)") }
                    files[audience, default: []] += try Outputs.list(URL(fileURLWithPath: folder))
                }
                files[audience, default: []] += try Outputs.list(URL(fileURLWithPath: cli.path("Reports"))).filter {
                    $0.lastPathComponent.contains("-\(audience.rawValue).")
                }
            }
            self.files = files
            networks = try Store(path: demoDB).networks()
        }

        static func list(_ folder: URL) throws -> [URL] {
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension != "png" }.sorted { $0.path < $1.path }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var text: String
        var description: String { text }
    }

    /// Everything the family may not be shown, with a label for the message.
    static func withheld(from networks: [CaseNetwork]) -> [(label: String, text: String)] {
        var items: [(label: String, text: String)] = []
        for network in networks {
            let youngPerson = network.youngPerson
            items.append(("case reference", youngPerson.reference))
            items.append(("date of birth", youngPerson.dateOfBirth.description))
            for connection in network.connections {
                let gated =
                    !connection.safety.allowsContact || connection.wishes == .noContact
                    || connection.stage == .doNotContact
                if gated { items.append(("withheld person", connection.name)) }
                if let contact = connection.contact { items.append(("contact details", contact)) }
                if let notes = connection.notes { items.append(("notes", notes)) }
                if let born = connection.born, born.contains("-") { items.append(("date of birth", born)) }
            }
            for event in network.events { if let note = event.note { items.append(("event note", note)) } }
            for change in network.history {
                if let reason = change.reason, reason.count > 12 { items.append(("reason", reason)) }
            }
            for review in network.reviews { if let note = review.note { items.append(("review note", note)) } }
        }
        for word in ["unsafe", "unassessed", "conditional", "do not contact", "do-not-contact", "no-contact"] {
            items.append(("safety word", word))
        }
        // What a reader is allowed to see may repeat, by chance, words that are also in a withheld note
        // (a reason that says "Siobhan's husband", as the relationship does): those are not leaks.
        let shown = networks.map { Audience.family.view(of: $0) }.flatMap { network in
            network.connections.flatMap { [$0.name, $0.relationship ?? ""] }
                + network.commitments.map { $0.what ?? "" }
        }.map(flat)
        return items.filter { item in !shown.contains { $0.contains(flat(item.text)) } }
    }

    /// Words of the practice's safety language, searched for where a reader reads words rather than fields.
    static let safetyWords = ["safety", "assessed", "assessment", "risk"]

    /// What a reader of the file sees, flattened for searching.
    static func readable(_ file: URL) throws -> String {
        let text: String
        if file.pathExtension == "pdf" {
            text = try tool("pdftotext", ["-raw", "-enc", "UTF-8", file.path, "-"]) + tool("pdfinfo", [file.path])
        } else {
            text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        }
        return flat(decodingEntities(text)) + "\n" + flat(text)
    }

    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(name)")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Lower case, with spaces, line breaks and bidirectional marks taken out.
    static func flat(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.lowercased().unicodeScalars.filter { scalar in
                    !scalar.properties.isWhitespace && !(0x200E...0x200F).contains(scalar.value)
                        && !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value)
                }))
    }

    static func decodingEntities(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let tail = rest[amp...]
            guard let semicolon = tail.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = String(tail[tail.index(after: amp)..<semicolon])
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]
            if let value = named[name] {
                result += value
            } else if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "&" + name + ";"
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    @Test(
        "no output for the family or the young person holds anything withheld",
        arguments: [Audience.family, .youngPerson])
    func nothingWithheldLeaks(audience: Audience) throws {
        let outputs = try Self.shared.get()
        let withheld = Self.withheld(from: outputs.networks)
        #expect(withheld.filter { $0.label == "withheld person" }.count >= 8)
        #expect(withheld.filter { $0.label == "contact details" }.count >= 15)
        let files = outputs.files[audience] ?? []
        // Every kind of output is searched: reports, diagrams and every export format.
        let kinds = Set(files.map(\.pathExtension))
        #expect(kinds.isSuperset(of: ["html", "pdf", "svg", "dot", "csv", "json", "graphml"]), "\(kinds)")
        #expect(files.count >= 45, "\(files.count) files")
        for file in files {
            let text = try Self.readable(file)
            for item in withheld where text.contains(Self.flat(item.text)) {
                Issue.record("\(file.lastPathComponent) shows the \(item.label) \"\(item.text)\"")
            }
            guard ["html", "pdf", "svg"].contains(file.pathExtension) else { continue }
            for word in Self.safetyWords where text.contains(word) {
                Issue.record("\(file.lastPathComponent) uses the safety word \"\(word)\"")
            }
        }
    }

    @Test("the search can find things: the professional outputs do hold what the family's leave out")
    func searchWorks() throws {
        let outputs = try Self.shared.get()
        let reports = outputs.cli.folder.appendingPathComponent("Reports")
        let professionalPlan = try Self.readable(reports.appendingPathComponent("LL-2026-024-plan-professional.pdf"))
        let familyPlan = try Self.readable(reports.appendingPathComponent("LL-2026-024-plan-family.pdf"))
        for text in ["Dwayne Campbell", "07700 900418; 7 Heather Walk, Eastgate", "LL-2026-024"] {
            #expect(professionalPlan.contains(Self.flat(text)), "\(text)")
            #expect(!familyPlan.contains(Self.flat(text)), "\(text)")
        }
        // People the family may see are there, in the PDF's text.
        for text in ["Maureen Gallagher", "Siobhan O'Driscoll", "Zofia Wójcik"] {
            #expect(familyPlan.contains(Self.flat(text)), "\(text)")
        }
        let socialWorkerPlan = try Self.readable(
            reports.appendingPathComponent("LL-2026-024-plan-social-worker.html"))
        #expect(socialWorkerPlan.contains(Self.flat("07700 900418")))
    }

    @Test("the social worker's outputs leave out the coordinator's private notes, and only those")
    func socialWorkerHasNoPrivateNotes() throws {
        let outputs = try Self.shared.get()
        let notes = outputs.networks.flatMap { network in
            network.connections.compactMap(\.notes) + network.events.filter { $0.kind == .note }.compactMap(\.note)
        }
        #expect(notes.count >= 20)
        for file in outputs.files[.socialWorker] ?? [] {
            let text = try Self.readable(file)
            for note in notes where text.contains(Self.flat(note)) {
                Issue.record("\(file.lastPathComponent) shows a private note")
            }
        }
    }
}
