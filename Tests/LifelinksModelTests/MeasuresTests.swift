import Foundation
import Testing

@testable import LifelinksModel

/// Small networks whose measures can be worked out on paper.
@Suite("Measures")
struct MeasuresTests {
    /// Doubles that went through a few divisions agree to this much.
    static let tolerance = 1e-9

    static func person(
        _ id: String, _ category: Category = .friend, side: FamilySide? = nil, foundVia: FoundVia? = nil,
        stage: SearchStage = .identified
    ) -> Connection {
        Connection(id: id, name: "Person \(id)", category: category, side: side, foundVia: foundVia, stage: stage)
    }

    static func network(_ people: [Connection], _ ties: [(String, String)] = []) -> CaseNetwork {
        CaseNetwork(
            youngPerson: Fixture.youngPerson(), connections: people,
            relations: ties.map { FamilyRelation(from: $0.0, to: $0.1, kind: .knows) })
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance }

    // MARK: - Sizes

    @Test("an empty network measures zero everywhere")
    func emptyNetwork() {
        let measures = NetworkMeasures(Self.network([]))
        #expect(measures.size == 0)
        #expect(measures.byCategory.isEmpty && measures.bySide.isEmpty && measures.foundVia.isEmpty)
        #expect(measures.diversity == 0 && measures.ties == 0 && measures.density == 0)
        #expect(measures.components == 0 && measures.largestComponent == 0)
        #expect(measures.effectiveSize == 0 && measures.constraint == 0)
    }

    @Test("one alter: a component of one, effective size 1, fully constrained")
    func oneAlter() {
        let nan = Self.person("nan", .family, side: .maternal, foundVia: .youngPerson)
        let measures = NetworkMeasures(Self.network([nan]))
        #expect(measures.size == 1)
        #expect(measures.byCategory == ["family": 1])
        #expect(measures.bySide == ["maternal": 1])
        #expect(measures.foundVia == ["young-person": 1])
        #expect(measures.diversity == 0 && measures.ties == 0 && measures.density == 0)
        #expect(measures.components == 1 && measures.largestComponent == 1)
        #expect(Self.close(measures.effectiveSize, 1))
        #expect(Self.close(measures.constraint, 1))
    }

    // MARK: - Shapes

    @Test("a triangle: density 1, effective size 1, constraint 3·(1/3 + 2/9)² = 25/27")
    func triangle() {
        let people = ["a", "b", "c"].map { Self.person($0) }
        let measures = NetworkMeasures(Self.network(people, [("a", "b"), ("b", "c"), ("c", "a")]))
        #expect(measures.ties == 3)
        #expect(Self.close(measures.density, 1))
        #expect(measures.components == 1 && measures.largestComponent == 3)
        #expect(Self.close(measures.effectiveSize, 1))
        #expect(Self.close(measures.constraint, 25.0 / 27))
    }

    @Test("a star of one hub and three others: effective size 2.5, constraint 175/256")
    func star() {
        let people = ["hub", "x", "y", "z"].map { Self.person($0) }
        let measures = NetworkMeasures(Self.network(people, [("hub", "x"), ("y", "hub"), ("hub", "z")]))
        #expect(measures.ties == 3)
        #expect(Self.close(measures.density, 0.5))
        #expect(measures.components == 1 && measures.largestComponent == 4)
        #expect(Self.close(measures.effectiveSize, 2.5))
        // Hub: (1/4 + 3·(1/4)(1/2))² = 25/64; each other: (1/4 + (1/4)(1/4))² = 25/256.
        #expect(Self.close(measures.constraint, 175.0 / 256))
    }

    @Test("a pair, a path of three and an isolate make three components, the largest of three")
    func twoComponentsAndAnIsolate() {
        let people = ["a", "b", "c", "d", "e", "f"].map { Self.person($0) }
        let measures = NetworkMeasures(Self.network(people, [("a", "b"), ("c", "d"), ("e", "d")]))
        #expect(measures.ties == 3)
        #expect(Self.close(measures.density, 0.2))
        #expect(measures.components == 3 && measures.largestComponent == 3)
        #expect(Self.close(measures.effectiveSize, 5))
    }

