import Foundation
import LifelinksModel
import LifelinksStore
import Testing

@testable import LifelinksInterchange

@Suite("Family trees into cases, and back out")
struct FamilyTreeImportTests {
    static let tree = repositoryRoot.appendingPathComponent("Samples/LL-2026-071-genealogy.ged").path
    static let day = Day("2026-11-26")!

    func importedSamples() throws -> Store {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        _ = try FamilyTreeImport(recordedBy: "test", date: Self.day).run(
            try GedcomReader.read(path: Self.tree), file: Self.tree, case: "LL-2026-071", youngPerson: "mara",
            into: store)
        return store
    }

    @Test("The sample tree adds Mara's relatives, keeps what the coordinator recorded, and sets each side")
    func sampleTree() throws {
        let before = try #require(try importedSamplesBefore())
        let store = try importedSamples()
        let network = try #require(try store.network("LL-2026-071"))
        #expect(network.connections.count == before.connections.count + 34)
        let mum = try #require(network.connection("mum"))
        #expect(mum == before.connection("mum"), "a person already in the case keeps what was recorded")
        let great = try #require(network.connection("great-grandad-obi"))
        #expect(great.stage == .deceased)
        #expect(great.foundVia == .genealogy)
        #expect(great.side == .maternal)
        #expect(network.connection("great-nan-bridget")?.side == .paternal)
        #expect(network.relations.contains(FamilyRelation(from: "mum", to: Connection.youngPersonID, kind: .parent)))
        #expect(network.relations.contains { $0.kind == .adoptiveParent })
        #expect(network.relations.contains { $0.kind == .divorced })
    }

    func importedSamplesBefore() throws -> CaseNetwork? {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        return try store.network("LL-2026-071")
    }

    @Test("Importing the same tree again changes nothing")
    func repeatable() throws {
        let store = try importedSamples()
        let first = try store.network("LL-2026-071")
        _ = try FamilyTreeImport(recordedBy: "test", date: Self.day).run(
            try GedcomReader.read(path: Self.tree), file: Self.tree, case: "LL-2026-071", youngPerson: "mara",
            into: store)
        #expect(try store.network("LL-2026-071") == first)
    }

    @Test("A tree written out reads back to the same family")
    func roundTrip() throws {
        let store = try importedSamples()
        let network = try #require(try store.network("LL-2026-071"))
        let text = GedcomWriter.write(FamilyTreeExport.document(for: network))
        let document = try GedcomReader.read(Data(text.utf8), file: "export.ged")

        let again = try Store()
        try again.importing(recordedBy: "test") { batch in try batch.upsert(network.youngPerson) }
        _ = try FamilyTreeImport(recordedBy: "test", date: Self.day).run(
            document, file: "export.ged", case: "LL-2026-071", youngPerson: Connection.youngPersonID, into: again)
        let back = try #require(try again.network("LL-2026-071"))
        let original = FamilyGraph(network)
        let restored = FamilyGraph(back)
        #expect(Set(restored.parentLinks) == Set(original.parentLinks))
        #expect(
            Set(restored.partnerships.map { [$0.first, $0.second].sorted().joined(separator: "|") + "|\($0.status)" })
                == Set(
                    original.partnerships.map {
                        [$0.first, $0.second].sorted().joined(separator: "|") + "|\($0.status)"
                    }))
        for individual in document.individuals where individual.xref != Connection.youngPersonID {
            let person = try #require(original.people[individual.xref])
            #expect(restored.people[person.id]?.sex == person.sex, "\(person.id)")
            #expect(restored.people[person.id]?.born == person.born, "\(person.id)")
        }
    }

    @Test("An unknown young person, an unknown case or a reserved xref is refused and changes nothing")
    func refusals() throws {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        let before = try snapshot(store)
        let document = try GedcomReader.read(path: Self.tree)
        #expect(throws: ImportFailure.self) {
            try FamilyTreeImport(recordedBy: "t", date: Self.day).run(
                document, file: Self.tree, case: "LL-2026-071", youngPerson: "nobody", into: store)
        }
        #expect(throws: ImportFailure.self) {
            try FamilyTreeImport(recordedBy: "t", date: Self.day).run(
                document, file: Self.tree, case: "NO-CASE", youngPerson: "mara", into: store)
        }
        let reserved = try GedcomReader.read(
            Data(
                "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n0 @me@ INDI\n0 @carer@ INDI\n1 NAME A /B/\n0 TRLR\n".utf8),
            file: "reserved.ged")
        do {
            _ = try FamilyTreeImport(recordedBy: "t", date: Self.day).run(
                reserved, file: "reserved.ged", case: "LL-2026-071", youngPerson: "me", into: store)
            Issue.record("a reserved xref was imported")
        } catch let failure as ImportFailure {
            #expect(failure.problems.first?.description.hasPrefix("reserved.ged:6:") == true)
        }
        #expect(try snapshot(store) == before)
    }
}
