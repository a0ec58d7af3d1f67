import Foundation
import Testing

@testable import LifelinksModel

/// Kinship on the relationship test trees from gedcom4j (`shared/corpus/gedcom4j-relationship`), which were
/// built to show particular ties; skipped when the corpus is not checked out beside the repository.
@Suite("Kinship on the gedcom4j relationship trees")
struct KinshipCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/gedcom4j-relationship").standardizedFileURL

    static func tree(_ name: String) -> KinshipTestTree? {
        let url = folder.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return KinshipTestTree(gedcom: text)
    }

    static var present: Bool { FileManager.default.fileExists(atPath: folder.path) }

    @Test(
        "RelationshipTest.ged: Alex Zucco's ancestors, cousins, and the Knights many times removed",
        .enabled(if: present))
    func relationshipTest() throws {
        let tree = try #require(Self.tree("RelationshipTest.ged"))
        tree.expect("Michael Zucco", "Alex Zucco", "father")
        tree.expect("Alex Zucco", "Nancy Andrews", "son")
        tree.expect("Betsy Zucco", "Charlie Zucco", "sister")
        tree.expect("George Zucco", "Alex Zucco", "grandfather")
        tree.expect("Fred Zucco", "Alex Zucco", "great-grandfather")
        tree.expect("Patty Klinghoffer", "Alex Zucco", "great-grandmother")
        tree.expect("Julie Zucco", "Alex Zucco", "aunt")
        tree.expect("Peter Zucco", "Alex Zucco", "first cousin")
        tree.expect("Richard Zucco", "Alex Zucco", "first cousin once removed")
        tree.expect("Alex Zucco", "Richard Zucco", "first cousin once removed")
        tree.expect("Theresa Andrews", "Nancy Andrews", "half-sister")
        tree.expect("Theresa Andrews", "Alex Zucco", "half-aunt")
        tree.expect("Sylvia Jackson", "Theresa Andrews", "stepmother")
        tree.expect("Theresa Andrews", "Sylvia Jackson", "stepdaughter")
        tree.expect("Steven Struthers", "Alex Zucco", "great-great-grandfather")
        tree.expect("Lawrence Knight", "Alex Zucco", "great-great-great-grandfather")
        tree.expect("Sammy Struthers", "Alex Zucco", "great-great-uncle")
        tree.expect("Robert Knight", "Alex Zucco", "great-great-great-uncle")
        tree.expect("Ulysses Knight", "Alex Zucco", "great-great-great-aunt or great-great-great-uncle")
        tree.expect("Edward Knight", "Alex Zucco", "first cousin three times removed")
        tree.expect("Jerome Knight", "Alex Zucco", "second cousin twice removed")
        tree.expect("Alex Zucco", "Jerome Knight", "second cousin twice removed")
        tree.expect("Kelly Knight", "Alex Zucco", "third cousin once removed")
        // Only their father is recorded, so they are plain siblings, not half ones.
        tree.expect("Isaac Knight", "Kelly Knight", "brother")
        tree.expect("Pat Knight", "Isaac Knight", "sibling")
        tree.expect("Quincy Queen", "Kelly Knight", "husband")
    }

    @Test("RelationshipTestExtended.ged: in-laws, half-uncles and third cousins", .enabled(if: present))
    func extended() throws {
        let tree = try #require(Self.tree("RelationshipTestExtended.ged"))
        tree.expect("Denise Polanski", "Alex Zucco", "wife")
        tree.expect("Peter Polanski", "Alex Zucco", "father-in-law")
        tree.expect("Zoe Olds", "Alex Zucco", "mother-in-law")
        tree.expect("Alex Zucco", "Zoe Olds", "son-in-law")
        tree.expect("Todd Polanski", "Alex Zucco", "wife's grandfather")
        tree.expect("Kenneth Borges", "Alex Zucco", "brother-in-law")
        tree.expect("Elizabeth Queen", "Alex Zucco", "sister-in-law")
        tree.expect("Alex Zucco", "Elizabeth Queen", "brother-in-law")
        tree.expect("Victor Green", "Alex Zucco", "first cousin")
        tree.expect("Pat Green", "Alex Zucco", "first cousin")
        tree.expect("Oliver Green", "Alex Zucco", "aunt's husband")
        tree.expect("Harold Andrews", "Alex Zucco", "half-uncle")
        tree.expect("Philip Blaine", "Alex Zucco", "half-aunt's husband")
        tree.expect("Sampson Struthers", "Alex Zucco", "great-great-uncle")
        tree.expect("David Struthers", "Alex Zucco", "first cousin twice removed")
        tree.expect("Brian Struthers", "Alex Zucco", "second cousin once removed")
        tree.expect("Jennifer Struthers", "Alex Zucco", "third cousin")
        tree.expect("Abraham Sullivan", "Alex Zucco", "third cousin once removed")
        tree.expect("Alex Zucco", "Abraham Sullivan", "third cousin once removed")
    }

    @Test("Harry_Potter.ged: the Potters, the Weasleys and the Dursleys", .enabled(if: present))
    func harryPotter() throws {
        let tree = try #require(Self.tree("Harry_Potter.ged"))
        tree.expect("James Potter", "Harry James Potter", "father")
        tree.expect("Lily Evans", "Harry James Potter", "mother")
        tree.expect("Harry James Potter", "Ginerva Molly Weasley", "husband")
        tree.expect("Albus Severus Potter", "Harry James Potter", "son")
        tree.expect("Lily Luna Potter", "James Sirius Potter", "sister")
        tree.expect("James Potter", "Albus Severus Potter", "grandfather")
        tree.expect("Molly Prewett", "Lily Luna Potter", "grandmother")
        // Petunia's sex is not recorded in this file.
        tree.expect("Petunia Evans", "Harry James Potter", "aunt or uncle")
        tree.expect("Dudley Dursley", "Harry James Potter", "first cousin")
        tree.expect("Dudley Dursley", "Albus Severus Potter", "first cousin once removed")
        tree.expect("Ronald Bilius Weasley", "Harry James Potter", "brother-in-law")
        tree.expect("Harry James Potter", "Ronald Bilius Weasley", "brother-in-law")
        tree.expect("Ronald Bilius Weasley", "Albus Severus Potter", "uncle")
        tree.expect("Albus Severus Potter", "Ronald Bilius Weasley", "nephew")
        tree.expect("Hermione Jean Granger", "Ginerva Molly Weasley", "sister-in-law")
        tree.expect("Hermione Jean Granger", "Albus Severus Potter", "uncle's wife")
        tree.expect("Molly Prewett", "Harry James Potter", "mother-in-law")
        tree.expect("Harry James Potter", "Arthur Weasley", "son-in-law")
        tree.expect("Fred Weasley", "George Weasley", "brother")
        tree.expect("Evans", "Albus Severus Potter", "great-grandfather")
    }

    @Test("Sopranos.ged: Tony's family", .enabled(if: present))
    func sopranos() throws {
        let tree = try #require(Self.tree("Sopranos.ged"))
        tree.expect("Anthony John Soprano Sr.", "Carmela DeAngelis", "husband")
        tree.expect("Meadow Soprano", "Anthony John Soprano Sr.", "daughter")
        tree.expect("Anthony John Soprano Jr.", "Carmela DeAngelis", "son")
        tree.expect("Meadow Soprano", "Anthony John Soprano Jr.", "sister")
        tree.expect("Janice Soprano", "Meadow Soprano", "aunt")
        tree.expect("Anthony John Soprano Jr.", "Barbara Soprano", "nephew")
        tree.expect("Livia", "Anthony John Soprano Jr.", "grandmother")
        tree.expect("John Soprano", "Meadow Soprano", "grandfather")
        tree.expect("Livia", "Carmela DeAngelis", "mother-in-law")
        tree.expect("Carmela DeAngelis", "John Soprano", "daughter-in-law")
        tree.expect("Janice Soprano", "Carmela DeAngelis", "sister-in-law")
        tree.expect("Carmela DeAngelis", "Barbara Soprano", "sister-in-law")
    }
}