    @Test("alters with no ties: as many components as alters, effective size n, constraint 1/n")
    func noTies() {
        let people = (0..<5).map { Self.person("p\($0)") }
        let measures = NetworkMeasures(Self.network(people))
        #expect(measures.components == 5 && measures.largestComponent == 1)
        #expect(Self.close(measures.effectiveSize, 5))
        #expect(Self.close(measures.constraint, 0.2))
    }

    // MARK: - Who is an alter, and what is a tie

    @Test("ended searches are not in the network, nor are their ties", arguments: SearchStage.ends)
    func endedExcluded(end: SearchStage) {
        let people = [Self.person("a"), Self.person("b"), Self.person("gone", .family, stage: end)]
        let measures = NetworkMeasures(Self.network(people, [("a", "gone"), ("gone", "b")]))
        #expect(measures.size == 2)
        #expect(measures.byCategory == ["friend": 2])
        #expect(measures.bySide.isEmpty)
        #expect(measures.ties == 0 && measures.components == 2)
    }

    @Test("every stage on the journey is in the network", arguments: SearchStage.journey)
    func journeyIncluded(stage: SearchStage) {
        #expect(NetworkMeasures(Self.network([Self.person("a", stage: stage)])).size == 1)
    }

    @Test("relations with the young person are not ties among alters")
    func youngPersonIgnored() {
        let people = [Self.person("a"), Self.person("b")]
        let network = CaseNetwork(
            youngPerson: Fixture.youngPerson(), connections: people,
            relations: [
                FamilyRelation(from: "a", to: Connection.youngPersonID, kind: .parent),
                FamilyRelation(from: Connection.youngPersonID, to: "b", kind: .sibling),
            ])
        let measures = NetworkMeasures(network)
        #expect(measures.ties == 0 && measures.components == 2)
        #expect(Self.close(measures.effectiveSize, 2))
    }

    @Test("a tie written twice, both ways, or in several kinds counts once; self ties and unknown ids do not count")
    func duplicatesCountOnce() {
        let people = [Self.person("a"), Self.person("b"), Self.person("c")]
        let network = CaseNetwork(
            youngPerson: Fixture.youngPerson(), connections: people,
            relations: [
                FamilyRelation(from: "a", to: "b", kind: .parent),
                FamilyRelation(from: "b", to: "a", kind: .knows),
                FamilyRelation(from: "a", to: "b", kind: .parent),
                FamilyRelation(from: "b", to: "a", kind: .sibling),
                FamilyRelation(from: "c", to: "c", kind: .knows),
                FamilyRelation(from: "c", to: "ghost", kind: .knows),
            ])
        let measures = NetworkMeasures(network)
        #expect(measures.ties == 1)
        #expect(Self.close(measures.density, 1.0 / 3))
        #expect(measures.components == 2 && measures.largestComponent == 2)
    }

    @Test("ids match as Swift strings do: long, accented, or canonically equivalent")
    func idsMatchAsStrings() {
        let people = [
            Self.person("maternal-great-aunt-cousin-12"), Self.person("Zo\u{EB}"), Self.person("K"),
            Self.person("maternal-great-aunt-cousin-21"),
        ]
        let ties = [
            ("maternal-great-aunt-cousin-12", "Zoe\u{308}"), ("\u{212A}", "maternal-great-aunt-cousin-21"),
            ("maternal-great-aunt-cousin-2", "K"),
        ]
        let measures = NetworkMeasures(Self.network(people, ties))
        #expect(measures.ties == 2)
        #expect(measures.components == 2 && measures.largestComponent == 2)
    }

    @Test("the id table finds every alter of a large network, and nobody else")
    func identifierTable() {
        let people = (0..<300).map { Self.person($0.isMultiple(of: 7) ? "zo\u{EB}-\($0)" : "person-number-\($0)") }
        for nonASCII in [false, true] {
            let kept = nonASCII ? people : people.filter { $0.id.utf8.allSatisfy { $0 < 0x80 } }
            let table = IdentifierTable(kept, alters: Array(kept.indices))
            for (number, person) in kept.enumerated() {
                #expect(table.number(of: person.id) == number)
            }
            #expect(table.number(of: "person-number-300") == nil)
            #expect(table.number(of: "zo\u{EB}-1") == nil)
            #expect(table.number(of: Connection.youngPersonID) == nil)
        }
    }

    @Test("a repeated id is two alters, and ties go to the first")
    func repeatedID() {
        let people = [Self.person("a"), Self.person("a"), Self.person("b")]
        let measures = NetworkMeasures(Self.network(people, [("a", "b")]))
        #expect(measures.size == 3 && measures.ties == 1 && measures.components == 2)
    }

