import Foundation
import LifelinksModel

/// Writes a `GedcomDocument` as GEDCOM 5.5.1 in UTF-8, the version every genealogy program still imports.
///
/// Only what the document holds is written: names, sex, birth date, death, and the family links with
/// their kinds and statuses. Reading the text back gives the same people, families, kinds and statuses.
public enum GedcomWriter {
    public static func write(_ document: GedcomDocument) -> String {
        var output = GedcomLineWriter()
        let xrefs = Set(document.individuals.map(\.xref) + document.families.map(\.xref)).map(safeXref)
        var submitter = "SUBM"
        while xrefs.contains(submitter) { submitter += "_" }
        output.line(0, "HEAD")
        output.line(1, "SOUR", "Lifelinks")
        output.line(1, "SUBM", "@\(submitter)@")
        output.line(1, "GEDC")
        output.line(2, "VERS", "5.5.1")
        output.line(2, "FORM", "LINEAGE-LINKED")
        output.line(1, "CHAR", "UTF-8")
        output.record(submitter, "SUBM")
        output.line(1, "NAME", "Lifelinks")

        var families: [String: GedcomFamily] = [:]
        for family in document.families where families[family.xref] == nil { families[family.xref] = family }
        var childOf: [String: [String: FamilyGraph.ParentKind]] = [:]
        for individual in document.individuals where childOf[individual.xref] == nil {
            childOf[individual.xref] = Dictionary(
                individual.childOf.map { ($0.family, $0.kind) }, uniquingKeysWith: { first, _ in first })
        }
        for individual in document.individuals { write(individual, families: families, to: &output) }
        for family in document.families {
            write(family, childOf: childOf, families: families, to: &output)
        }
        output.line(0, "TRLR")
        return output.text
    }

    private static func write(
        _ individual: GedcomIndividual, families: [String: GedcomFamily], to output: inout GedcomLineWriter
    ) {
        output.record(safeXref(individual.xref), "INDI")
        if let name = nameValue(individual) {
            output.text(1, "NAME", name)
            if let given = individual.givenName { output.text(2, "GIVN", given) }
            if let surname = individual.surname { output.text(2, "SURN", surname) }
        }
        switch individual.sex {
        case .male: output.line(1, "SEX", "M")
        case .female: output.line(1, "SEX", "F")
        case .unknown: output.line(1, "SEX", "U")
        }
        if let date = birthDate(individual) {
            output.line(1, "BIRT")
            output.line(2, "DATE", date)
        }
        if individual.deceased { output.line(1, "DEAT", "Y") }
        for link in individual.childOf {
            output.line(1, "FAMC", "@\(safeXref(link.family))@")
            if let pedigree = pedigree(individual.xref, link.family, link.kind, families) {
                output.line(2, "PEDI", pedigreeWord(pedigree))
            }
        }
        for family in individual.partnerIn { output.line(1, "FAMS", "@\(safeXref(family))@") }
    }

    private static func write(
        _ family: GedcomFamily, childOf: [String: [String: FamilyGraph.ParentKind]],
        families: [String: GedcomFamily], to output: inout GedcomLineWriter
    ) {
        output.record(safeXref(family.xref), "FAM")
        if let husband = family.husband { output.line(1, "HUSB", "@\(safeXref(husband))@") }
        if let wife = family.wife { output.line(1, "WIFE", "@\(safeXref(wife))@") }
        for child in family.children {
            output.line(1, "CHIL", "@\(safeXref(child.xref))@")
            // What a reader would conclude from the child's FAMC alone; _FREL/_MREL say it when that is not it.
            let implied =
                childOf[child.xref]?[family.xref].flatMap { pedigree(child.xref, family.xref, $0, families) }
                ?? .birth
            if child.fatherKind != implied || child.motherKind != implied {
                output.line(2, "_FREL", relationWord(child.fatherKind))
                output.line(2, "_MREL", relationWord(child.motherKind))
            }
        }
        switch family.status {
        case .married:
            output.line(1, "MARR", "Y")
        case .divorced:
            output.line(1, "MARR", "Y")
            output.line(1, "DIV", "Y")
        case .separated:
            output.line(1, "_SEPR", "Y")
        case .former:
            output.line(1, "_STAT", "Former partners")
        case .unmarried:
            break
        }
    }