/// A family read from the few GEDCOM lines kinship needs (INDI, NAME, SEX, FAM, HUSB, WIFE, CHIL, and the
/// `_FREL`/`_MREL` tags Family Tree Maker writes for step and adoptive children), with people found by name.
///
/// Test-only, so these tests do not wait on the real GEDCOM reader.
struct KinshipTestTree {
    let kinship: Kinship
    /// Each person's name as written ("Anthony John Soprano Sr."), to their record id.
    let ids: [String: String]

    init(gedcom: String) {
        var people: [String: FamilyGraph.Person] = [:]
        var names: [String: String] = [:]
        var links: [FamilyGraph.ParentLink] = []
        var couples: [FamilyGraph.Partnership] = []
        var record: (kind: String, id: String)?
        var husband: String?
        var wife: String?
        var children: [(id: String, father: FamilyGraph.ParentKind, mother: FamilyGraph.ParentKind)] = []

        func closeFamily() {
            if let husband, let wife { couples.append(FamilyGraph.Partnership(husband, wife, status: .married)) }
            for child in children {
                if let husband {
                    links.append(FamilyGraph.ParentLink(parent: husband, child: child.id, kind: child.father))
                }
                if let wife { links.append(FamilyGraph.ParentLink(parent: wife, child: child.id, kind: child.mother)) }
            }
            husband = nil
            wife = nil
            children = []
        }

        for rawLine in gedcom.split(whereSeparator: \.isNewline) {
            let parts = rawLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
            guard parts.count >= 2 else { continue }
            let level = parts[0]
            let value = parts.count > 2 ? parts[2] : ""
            if level == "0" {
                if record?.kind == "FAM" { closeFamily() }
                let id = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "@"))
                record = parts[1].hasPrefix("@") ? (value, id) : nil
                if record?.kind == "INDI" { people[id] = FamilyGraph.Person(id: id) }
                continue
            }
            guard let current = record else { continue }
            let pointer = value.trimmingCharacters(in: CharacterSet(charactersIn: "@"))
            switch (current.kind, level, parts[1]) {
            case ("INDI", "1", "NAME"):
                let name = value.replacingOccurrences(of: "/", with: " ").split(separator: " ").joined(separator: " ")
                names[name] = current.id
            case ("INDI", "1", "SEX"):
                people[current.id]?.sex = value == "F" ? .female : value == "M" ? .male : .unknown
            case ("FAM", "1", "HUSB"): husband = pointer
            case ("FAM", "1", "WIFE"): wife = pointer
            case ("FAM", "1", "CHIL"): children.append((pointer, .birth, .birth))
            case ("FAM", "2", "_FREL"): if !children.isEmpty { children[children.count - 1].father = Self.kind(value) }
            case ("FAM", "2", "_MREL"): if !children.isEmpty { children[children.count - 1].mother = Self.kind(value) }
            default: break
            }
        }
        if record?.kind == "FAM" { closeFamily() }
        kinship = Kinship(FamilyGraph(people: Array(people.values), parentLinks: links, partnerships: couples))
        ids = names
    }

    private static func kind(_ value: String) -> FamilyGraph.ParentKind {
        switch value.lowercased() {
        case "step": .step
        case "adopted": .adoptive
        case "foster": .foster
        default: .birth
        }
    }

    /// Expects "`a` is `b`'s `label`", people named as in the file.
    func expect(_ a: String, _ b: String, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let first = ids[a], let second = ids[b] else {
            Issue.record("no one named \(ids[a] == nil ? a : b)", sourceLocation: sourceLocation)
            return
        }
        #expect(
            kinship.relationship(of: first, to: second)?.label == label, "\(a) to \(b)", sourceLocation: sourceLocation)
    }
}