    @Test("every kind of relation is a tie", arguments: RelationKind.allCases)
    func everyKindTies(kind: RelationKind) {
        let network = CaseNetwork(
            youngPerson: Fixture.youngPerson(), connections: [Self.person("a"), Self.person("b")],
            relations: [FamilyRelation(from: "a", to: "b", kind: kind)])
        #expect(NetworkMeasures(network).ties == 1)
    }

    @Test("ties reach past the first 64 alters")
    func beyondOneWord() {
        let people = (0..<130).map { Self.person("p\($0)") }
        let chain = (0..<129).map { ("p\($0)", "p\($0 + 1)") }
        let measures = NetworkMeasures(Self.network(people, chain + [("p129", "p0")]))
        #expect(measures.ties == 130)
        #expect(measures.components == 1 && measures.largestComponent == 130)
        // A ring: every alter has two neighbours of degree 3, so each adds (1/n)²(1 + 2/3)².
        let local: Double = (1 + 2.0 / 3) * (1 + 2.0 / 3) / (130 * 130)
        #expect(Self.close(measures.constraint, 130 * local))
    }

    // MARK: - Counts and diversity

    @Test("diversity is 0 when everyone shares a category")
    func diversityNone() {
        let people = (0..<7).map { Self.person("p\($0)", .education) }
        #expect(NetworkMeasures(Self.network(people)).diversity == 0)
    }

    @Test("diversity is 1 when the alters spread evenly over all nine categories")
    func diversityFull() {
        let people = Category.allCases.enumerated().flatMap { index, category in
            [Self.person("a\(index)", category), Self.person("b\(index)", category)]
        }
        let measures = NetworkMeasures(Self.network(people))
        #expect(Self.close(measures.diversity, 1))
        #expect(measures.byCategory.count == 9 && measures.byCategory.values.allSatisfy { $0 == 2 })
    }

    @Test("diversity of two categories in equal shares is (9/8)·(1/2)")
    func diversityHalf() {
        let people = [Self.person("a", .family), Self.person("b", .friend)]
        #expect(Self.close(NetworkMeasures(Self.network(people)).diversity, 9.0 / 16))
    }

    @Test("sides count family alters only, with no side as unknown; found-via names every source")
    func sidesAndSources() {
        let people = [
            Self.person("mum", .family, side: .maternal, foundVia: .youngPerson),
            Self.person("gran", .family, side: .maternal, foundVia: .connection("mum")),
            Self.person("dad", .family, side: .paternal, foundVia: .records),
            Self.person("sis", .family, side: .both, foundVia: .genealogy),
            Self.person("cousin", .family, foundVia: .connection("nobody-known")),
            Self.person("teacher", .education, side: .maternal, foundVia: .professional),
            Self.person("mate", .friend),
        ]
        let measures = NetworkMeasures(Self.network(people))
        #expect(measures.bySide == ["maternal": 2, "paternal": 1, "both": 1, "unknown": 1])
        #expect(
            measures.foundVia == [
                "young-person": 1, "another-connection": 2, "records": 1, "genealogy": 1, "professional": 1,
                "not-recorded": 1,
            ])
        #expect(measures.byCategory == ["family": 5, "education": 1, "friend": 1])
    }

    @Test("the count slots follow every category once")
    func categorySlots() {
        #expect(MeasureKeys.categories.count == Category.allCases.count)
        #expect(Set(MeasureKeys.categories) == Set(Category.allCases))
        for (slot, category) in MeasureKeys.categories.enumerated() {
            #expect(MeasureKeys.slot(category) == slot)
        }
    }

    // MARK: - As JSON

    @Test("encodes to the snake-case keys callers publish, and decodes back")
    func json() throws {
        let people = [Self.person("a", .family, side: .paternal), Self.person("b")]
        let measures = NetworkMeasures(Self.network(people, [("a", "b")]))
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try encoder.encode(measures)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(
            Set(object?.keys.map { $0 } ?? []) == [
                "size", "by_category", "by_side", "diversity", "ties", "density", "components",
                "largest_component", "effective_size", "constraint", "found_via",
            ])
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        #expect(try decoder.decode(NetworkMeasures.self, from: data) == measures)
    }
}
