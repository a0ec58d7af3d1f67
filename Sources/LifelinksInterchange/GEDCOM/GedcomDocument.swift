/// What a GEDCOM file says about people and families, in file order, with links joined up on both sides.
///
/// A value, so a reader can hand it to an importer and a writer can write it back; nothing in it
/// points into the file it came from except line numbers.
public struct GedcomDocument: Hashable, Sendable {
    public var individuals: [GedcomIndividual]
    public var families: [GedcomFamily]
    /// HEAD GEDC VERS, e.g. "5.5.1" or "7.0".
    public var version: String?
    /// The character encoding the bytes were read in: "UTF-8", "UTF-16LE", "UTF-16BE", "ANSEL", "ASCII" or
    /// "Windows-1252".
    public var encoding: String
    /// Lines whose tag starts with `_` or is in neither GEDCOM 5.5.1 nor 7.0 (read past, not lost silently).
    public var customTags: Int
    /// Level-0 records other than HEAD and TRLR that have no xref; nothing can point at them, so they are left out.
    public var recordsWithoutID: Int
    /// GEDCOM lines read, HEAD to TRLR, not counting blank lines.
    public var lineCount: Int

    public init(
        individuals: [GedcomIndividual] = [], families: [GedcomFamily] = [], version: String? = nil,
        encoding: String = "UTF-8", customTags: Int = 0, recordsWithoutID: Int = 0, lineCount: Int = 0
    ) {
        self.individuals = individuals
        self.families = families
        self.version = version
        self.encoding = encoding
        self.customTags = customTags
        self.recordsWithoutID = recordsWithoutID
        self.lineCount = lineCount
    }

    /// The individual with `xref`, if any (a linear search: for tests and small look-ups).
    public func individual(_ xref: String) -> GedcomIndividual? {
        individuals.first { $0.xref == xref }
    }

    /// The family with `xref`, if any.
    public func family(_ xref: String) -> GedcomFamily? {
        families.first { $0.xref == xref }
    }
}
