import Foundation
import Hummingbird
import LifelinksInterchange
import LifelinksModel
import LifelinksStore

/// Uploading spreadsheets or a family tree. All or nothing, with every problem shown by file, line and column.
struct ImportPage {
    let state: ServerState

    /// The most an upload may hold.
    static let limit = 50_000_000

    func add(to router: Router<AppContext>) {
        let view = PageView(state: state)
        let gate = CaseGate(state: state)
        router.get("/import") { _, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.importData, by: member, detail: "import page")
            return view.render(
                "import", title: "Import", ["csrf": context.sessions.session?.csrf ?? ""], context: context)
        }
        router.post("/import") { request, context -> Response in
            let member = try context.requireIdentity()
            try gate.require(.importData, by: member, detail: "upload")
            guard let boundary = MultipartForm.boundary(request.headers[.contentType]) else {
                throw HTTPError(.badRequest, message: "Send the files from the import form.")
            }
            var request = request
            let form = try MultipartForm(try await request.collectBody(upTo: ImportPage.limit), boundary: boundary)
            let message: String
            do {
                message = try run(form, by: member)
            } catch let problems as ImportPage.Problems {
                return view.render(
                    "import", title: "Import",
                    ["csrf": context.sessions.session?.csrf ?? "", "problems": problems.text], context: context,
                    status: .unprocessableContent)
            }
            return view.render(
                "import", title: "Import", ["csrf": context.sessions.session?.csrf ?? ""], context: context,
                notice: message)
        }
    }

    struct Problems: Error {
        var text: String
    }

    /// Writes the uploaded files into a private folder and imports them as the command line does.
    func run(_ form: MultipartForm, by member: StaffMember) throws -> String {
        let files = form.files
        guard !files.isEmpty else { throw Problems(text: "Choose at least one file.") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifelinks-upload-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var names: [String] = []
        for file in files {
            // Only the file's own name is kept, made safe; where it came from on the user's computer is not,
            // and no name may start with a dot (".." would be the folder above).
            let own = (file.fileName ?? "upload").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "upload"
            var safe = FileNames.safe(String(own), dots: true)
            if safe.hasPrefix(".") { safe = "_" + safe }

            try Data(file.bytes).write(to: folder.appendingPathComponent(safe))
            names.append(safe)
        }
        do {
            if names.count == 1, names[0].lowercased().hasSuffix(".ged") {
                guard let reference = form.field("case"), !reference.isEmpty,
                    let youngPerson = form.field("youngPerson"), !youngPerson.isEmpty
                else { throw Problems(text: "For a GEDCOM file, give the case and the young person's id in the file.") }
                let path = folder.appendingPathComponent(names[0]).path
                let document = try GedcomReader.read(path: path)
                let summary = try FamilyTreeImport(recordedBy: member.name, date: state.today()).run(
                    document, file: names[0], case: reference, youngPerson: youngPerson, into: state.store)
                return "Imported \(document.individuals.count) people (\(summary.added) new) into \(reference)."
            }
            let sources = try ImportSource.find(at: folder.path).map { source -> ImportSource in
                var named = source
                named.file = (source.path as NSString).lastPathComponent
                return named
            }
            let summary = try SpreadsheetImport(recordedBy: member.name).run(sources, into: state.store)
            return "Imported \(summary.totalRowsRead) rows from \(names.count) files."
        } catch let problems as Problems {
            throw problems
        } catch {
            // Messages name the file by its own name, never this machine's folders.
            throw Problems(text: "\(error)".replacingOccurrences(of: folder.path + "/", with: ""))
        }
    }
}
