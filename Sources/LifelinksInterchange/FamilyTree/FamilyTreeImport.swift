import Foundation
import LifelinksModel
import LifelinksStore

/// Brings a family tree (a GEDCOM file read by `GedcomReader`) into a case, all or nothing.
///
/// Each individual becomes a family connection whose id is their xref (the
/// young person's xref stands for the young person), found through genealogy,
/// at `identified` or `deceased`; families become parent and partner ties. A
/// person already in the case (the same id, say from an earlier tree or the
/// spreadsheets) keeps what the coordinator recorded; the tree only fills in
/// sex and birth date where they were missing, and adds ties.
public struct FamilyTreeImport {
    public struct Summary: Sendable, Equatable {
        public var added = 0
        public var merged = 0
        public var relations = 0
    }

    public var recordedBy: String
    /// The day the new people are recorded as identified.
    public var date: Day

    public init(recordedBy: String, date: Day) {
        self.recordedBy = recordedBy
        self.date = date
    }

    public func run(
        _ document: GedcomDocument, file: String, case reference: String, youngPerson: String, into store: Store
    )
        throws -> Summary
    {
        guard let existing = try store.network(reference) else {
            throw ImportFailure(problems: [
                ImportProblem(file: file, line: nil, message: "there is no case \(reference)")
            ])
        }
        guard document.individual(youngPerson) != nil else {
            throw ImportFailure(problems: [
                ImportProblem(
                    file: file, line: nil,
                    message: "--young-person \(youngPerson) is not an individual (INDI @\(youngPerson)@) in the file")
            ])
        }
        var problems = ProblemList(file: file)
        for individual in document.individuals
        where individual.xref != youngPerson && Connection.isReserved(individual.xref) {
            problems.add(
                line: individual.line,
                "the xref @\(individual.xref)@ is a reserved word in Lifelinks; rename it in the file")
        }
        if !problems.isEmpty { throw ImportFailure(problems: problems.kept, omitted: problems.omitted) }

        func id(_ xref: String) -> String { xref == youngPerson ? Connection.youngPersonID : xref }
        let relations = FamilyTreeImport.relations(document, id: id)
        let known = Dictionary(uniqueKeysWithValues: existing.connections.map { ($0.id, $0) })
        var connections: [Connection] = []
        var summary = Summary()
        for individual in document.individuals where individual.xref != youngPerson {
            if var merged = known[individual.xref] {
                merged.sex = merged.sex ?? individual.sex
                merged.born = merged.born ?? individual.born
                connections.append(merged)
                summary.merged += 1
            } else {
                connections.append(
                    Connection(
                        id: individual.xref, name: individual.name ?? "Name not recorded (@\(individual.xref)@)",
                        category: .family, foundVia: .genealogy, stage: individual.deceased ? .deceased : .identified,
                        stageDate: date, sex: individual.sex, born: individual.born))
                summary.added += 1
            }
        }
        // The side of the family each new relative is on, from how they are related to the young person.
        var whole = existing
        whole.connections =
            existing.connections.filter { known[$0.id] != nil && document.individual($0.id) == nil }
            + connections
        whole.relations += relations
        let kinship = Kinship(FamilyGraph(whole))
        for index in connections.indices where known[connections[index].id] == nil {
            switch kinship.relationship(of: connections[index].id, to: Connection.youngPersonID)?.side {
            case "maternal": connections[index].side = .maternal
            case "paternal": connections[index].side = .paternal
            default: break
            }
        }
        return try store.importing(recordedBy: recordedBy) { batch in
            for connection in connections {
                try batch.upsert(
                    connection, in: reference, recordStage: batch.existing.stageChanged(connection, in: reference))
            }
            for relation in relations { try batch.upsert(relation, in: reference) }
            summary.relations = relations.count
            return summary
        }
    }

    /// Partner and parent ties from the tree's families, by Lifelinks id.
    static func relations(_ document: GedcomDocument, id: (String) -> String) -> [FamilyRelation] {
        var relations: [FamilyRelation] = []
        for family in document.families {
            if let husband = family.husband, let wife = family.wife, husband != wife {
                relations.append(FamilyRelation(from: id(husband), to: id(wife), kind: partnerKind(family.status)))
            }
            for child in family.children {
                for (parent, kind) in [(family.husband, child.fatherKind), (family.wife, child.motherKind)] {
                    guard let parent, parent != child.xref else { continue }
                    relations.append(FamilyRelation(from: id(parent), to: id(child.xref), kind: parentKind(kind)))
                }
            }
        }
        return relations
    }

    static func partnerKind(_ status: FamilyGraph.PartnerStatus) -> RelationKind {
        switch status {
        case .married: .spouse
        case .unmarried: .partner
        case .separated: .separated
        case .divorced: .divorced
        case .former: .exPartner
        }
    }

    static func parentKind(_ kind: FamilyGraph.ParentKind) -> RelationKind {
        switch kind {
        case .birth: .parent
        case .adoptive: .adoptiveParent
        case .step: .stepParent
        case .foster: .fosterParent
        }
    }
}