    // MARK: Values

    /// The NAME value: slashes around the surname where it stands in the display name, so the name reads
    /// back the same; otherwise the display name alone (GIVN and SURN carry the parts).
    static func nameValue(_ individual: GedcomIndividual) -> String? {
        guard let name = individual.name?.replacingOccurrences(of: "/", with: " ") else {
            guard individual.givenName != nil || individual.surname != nil else { return nil }
            return [individual.givenName, individual.surname.map { "/\($0)/" }].compactMap { $0 }.joined(separator: " ")
        }
        guard let surname = individual.surname, !surname.isEmpty, !surname.contains("/"),
            let range = name.range(of: surname, options: .backwards)
        else { return name }
        let before = range.lowerBound == name.startIndex || name[name.index(before: range.lowerBound)] == " "
        let after = range.upperBound == name.endIndex || name[range.upperBound] == " "
        guard before, after else { return name }
        return name[..<range.lowerBound] + "/" + surname + "/" + name[range.upperBound...]
    }

    /// The BIRT DATE: the raw text when it still says what `born` says (keeping ABT and the like),
    /// otherwise `born` as a GEDCOM date.
    static func birthDate(_ individual: GedcomIndividual) -> String? {
        let raw = individual.birthDate.map(dialect551)
        if let raw, !raw.isEmpty, GedcomDate.isoPartial(raw) == individual.born { return raw }
        return individual.born.flatMap(GedcomDate.gedcom(fromISO:))
    }

    /// A date as 5.5.1 writes it: one line, and GEDCOM 7's calendar names as 5.5.1 escapes.
    static func dialect551(_ date: String) -> String {
        let calendars = [
            "GREGORIAN": "@#DGREGORIAN@", "JULIAN": "@#DJULIAN@", "HEBREW": "@#DHEBREW@", "FRENCH_R": "@#DFRENCH R@",
        ]
        return date.split(whereSeparator: \.isWhitespace).map { calendars[String($0)] ?? String($0) }
            .joined(separator: " ")
    }

    /// The PEDI for a FAMC link, or nil when a reader would conclude the same without one (birth on both
    /// sides).
    private static func pedigree(
        _ child: String, _ family: String, _ kind: FamilyGraph.ParentKind, _ families: [String: GedcomFamily]
    ) -> FamilyGraph.ParentKind? {
        var derived = FamilyGraph.ParentKind.birth
        if let record = families[family], let entry = record.children.first(where: { $0.xref == child }) {
            derived = GedcomParentKinds.summary(
                father: entry.fatherKind, mother: entry.motherKind, hasHusband: record.husband != nil,
                hasWife: record.wife != nil)
        }
        return kind != .birth || derived != .birth ? kind : nil
    }

    static func pedigreeWord(_ kind: FamilyGraph.ParentKind) -> String {
        switch kind {
        case .birth: return "birth"
        case .adoptive: return "adopted"
        case .step: return "step"
        case .foster: return "foster"
        }
    }

    static func relationWord(_ kind: FamilyGraph.ParentKind) -> String {
        switch kind {
        case .birth: return "Natural"
        case .adoptive: return "Adopted"
        case .step: return "Step"
        case .foster: return "Foster"
        }
    }

    /// An xref GEDCOM can carry: no `@`, spaces or control characters (each becomes `_`).
    static func safeXref(_ xref: String) -> String {
        let cleaned = String(
            xref.map { $0 == "@" || $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true ? "_" : $0 })
        return cleaned.isEmpty ? "_" : cleaned
    }
}
