import Foundation

/// One file to import: where it is, the name to use in messages, and which of the four it is.
public struct ImportSource: Sendable {
    public var path: String
    /// The path as the user wrote it, for messages.
    public var file: String
    public var kind: SpreadsheetFile

    /// The files at `path`: the spreadsheet files in a folder, or the one file named.
    public static func find(at path: String) throws(ImportFailure) -> [ImportSource] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ImportFailure(problems: [ImportProblem(file: path, line: nil, message: "no such file or folder")])
        }
        if !isFolder.boolValue {
            return [try single(path)]
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        var sources: [ImportSource] = []
        for kind in SpreadsheetFile.importOrder {
            guard let name = names.sorted().first(where: { $0.lowercased() == kind.fileName }) else { continue }
            let full = (path as NSString).appendingPathComponent(name)
            sources.append(ImportSource(path: full, file: full, kind: kind))
        }
        if sources.isEmpty {
            throw ImportFailure(problems: [
                ImportProblem(
                    file: path, line: nil,
                    message:
                        "the folder holds none of cases.csv, connections.csv, relations.csv, commitments.csv, history.csv"
                )
            ])
        }
        return sources
    }

    /// A single file, known by its name or else by the columns of its header.
    static func single(_ path: String) throws(ImportFailure) -> ImportSource {
        let name = (path as NSString).lastPathComponent
        if let kind = SpreadsheetFile.allCases.first(where: { $0.fileName == name.lowercased() }) {
            return ImportSource(path: path, file: path, kind: kind)
        }
        let text = try CSVText.load(path: path, file: path)
        let table = try CSVTable(text, file: path)
        guard let kind = SpreadsheetFile.identify(fileName: name, header: table.header) else {
            throw ImportFailure(problems: [
                ImportProblem(
                    file: path, line: 1,
                    message:
                        "cannot tell which spreadsheet this is; name it cases.csv, connections.csv, relations.csv, commitments.csv or history.csv"
                )
            ])
        }
        return ImportSource(path: path, file: path, kind: kind)
    }
}
