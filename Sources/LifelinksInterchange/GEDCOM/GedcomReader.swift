import Foundation

/// Reads GEDCOM 5.5.1 and 7.0 files (the family trees genealogy services export) into a `GedcomDocument`.
///
/// All or nothing: a file is read whole or refused with one `GedcomError` naming the file and line, so an
/// import never works from half a tree. Reading works on bytes (one pass, strings only for the values kept),
/// because a tree is read inside an interactive import budget.
public enum GedcomReader {
    public static func read(path: String) throws(GedcomError) -> GedcomDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GedcomError(file: path, line: nil, message: "cannot read the file")
        }
        return try read(data, file: path)
    }

    /// Reads `data`; `file` is the name errors give (the path the user chose, say).
    public static func read(_ data: Data, file: String) throws(GedcomError) -> GedcomDocument {
        do {
            return try decode([UInt8](data))
        } catch {
            throw GedcomError(file: file, line: error.line, message: error.message)
        }
    }

    private static func decode(_ raw: [UInt8]) throws(GedcomFault) -> GedcomDocument {
        let decoded = try GedcomDecoding.decode(raw)
        var collector = GedcomCollector(decoded.bytes)
        try collector.run()
        var linker = try GedcomLinker(individuals: collector.individuals, families: collector.families)
        return linker.link(
            version: collector.version, encoding: decoded.encoding, customTags: collector.customTags,
            recordsWithoutID: collector.recordsWithoutID, lineCount: collector.lineCount)
    }
}
